package org.valuebench.domain;

/** The bounds the domain enforces, in one place so the UI and importers quote the same numbers. */
public final class Limits {
    public static final int MAX_ITEM_TEXT = 2_000;
    public static final int MAX_NAME = 200;
    public static final int MAX_NOTES = 20_000;
    public static final int MAX_AUTHOR = 200;
    public static final int MIN_LEVEL = 1;
    public static final int MAX_LEVEL = 5;
    public static final int DEFAULT_IMPORTANCE = 3;
    public static final int DEFAULT_PROMISE_TARGET = 4;
    /** A workshop's bounds: steps of an agenda, a step's time box, participants, dots per participant. */
    public static final int MAX_STEPS = 40;
    public static final int MAX_STEP_SECONDS = 4 * 60 * 60;
    public static final int MAX_PARTICIPANTS = 60;
    public static final int MAX_DOTS = 20;
    public static final int MAX_PROMPT = 1_000;

    private Limits() {
    }

    /** The value stripped; refused when empty or longer than {@code max} code points (also for domain.* packages). */
    public static String requiredText(String what, String value, int max) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty()) {
            throw new InvalidInputException(what + " must not be empty");
        }
        return bounded(what, trimmed, max);
    }

    /** The value stripped, null as empty; refused when longer than {@code max} code points. */
    public static String optionalText(String what, String value, int max) {
        String trimmed = value == null ? "" : value.strip();
        return bounded(what, trimmed, max);
    }

    private static String bounded(String what, String value, int max) {
        int length = value.codePointCount(0, value.length());
        if (length > max) {
            throw new InvalidInputException(what + " is " + length + " characters long; at most " + max + " are allowed");
        }
        return value;
    }

    public static int level(String what, int value) {
        if (value < MIN_LEVEL || value > MAX_LEVEL) {
            throw new InvalidInputException(what + " must be between " + MIN_LEVEL + " and " + MAX_LEVEL + ", not " + value);
        }
        return value;
    }
}
