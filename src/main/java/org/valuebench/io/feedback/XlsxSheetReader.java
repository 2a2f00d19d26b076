package org.valuebench.io.feedback;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;

/**
 * Reads one sheet of an .xlsx workbook row by row with a pull parser (StAX) over the sheet's XML as it is
 * inflated, so a sheet of a million rows never has to be in memory: only its shared strings are
 * ({@link XlsxSharedStrings}). Cells give the value Excel stores ({@link XlsxCellValues}), not what it displays.
 * A formula cell is refused (only values are imported), and so are merged cells in the header rows; a sheet with
 * no rows is refused as empty. Row numbers are the sheet's own, blank rows skipped but counted.
 */
final class XlsxSheetReader implements TabularReader {
    /** Excel's last column, XFD. */
    private static final int MAX_COLUMNS = 16_384;
    /** Sheets up to this size (inflated XML) are checked for merged header cells before any row is read. */
    private static final long PRESCAN_BYTES = 8L * 1024 * 1024;
    private final XlsxWorkbook workbook;
    private final String sheet;
    private final String name;
    private final long size;
    private final long sheetBytes;
    private final CountingInputStream counter;
    private final XMLStreamReader xml;
    private final XlsxCellValues values;
    private long row;
    private long firstRow = -1;
    private boolean atEnd;
    private String hash;

    private XlsxSheetReader(XlsxWorkbook workbook, String sheet, long size, CountingInputStream counter,
                            XMLStreamReader xml, XlsxCellValues values) {
        this.workbook = workbook;
        this.sheet = sheet;
        this.name = workbook.fileName();
        this.size = size;
        this.sheetBytes = workbook.sheetSize(sheet);
        this.counter = counter;
        this.xml = xml;
        this.values = values;
    }

    /** Opens the sheet named (the first for a blank name) of the workbook. */
    static XlsxSheetReader open(Path file, String sheetName) {
        return open(file, sheetName, PRESCAN_BYTES);
    }

    /** @param prescanBytes the largest sheet (inflated XML) checked for merged header cells before its rows */
    static XlsxSheetReader open(Path file, String sheetName, long prescanBytes) {
        XlsxWorkbook workbook = XlsxWorkbook.open(file);
        CountingInputStream counter = null;
        String sheet = "";
        try {
            sheet = workbook.sheet(sheetName);
            if (workbook.sheetSize(sheet) <= prescanBytes) {
                try (InputStream in = workbook.sheetData(sheet)) {
                    XlsxMerges.refuseMergedHeader(in, workbook.fileName(), sheet);
                }
            }
            XlsxCellValues values = new XlsxCellValues(workbook.sharedStrings(), workbook.dateStyles(),
                    workbook.date1904());
            counter = new CountingInputStream(new BufferedInputStream(workbook.sheetData(sheet), 64 * 1024));
            XMLStreamReader xml = XlsxXml.FACTORY.createXMLStreamReader(counter);
            return new XlsxSheetReader(workbook, sheet, Files.size(file), counter, xml, values);
        } catch (IOException | XMLStreamException | OpenXML4JException e) {
            closeQuietly(counter);
            workbook.close();
            throw damaged(workbook.fileName(), sheet, e);
        } catch (RuntimeException e) {
            closeQuietly(counter);
            workbook.close();
            throw e;
        }
    }

