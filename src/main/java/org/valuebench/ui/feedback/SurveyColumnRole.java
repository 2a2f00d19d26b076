package org.valuebench.ui.feedback;

/** What a column of a survey export is for in the mapping step. */
public enum SurveyColumnRole {
    IGNORE("Not imported", false),
    QUESTION("Question on a promise", false),
    /** What the respondent expected, on the question's scale (SERVQUAL); belongs to one question column. */
    EXPECTATION("Expectation for a question", false),
    /** A comment on one question only; belongs to one question column. */
    QUESTION_COMMENT("Comment on a question", false),
    DATE("Date", true),
    SEGMENT("Segment", true),
    RESPONDENT("Respondent", true),
    COMMENT("Comment", true);

    private final String title;
    private final boolean single;

    SurveyColumnRole(String title, boolean single) {
        this.title = title;
        this.single = single;
    }

    /** True for the roles that belong to a question column chosen beside them. */
    boolean belongsToQuestion() {
        return this == EXPECTATION || this == QUESTION_COMMENT;
    }

    /** True for the roles only one column can have. */
    boolean single() {
        return single;
    }

    @Override
    public String toString() {
        return title;
    }
}
