package org.valuebench.report;

/**
 * One figure before and after a change of the canvas, as every output of a comparison shows it.
 *
 * @param subject what the figure belongs to: empty for the canvas's own figures, else the promise's text or
 *                the factor's name
 * @param label   the figure ("fit score", "deficit", "standing")
 * @param change  the difference as written, "+1.20", "−3 pts", "Trail → Lead"; empty when the figure did not move
 */
public record FigureChange(String subject, String label, Figure before, Figure after, String change) {

    /** Whether the figure reads differently after (what the outputs list as "figures that moved"). */
    public boolean moved() {
        return !before.text().equals(after.text());
    }
}
