package org.valuebench.report;

/**
 * One figure as a reader meets it: what it is, its value, its text as shown, and where it comes from.
 *
 * @param label       what the figure is, as formulas name it ("gap", "deficit", "95% CI")
 * @param value       the unrounded value; null when there is no figure or it is not one number (an interval, a
 *                    quadrant)
 * @param text        the value as shown, rounded; {@link #NONE} when there is no figure
 * @param formula     how the figure is computed, in words and symbols ("target − delivered")
 * @param explanation the formula with this figure's inputs put in, or why there is no figure
 */
public record Figure(String label, Double value, String text, String formula, String explanation) {
    /** The text of a figure that cannot be computed. */
    public static final String NONE = Style.SCREEN.none();

    public static Figure none(String label, String formula, String why) {
        return new Figure(label, null, NONE, formula, why);
    }

    public boolean isEmpty() {
        return NONE.equals(text);
    }
}
