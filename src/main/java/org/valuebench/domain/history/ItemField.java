package org.valuebench.domain.history;

/**
 * What can differ between two states of one card. {@link #POSITION} alone (a card dragged up or down its column)
 * is not a change a user would want marked red and green: it is kept so that a diff applied gives back the
 * exact content, but {@link #shown()} leaves it out.
 */
public enum ItemField {
    TEXT("text"),
    SECTION("section"),
    IMPORTANCE("importance"),
    PROMISE("promise"),
    TARGET("target"),
    COLOUR("colour"),
    NOTES("notes"),
    AUTHOR("author"),
    POSITION("position");

    private final String label;

    ItemField(String label) {
        this.label = label;
    }

    /** The field's name as outputs print it ("target"). */
    public String label() {
        return label;
    }

    /** Whether a change of this field alone counts as a change of the card. */
    public boolean shown() {
        return this != POSITION;
    }
}
