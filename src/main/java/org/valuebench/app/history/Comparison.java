package org.valuebench.app.history;

import java.util.List;
import org.valuebench.domain.history.CanvasDiff;
import org.valuebench.domain.history.CanvasSnapshot;
import org.valuebench.report.ChangeFigures;
import org.valuebench.report.ChangeSummary;
import org.valuebench.report.FigureChange;
import org.valuebench.report.Style;

/**
 * Two sides compared: what each is ("Grocer (now)", "Grocer @ 3"), the snapshots and their diff.
 *
 * @param beforeLabel how outputs name the older side
 * @param afterLabel  how outputs name the newer side
 */
public record Comparison(String beforeLabel, String afterLabel, CanvasSnapshot before, CanvasSnapshot after,
                         CanvasDiff diff) {

    public static Comparison of(String beforeLabel, String afterLabel, CanvasSnapshot before, CanvasSnapshot after) {
        return new Comparison(beforeLabel, afterLabel, before, after, CanvasDiff.between(before, after));
    }

    /** Every figure before and after, in the output's style. */
    public List<FigureChange> figures(Style style) {
        return ChangeFigures.of(diff, before, after, style);
    }

    /** Only the figures that read differently after. */
    public List<FigureChange> moved(Style style) {
        return figures(style).stream().filter(FigureChange::moved).toList();
    }

    /** The one line the history list would show for it. */
    public String summary() {
        return ChangeSummary.between(before, after);
    }
}
