package org.valuebench.app.feedback;

import org.valuebench.domain.MessageText;

/**
 * Why one row of an import was refused.
 *
 * @param row      the row in the file, counting header rows (as a spreadsheet numbers it)
 * @param line     the line the row starts on (differs from row when quoted texts hold line breaks)
 * @param question the survey question's column, or blank for a long-format row
 * @param cell     the workbook cell at fault (e.g. {@code Sheet1!C17}), blank when the file has no sheets
 */
public record ImportProblem(long row, long line, String question, String reason, String cell) {

    public ImportProblem {
        cell = cell == null ? "" : cell;
    }

    public ImportProblem(long row, long line, String question, String reason) {
        this(row, line, question, reason, "");
    }

    /** E.g. {@code row 7: unknown promise 'Fast delivery'}, or {@code Sheet1!C7: score 'x' is not a number}. */
    public String describe() {
        String where = !cell.isEmpty() ? cell : "row " + row + (line != row ? " (line " + line + ")" : "");
        return where + (question.isEmpty() ? "" : ", question " + MessageText.quote(question)) + ": " + reason;
    }
}
