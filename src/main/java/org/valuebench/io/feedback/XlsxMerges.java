package org.valuebench.io.feedback;

import java.io.InputStream;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Refuses merged cells in a sheet's header rows: a merged heading belongs to several columns but names only the
 * first, so the others would lose their question. Excel writes the merges after the rows ({@code <mergeCells>}
 * follows {@code <sheetData>}), so a small sheet is scanned for them before its rows are read, and a large one
 * when its rows are done: the import is one transaction, so a refusal at the end still writes nothing.
 */
final class XlsxMerges {
    /** The header rows any layout has: the long format and most surveys one, SurveyMonkey two. */
    private static final int HEADER_ROWS = 2;

    private XlsxMerges() {
    }

    /** A {@code <row>}'s number ({@code r}), refusing one that is no number: the sheet's XML is damaged. */
    static long rowNumber(String text, String file, String sheet) {
        try {
            long row = Long.parseLong(text.strip());
            if (row > 0) {
                return row;
            }
        } catch (NumberFormatException e) {
            // Refused below, as a row number that is not a positive number.
        }
        throw new FeedbackFormatException(file + ": " + sheet + " is damaged: a row is numbered '" + text
                + "'. Save the workbook again from Excel as Excel Workbook (.xlsx)");
    }

    /** A first pass over a (small) sheet's XML: where its first row with a value is, and its merges. */
    static void refuseMergedHeader(InputStream sheetXml, String file, String sheet) throws XMLStreamException {
        XMLStreamReader xml = XlsxXml.FACTORY.createXMLStreamReader(sheetXml);
        try {
            long firstRow = -1;
            long row = 0;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String element = xml.getLocalName();
                if ("row".equals(element)) {
                    String number = xml.getAttributeValue(null, "r");
                    row = number == null ? row + 1 : rowNumber(number, file, sheet);
                } else if (firstRow < 0 && ("v".equals(element) || "t".equals(element))
                        && !xml.getElementText().isBlank()) {
                    firstRow = row;
                } else if ("mergeCells".equals(element)) {
                    refuseMergedHeader(xml, file, sheet, firstRow < 0 ? 1 : firstRow);
                    return;
                }
            }
        } finally {
            xml.close();
        }
    }

    /**
     * Reads on from the end of the rows to the sheet's end and refuses a merge that starts in the header rows.
     *
     * @param firstRow the sheet's first row with a value: the first header row
     */
    static void refuseMergedHeader(XMLStreamReader xml, String file, String sheet, long firstRow)
            throws XMLStreamException {
        while (xml.hasNext()) {
            if (xml.next() == XMLStreamConstants.START_ELEMENT && "mergeCell".equals(xml.getLocalName())) {
                String range = xml.getAttributeValue(null, "ref");
                if (range != null && XlsxCellValues.row(range.split(":")[0]) < firstRow + HEADER_ROWS) {
                    throw new FeedbackFormatException(file + ": " + CellNames.reference(sheet, 0, 1)
                            .replaceAll("A1$", "") + range + " are merged header cells; ValueBench needs each column"
                            + " to have its own heading: unmerge them (Home > Merge & Center > Unmerge Cells), give"
                            + " each column its heading, and import again");
                }
            }
        }
    }
}
