package org.valuebench.io.feedback;

import java.nio.file.Path;
import java.util.List;

/**
 * A feedback file read as rows of text fields, one row at a time, whatever holds them: a CSV file, a sheet of
 * an Excel workbook, or the responses of a JSON export laid out as a table (one column per field). Every
 * feedback source reads its rows through one of these, so the long format and the survey mapping work on all
 * of them alike.
 */
public interface TabularReader extends AutoCloseable {

    /**
     * The next row's fields, or null at the end. Blank rows are skipped but counted, so {@link #recordNumber()}
     * stays the row a spreadsheet shows.
     */
    List<String> next();

    /** The row number of the last row read, counting header rows, as the tool that wrote the file shows it. */
    long recordNumber();

    /** The text line the last row starts on; the row number where the file has no lines of its own. */
    long line();

    /**
     * The name of the sheet being read, so messages can name a cell such as {@code Sheet1!C17}; blank where the
     * row number says all (CSV, JSON).
     */
    String sheet();

    long bytesRead();

    long size();

    /** SHA-256 of the file's bytes (lower-case hex), once {@link #next()} has returned null. */
    String contentHash();

    /** The field separator of a CSV file; a comma for the other kinds. */
    char delimiter();

    Path file();

    @Override
    void close();
}