    @Override
    public List<String> next() {
        if (atEnd) {
            return null;
        }
        try {
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT && "row".equals(xml.getLocalName())) {
                    List<String> fields = readRow();
                    if (fields != null) {
                        return fields;
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && "sheetData".equals(xml.getLocalName())) {
                    finish();
                    return null;
                }
            }
            finish();
            return null;
        } catch (XMLStreamException e) {
            throw damaged(name, sheet + " near row " + (row + 1), e);
        }
    }

    /** The row's fields by column, or null for a row without a value. */
    private List<String> readRow() throws XMLStreamException {
        String number = xml.getAttributeValue(null, "r");
        row = number == null ? row + 1 : XlsxMerges.rowNumber(number, name, sheet);
        List<String> fields = new ArrayList<>();
        boolean blank = true;
        int column = -1;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT && "c".equals(xml.getLocalName())) {
                String reference = xml.getAttributeValue(null, "r");
                column = reference == null ? column + 1 : XlsxCellValues.column(reference);
                if (column < 0 || column >= MAX_COLUMNS) {
                    throw new FeedbackFormatException(name + ": " + sheet + " row " + row + " has a cell beyond"
                            + " Excel's last column (" + reference + ")");
                }
                String value = readCell(column);
                while (fields.size() < column) {
                    fields.add("");
                }
                if (fields.size() == column) {
                    fields.add(value);
                } else {
                    fields.set(column, value);
                }
                blank &= value.isBlank();
            } else if (event == XMLStreamConstants.END_ELEMENT && "row".equals(xml.getLocalName())) {
                break;
            }
        }
        if (blank) {
            return null;
        }
        if (firstRow < 0) {
            firstRow = row;
        }
        return fields;
    }

    /** Reads a {@code <c>} element through its end and answers its value as text. */
    private String readCell(int column) throws XMLStreamException {
        String type = null;
        String style = null;
        for (int i = 0, n = xml.getAttributeCount(); i < n; i++) {
            String attribute = xml.getAttributeLocalName(i);
            if ("t".equals(attribute)) {
                type = xml.getAttributeValue(i);
            } else if ("s".equals(attribute)) {
                style = xml.getAttributeValue(i);
            }
        }
        String stored = null;
        StringBuilder inline = null;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String element = xml.getLocalName();
                if ("v".equals(element)) {
                    stored = xml.getElementText();
                } else if ("f".equals(element)) {
                    throw formula(column, xml.getElementText());
                } else if ("is".equals(element)) {
                    inline = new StringBuilder();
                } else if ("t".equals(element) && inline != null) {
                    inline.append(xml.getElementText());
                } else if ("rPh".equals(element)) {
                    xml.getElementText();
                }
            } else if (event == XMLStreamConstants.END_ELEMENT && "c".equals(xml.getLocalName())) {
                break;
            }
        }
        if (inline != null) {
            return inline.toString();
        }
        String value = values.of(type, style, stored);
        if (value == null) {
            throw new FeedbackFormatException(name + ": " + CellNames.reference(sheet, column, row) + " refers to"
                    + " shared text number " + stored + ", which the workbook does not hold: it is damaged");
        }
        return value;
    }

    private FeedbackFormatException formula(int column, String text) {
        String shown = text == null || text.isBlank() ? "" : " (=" + text.strip() + ")";
        return new FeedbackFormatException(name + ": " + CellNames.reference(sheet, column, row) + " holds a formula"
                + shown + "; ValueBench imports values only: copy the sheet and paste values (Paste Special >"
                + " Values), then import again");
    }

    /** The sheet's end: what follows the rows says whether header cells are merged. */
    private void finish() throws XMLStreamException {
        atEnd = true;
        if (firstRow < 0) {
            throw new FeedbackFormatException(sheet + " of " + name
                    + " is empty: it has no header row and no rows (the workbook's sheets: "
                    + String.join(", ", workbook.sheets()) + ")");
        }
        XlsxMerges.refuseMergedHeader(xml, name, sheet, firstRow);
    }

    @Override
    public long recordNumber() {
        return row;
    }

    /** A workbook has no text lines: the row number. */
    @Override
    public long line() {
        return row;
    }

    @Override
    public String sheet() {
        return sheet;
    }

    /** The inflated share of the sheet's XML read so far, as a share of the file's size. */
    @Override
    public long bytesRead() {
        if (atEnd) {
            return size;
        }
        if (sheetBytes <= 0) {
            return 0;
        }
        return Math.min(size, (long) (size * ((double) counter.count() / sheetBytes)));
    }

    @Override
    public long size() {
        return size;
    }

    /** SHA-256 of the file's bytes, read once more at the end (the sheet's XML is not the file). */
    @Override
    public String contentHash() {
        if (!atEnd) {
            throw new IllegalStateException("The hash of " + workbook.file() + " is known only once it has been read"
                    + " to the end");
        }
        if (hash == null) {
            hash = sha256(workbook.file());
        }
        return hash;
    }

    private static String sha256(Path file) {
        try (DigestInputStream in = new DigestInputStream(Files.newInputStream(file), ContentHash.sha256())) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return ContentHash.hex(in.getMessageDigest());
        } catch (IOException e) {
            throw new FeedbackFormatException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public char delimiter() {
        return ',';
    }

    @Override
    public Path file() {
        return workbook.file();
    }

    @Override
    public void close() {
        try {
            xml.close();
        } catch (XMLStreamException e) {
            throw new FeedbackFormatException("Cannot close " + workbook.file() + ": " + e.getMessage(), e);
        } finally {
            closeQuietly(counter);
            workbook.close();
        }
    }

    /** A part that cannot be read to its end: damaged, truncated inside, or inflating past POI's limits. */
    static FeedbackFormatException damaged(String name, String where, Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = t.getMessage();
            if (message != null && message.toLowerCase(java.util.Locale.ROOT).contains("zip bomb")) {
                return XlsxZipLimits.bomb(name, "a part unpacks to more than its limits allow");
            }
        }
        String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().replaceAll("\\s+", " ");
        return new FeedbackFormatException(name + (where.isEmpty() ? "" : ": " + where) + " cannot be read, the"
                + " workbook is damaged (" + why + "). Save it again from Excel as Excel Workbook (.xlsx)", e);
    }

    private static void closeQuietly(InputStream in) {
        if (in == null) {
            return;
        }
        try {
            in.close();
        } catch (IOException ignored) {
            // Reading already failed; that failure is what the user is told about.
        }
    }
}
