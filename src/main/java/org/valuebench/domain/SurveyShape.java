package org.valuebench.domain;

/** The layouts of feedback files ValueBench reads, told apart by their header rows. */
public enum SurveyShape {
    /** ValueBench's own long format: one record per row, a {@code promise} and a {@code score} column. */
    NATIVE("ValueBench feedback (long format)", 1),
    /** Google Forms responses: one header row, one column per question. */
    GOOGLE_FORMS("Google Forms export", 1),
    /** SurveyMonkey: question texts in row 1, answer options or "Response" in row 2. */
    SURVEY_MONKEY("SurveyMonkey export", 2),
    /** Qualtrics: internal names in row 1, question texts in row 2, JSON import ids in row 3. */
    QUALTRICS("Qualtrics export", 3),
    /** Any other spreadsheet with one header row and one column per question. */
    WIDE("Survey export (one column per question)", 1);

    private final String title;
    private final int headerRows;

    SurveyShape(String title, int headerRows) {
        this.title = title;
        this.headerRows = headerRows;
    }

    public String title() {
        return title;
    }

    public int headerRows() {
        return headerRows;
    }

    public boolean isWide() {
        return this != NATIVE;
    }
}
