package org.valuebench.report;

/** Short forms of item texts for chart axes, labels and formulas (the full text is shown elsewhere). */
public final class ShortText {
    private ShortText() {
    }

    /** The text on one line, cut with … to at most {@code max} characters. */
    public static String of(String text, int max) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        if (oneLine.codePointCount(0, oneLine.length()) <= max) {
            return oneLine;
        }
        int end = oneLine.offsetByCodePoints(0, max - 1);
        return oneLine.substring(0, end).stripTrailing() + "…";
    }
}
