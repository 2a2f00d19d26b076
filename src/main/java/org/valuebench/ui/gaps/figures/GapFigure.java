package org.valuebench.ui.gaps.figures;

/** One figure as the gap view shows it: its text, and the formula with the inputs that produced it. */
public record GapFigure(String text, String explanation) {
    public static final String NONE = "—";

    public static GapFigure empty(String why) {
        return new GapFigure(NONE, why);
    }

    public boolean isEmpty() {
        return NONE.equals(text);
    }
}
