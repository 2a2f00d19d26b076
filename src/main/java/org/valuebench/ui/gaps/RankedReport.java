package org.valuebench.ui.gaps;

import org.valuebench.ui.gaps.figures.GapRow;
import org.valuebench.ui.gaps.figures.GapFigures;
import java.util.ArrayList;
import java.util.List;
import org.valuebench.analysis.GapReport;
import org.valuebench.analysis.PromiseGap;

/**
 * A report with its ranking rows, formatted on the database thread too: the JavaFX thread only puts them in
 * place.
 */
record RankedReport(GapReport report, List<GapRow> rows) {

    static RankedReport of(GapReport result) {
        List<GapRow> shown = new ArrayList<>();
        int rank = 1;
        for (PromiseGap gap : result.promises()) {
            shown.add(GapFigures.row(rank++, gap, result.filter().voice(), result.crosshairs()));
        }
        return new RankedReport(result, List.copyOf(shown));
    }
}
