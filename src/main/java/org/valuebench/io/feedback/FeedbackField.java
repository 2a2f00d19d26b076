package org.valuebench.io.feedback;

/** The fields of a feedback record as a file gives them, so a refusal can name the cell it comes from. */
public enum FeedbackField {
    PROMISE, SCORE, SCALE, EXPECTATION, DATE, VOICE, CHANNEL, SEGMENT, RESPONDENT, COMMENT;

    /** Column positions by field, all unknown (-1): a source fills in those it reads. */
    static int[] noColumns() {
        int[] columns = new int[values().length];
        java.util.Arrays.fill(columns, -1);
        return columns;
    }
}
