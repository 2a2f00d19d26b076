package org.valuebench.ui.gaps.figures;

import org.valuebench.analysis.PromiseGap;

/**
 * One promise in the gap ranking, every figure formatted with its explanation.
 *
 * @param rank 1 for the largest deficit
 */
public record GapRow(int rank, PromiseGap gap, GapFigure n, GapFigure delivered, GapFigure target, GapFigure gapFigure,
                     GapFigure ci95, GapFigure importance, GapFigure deficit, GapFigure quadrant, GapFigure servqual,
                     GapFigure nps) {

    public long promiseId() {
        return gap.promiseId();
    }

    public String promise() {
        return gap.text();
    }

    public boolean thin() {
        return gap.thinEvidence() && gap.n() > 0;
    }
}
