package org.valuebench.domain;

import java.util.List;

/**
 * The first rows of a feedback file as the mapping step shows them.
 *
 * @param delimiter  the detected field separator (comma or semicolon)
 * @param headerRows the header rows assumed (detected unless asked for)
 * @param rows       the first answer rows, each padded to the number of columns
 * @param format     the kind of file, as detected or as asked for
 * @param sheets     a workbook's sheets in order (empty for other files)
 * @param sheet      the sheet shown (blank for other files)
 * @param hints      what the file's known layout says about its columns
 * @param excluded   the responses an import would leave out as not customers' feedback, among the rows read
 */
public record SurveyPreview(String fileName, SurveyShape shape, char delimiter, int headerRows,
                            List<SurveyColumn> columns, List<List<String>> rows, FeedbackFormat format,
                            List<String> sheets, String sheet, FormatHints hints, ExcludedResponses excluded) {

    public SurveyPreview {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
        format = format == null ? FeedbackFormat.CSV : format;
        sheets = List.copyOf(sheets);
        sheet = sheet == null ? "" : sheet;
        hints = hints == null ? FormatHints.NONE : hints;
        excluded = excluded == null ? ExcludedResponses.NONE : excluded;
    }

    /** A CSV file's preview. */
    public SurveyPreview(String fileName, SurveyShape shape, char delimiter, int headerRows,
                         List<SurveyColumn> columns, List<List<String>> rows) {
        this(fileName, shape, delimiter, headerRows, columns, rows, FeedbackFormat.CSV, List.of(), "",
                FormatHints.NONE, ExcludedResponses.NONE);
    }

    /** What the mapping step names the file as: "Excel workbook, sheet 'Responses'", or the shape's title. */
    public String kind() {
        if (format == FeedbackFormat.CSV) {
            return shape.title();
        }
        return format.title() + (sheet.isEmpty() ? "" : ", sheet '" + sheet + "'");
    }
}
