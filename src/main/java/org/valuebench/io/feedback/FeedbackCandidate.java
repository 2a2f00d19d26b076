package org.valuebench.io.feedback;

/**
 * One would-be feedback record as the file gives it, before its values are checked: every field is the
 * text of its cell (blank when the file has none).
 *
 * @param row      the record's row in the file, counting header rows (as a spreadsheet numbers it)
 * @param line     the line the row starts on
 * @param question the survey question's column label, or blank for a long-format row
 * @param problem  a fault of the row itself (e.g. too many fields), or null
 * @param cells    where each field lives in a workbook, for messages; {@link CellNames#NONE} for other files
 */
public record FeedbackCandidate(long row, long line, String question, String promise, String score, String scale,
                                String expectation, String date, String voice, String channel, String segment,
                                String respondent, String comment, String problem, CellNames cells) {

    public FeedbackCandidate {
        cells = cells == null ? CellNames.NONE : cells;
    }
}
