package org.valuebench.domain;

import java.util.Locale;

/**
 * Where a competing factor sits on the four actions grid (Kim and Mauborgne): what the offering should stop
 * doing, do less of, do more of, or start doing. {@link #NONE} until the team has decided.
 */
public enum FourAction {
    NONE("Undecided"),
    ELIMINATE("Eliminate"),
    REDUCE("Reduce"),
    RAISE("Raise"),
    CREATE("Create");

    private final String title;

    FourAction(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    /** Raise and create ask the offering for more, so they can become promises on the canvas. */
    public boolean asksForMore() {
        return this == RAISE || this == CREATE;
    }

    /** Reads a stored or typed name, case-insensitive. */
    public static FourAction parse(String text) {
        String key = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        for (FourAction action : values()) {
            if (action.name().equals(key)) {
                return action;
            }
        }
        throw new InvalidInputException(MessageText.quote(text) + " is not a four-actions choice; use none,"
                + " eliminate, reduce, raise or create");
    }
}
