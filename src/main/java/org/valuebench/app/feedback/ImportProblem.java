package org.valuebench.app.feedback;

import org.valuebench.domain.MessageText;

/**
 * Why one row of an import was refused.
 *
 * @param row      the row in the file, counting header rows (as a spreadsheet numbers it)
 * @param line     the line the row starts on (differs from row when quoted texts hold line breaks)
 * @param question the survey question's column, or blank for a long-format row
 */
public record ImportProblem(long row, long line, String question, String reason) {

    /** E.g. {@code row 7: unknown promise 'Fast delivery'}. */
    public String describe() {
        String where = "row " + row + (line != row ? " (line " + line + ")" : "");
        return where + (question.isEmpty() ? "" : ", question " + MessageText.quote(question)) + ": " + reason;
    }
}
