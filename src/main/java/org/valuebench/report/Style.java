package org.valuebench.report;

/**
 * How an output writes what is not a digit. The rounding is the same everywhere; the typography is not: the
 * window uses real typographic signs, print keeps a plain hyphen for minus so a search for "-0.25" in a PDF
 * finds it, and the terminal stays in ASCII.
 */
public enum Style {
    /** The window: an em dash for no figure, a real minus sign, "-0.00" shown as the 0.00 it is. */
    SCREEN("—", "−", "–", true),
    /** The PDF and the Markdown: an en dash for no figure and between an interval's ends, a hyphen for minus. */
    PRINT("–", "-", "–", false),
    /** The command line's text: ASCII only. */
    TERMINAL("-", "-", "-", false);

    private final String none;
    private final String minus;
    private final String range;
    private final boolean plainZero;

    Style(String none, String minus, String range, boolean plainZero) {
        this.none = none;
        this.minus = minus;
        this.range = range;
        this.plainZero = plainZero;
    }

    /** Written where there is no figure. */
    public String none() {
        return none;
    }

    /** The sign of a negative signed figure. */
    public String minus() {
        return minus;
    }

    /** Between the ends of an interval. */
    public String range() {
        return range;
    }

    /** Whether a value that rounds to zero from below is written "0.00" rather than "-0.00". */
    boolean plainZero() {
        return plainZero;
    }
}
