package org.valuebench.analysis;

/** Where the offering stands on one factor against the best alternative. */
public enum Standing {
    /** Within {@link DifferentiationAnalysis#ME_TOO_BAND} of the best alternative: nothing sets us apart. */
    ME_TOO("Me-too"),
    TRAIL("Trail"),
    LEAD("Lead"),
    /** Our rating or every alternative's is unknown. */
    UNRATED("Unrated");

    private final String title;

    Standing(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
