package org.valuebench.domain;

/** The three parts of a value proposition canvas. */
public enum SectionGroup {
    CUSTOMER("Customer profile"),
    OFFERING("Offering"),
    ALTERNATIVES("Alternatives");

    private final String title;

    SectionGroup(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
