package org.valuebench.report;

/**
 * One line of a comparison's list of changes, as the text, the Markdown and the PDF print it.
 *
 * @param group   what part of the canvas: "Canvas", "Cards", "Links", "Factors", "Ratings", "Workshops"
 * @param mark    {@link #ADDED}, {@link #REMOVED} or {@link #CHANGED}
 * @param kind    the card's section in the singular ("need"), or "link", "factor", "rating", "workshop", "canvas"
 * @param subject the card's text, the link's two ends, the factor's name...
 * @param detail  what changed on it ("target 4 → 5"); empty for an addition or removal
 */
public record ChangeRow(String group, String mark, String kind, String subject, String detail) {
    public static final String ADDED = "+";
    public static final String REMOVED = "-";
    public static final String CHANGED = "~";

    /** The mark in words, for the Markdown and JSON: "added", "removed", "changed". */
    public String markWord() {
        return switch (mark) {
            case ADDED -> "added";
            case REMOVED -> "removed";
            default -> "changed";
        };
    }
}
