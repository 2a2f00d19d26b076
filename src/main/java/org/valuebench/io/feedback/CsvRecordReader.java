package org.valuebench.io.feedback;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a CSV file record by record, holding one record at a time: UTF-8 with or without a byte order mark,
 * UTF-16 or UTF-32 with one ({@link TextEncoding}), comma or semicolon separated (whichever the first line uses more), LF or CRLF line ends, RFC 4180 quotes
 * (doubled quotes inside, line breaks inside quoted fields). Blank lines are skipped. Hashes the file's bytes
 * (SHA-256) on the way, so a second import of the same content is noticed without reading the file twice.
 */
public final class CsvRecordReader implements TabularReader {
    private static final int SNIFF_BYTES = 64 * 1024;
    private static final CsvFactory FACTORY = new CsvFactory();
    private final Path file;
    private final long size;
    private final CountingInputStream counter;
    private final CsvParser parser;
    private final char delimiter;
    private final MessageDigest digest;
    private final TextEncoding encoding;
    private boolean atEnd;
    private long record;
    private long line;

    private CsvRecordReader(Path file, long size, CountingInputStream counter, CsvParser parser, char delimiter,
                            MessageDigest digest, TextEncoding encoding) {
        this.encoding = encoding;
        this.file = file;
        this.digest = digest;
        this.size = size;
        this.counter = counter;
        this.parser = parser;
        this.delimiter = delimiter;
    }

    public static CsvRecordReader open(Path file) {
        CountingInputStream counter = null;
        try {
            long size = Files.size(file);
            MessageDigest digest = ContentHash.sha256();
            counter = new CountingInputStream(new BufferedInputStream(
                    new DigestInputStream(Files.newInputStream(file), digest), SNIFF_BYTES * 2));
            byte[] head = peek(counter);
            TextEncoding encoding = TextEncoding.of(head);
            if (encoding == TextEncoding.UTF_8) {
                Utf16Check.refuseUtf16WithoutMark(file, head);
            }
            counter.readNBytes(encoding.bomLength());
            char delimiter = sniffDelimiter(encoding.decode(head));
            Reader reader = new InputStreamReader(counter, encoding.charset().newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT));
            CsvParser parser = FACTORY.createParser(reader);
            parser.setSchema(CsvSchema.emptySchema().withColumnSeparator(delimiter).withQuoteChar('"')
                    .withoutEscapeChar());
            // Blank lines are skipped here, not by the parser, so that they still count as rows.
            parser.disable(CsvParser.Feature.SKIP_EMPTY_LINES);
            return new CsvRecordReader(file, size, counter, parser, delimiter, digest, encoding);
        } catch (NoSuchFileException e) {
            closeQuietly(counter);
            throw new FeedbackFormatException(file + " does not exist");
        } catch (IOException e) {
            closeQuietly(counter);
            throw new FeedbackFormatException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static byte[] peek(InputStream in) throws IOException {
        in.mark(SNIFF_BYTES);
        byte[] head = in.readNBytes(SNIFF_BYTES);
        in.reset();
        return head;
    }

    /** Counts commas and semicolons outside quotes in the first record that is not blank. */
    private static char sniffDelimiter(String head) {
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        boolean blank = true;
        for (int i = 0; i < head.length(); i++) {
            char c = head.charAt(i);
            if (c == '"') {
                quoted = !quoted;
                blank = false;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                if (!blank) {
                    break;
                }
                commas = 0;
                semicolons = 0;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (c != ' ' && c != '\t') {
                blank = false;
            }
        }
        return semicolons > commas ? ';' : ',';
    }

    /**
     * The next record's fields, or null at the end of the file. Blank records (empty, or only separators and
     * spaces) are skipped wherever they are, but counted, so record numbers stay the rows a spreadsheet shows.
     */
    @Override
    public List<String> next() {
        List<String> fields;
        do {
            fields = nextRecord();
        } while (fields != null && isBlank(fields));
        return fields;
    }

    private static boolean isBlank(List<String> fields) {
        for (String field : fields) {
            if (!field.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private List<String> nextRecord() {
        try {
            JsonToken token = parser.nextToken();
            if (token == null) {
                atEnd = true;
                return null;
            }
            if (token != JsonToken.START_ARRAY) {
                throw new FeedbackFormatException(where() + "unexpected content");
            }
            line = parser.currentLocation().getLineNr();
            List<String> fields = new ArrayList<>();
            while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
                if (token == null) {
                    throw new FeedbackFormatException(where() + "the file ends inside a record");
                }
                fields.add(parser.getText());
            }
            record++;
            return fields;
        } catch (CharacterCodingException e) {
            throw new FeedbackFormatException(file.getFileName() + " is not " + encoding.title() + " text (near line "
                    + parser.currentLocation().getLineNr() + "). " + TextEncoding.OPTIONS + ": save it as \"CSV UTF-8\""
                    + " and import it again", e);
        } catch (StreamReadException e) {
            throw new FeedbackFormatException(where() + cleanMessage(e), e);
        } catch (IOException e) {
            throw new FeedbackFormatException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private String where() {
        return file.getFileName() + " line " + parser.currentLocation().getLineNr() + ": ";
    }

    private static String cleanMessage(StreamReadException e) {
        String message = e.getOriginalMessage();
        return message == null ? "the CSV is malformed" : message.replaceAll("\\s+", " ");
    }

    /** SHA-256 of the file's bytes, lower-case hex; only once every record has been read. */
    @Override
    public String contentHash() {
        if (!atEnd) {
            throw new IllegalStateException("The hash of " + file + " is known only once it has been read to the end");
        }
        return ContentHash.hex(digest);
    }

    /** Records read so far, counting header rows: the spreadsheet row number of the last record read. */
    @Override
    public long recordNumber() {
        return record;
    }

    /** The line the last record read starts on (records can span lines when quoted fields hold line breaks). */
    @Override
    public long line() {
        return line;
    }

    /** Blank: the row number names the place in a CSV file. */
    @Override
    public String sheet() {
        return "";
    }

    @Override
    public long bytesRead() {
        return Math.min(counter.count(), size);
    }

    @Override
    public long size() {
        return size;
    }

    @Override
    public char delimiter() {
        return delimiter;
    }

    @Override
    public Path file() {
        return file;
    }

    @Override
    public void close() {
        try {
            parser.close();
            counter.close();
        } catch (IOException e) {
            throw new FeedbackFormatException("Cannot close " + file + ": " + e.getMessage(), e);
        }
    }

    private static void closeQuietly(InputStream in) {
        if (in == null) {
            return;
        }
        try {
            in.close();
        } catch (IOException ignored) {
            // Opening already failed; that failure is what the user is told about.
        }
    }
}
