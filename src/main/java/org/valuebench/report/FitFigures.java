package org.valuebench.report;

import org.valuebench.analysis.FitReport;

/** The figures of the fit analysis: the fit score with its inputs. */
public final class FitFigures {
    public static final String SCORE = "answered importance / total importance";

    private FitFigures() {
    }

    /**
     * The fit score as a whole percentage, "73%", explained by the importance points behind it; none while the
     * canvas has no customer items.
     */
    public static Figure score(FitReport fit) {
        if (fit.fitScore() == null) {
            return Figure.none("fit score", SCORE, "The canvas has no wants, needs or fears to answer.");
        }
        return new Figure("fit score", fit.fitScore(), FigureFormat.percent(fit.fitScore(), Style.SCREEN), SCORE,
                "Importance-weighted share of the customer profile that some offering item answers: "
                        + points(fit) + " importance points.");
    }

    /**
     * The fit score as the board's header shows it, "Fit 73 %", or "Fit —" while the canvas has no customer items:
     * the same rounding as {@link #score}, in the header's own typography (a space before the sign).
     */
    public static String headline(FitReport fit) {
        return "Fit " + (fit.fitScore() == null ? Style.SCREEN.none()
                : FigureFormat.percentPoints(fit.fitScore()) + " %");
    }

    /**
     * What the board's "Fit 100 %" and "0 unanswered · 2 fluff" mean, for their tooltip: the formula with its
     * inputs, and why fluff does not lower the score.
     */
    public static String explanation(FitReport fit) {
        if (fit.fitScore() == null) {
            return score(fit).explanation();
        }
        return "Fit = " + SCORE + " = " + fit.answeredWeight() + " / " + fit.totalWeight() + " = "
                + FigureFormat.percent(fit.fitScore(), Style.SCREEN)
                + "\nImportance-weighted share of the wants, needs and fears that some offering item answers.\n"
                + fit.unanswered().size() + " unanswered: customer items nobody answers; their importance is missing"
                + " from the score.\n" + fit.fluff().size() + " fluff: offering items that answer nothing; they do"
                + " not lower the score.";
    }

    /** The inputs of the score: "12 of 20". */
    public static String points(FitReport fit) {
        return fit.answeredWeight() + " of " + fit.totalWeight();
    }
}
