package org.valuebench.ui.fx;

/** Short forms of promise texts for chart axes and point labels (the full text is in the tooltip). */
public final class GapLabels {

    private GapLabels() {
    }

    public static String shortText(String text, int max) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        if (oneLine.codePointCount(0, oneLine.length()) <= max) {
            return oneLine;
        }
        int end = oneLine.offsetByCodePoints(0, max - 1);
        return oneLine.substring(0, end).stripTrailing() + "…";
    }
}
