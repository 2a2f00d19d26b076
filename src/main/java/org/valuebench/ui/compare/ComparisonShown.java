package org.valuebench.ui.compare;

import java.util.List;
import org.valuebench.app.history.Comparison;
import org.valuebench.report.ChangeRows;
import org.valuebench.report.FigureChange;
import org.valuebench.report.Style;

/**
 * A comparison as the compare view shows it: what is compared, the comparison, its changes counted as every output
 * lists them ({@link ChangeRows}) and the figures that moved.
 *
 * @param beforeName the older side as the bar names it ("version 3 'Before the board meeting'", "'Grocer'")
 * @param afterName  the newer side ("now", "version 5 'After'")
 */
public record ComparisonShown(String beforeName, String afterName, Comparison comparison, int changes,
                              List<FigureChange> moved) {

    public ComparisonShown {
        moved = List.copyOf(moved);
    }

    static ComparisonShown of(String beforeName, String afterName, Comparison comparison) {
        int changes = comparison.diff().isEmpty() ? 0 : ChangeRows.of(comparison.diff(),
                comparison.before().content(), comparison.after().content(), Style.SCREEN).size();
        return new ComparisonShown(beforeName, afterName, comparison, changes, comparison.moved(Style.SCREEN));
    }

    /** "Comparing version 3 'Before the board meeting' with now — 4 changes". */
    public String title() {
        String count = changes == 0 ? "no changes" : changes == 1 ? "1 change" : changes + " changes";
        return "Comparing " + beforeName + " with " + afterName + " — " + count;
    }

    public boolean noChanges() {
        return changes == 0;
    }
}
