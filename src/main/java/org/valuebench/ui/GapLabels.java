package org.valuebench.ui;

/** Short forms of promise texts for chart axes and point labels (the full text is in the tooltip). */
final class GapLabels {

    private GapLabels() {
    }

    static String shortText(String text, int max) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        if (oneLine.codePointCount(0, oneLine.length()) <= max) {
            return oneLine;
        }
        int end = oneLine.offsetByCodePoints(0, max - 1);
        return oneLine.substring(0, end).stripTrailing() + "…";
    }
}
