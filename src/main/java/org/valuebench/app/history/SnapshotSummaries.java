package org.valuebench.app.history;

import org.valuebench.domain.history.CanvasSnapshot;
import org.valuebench.report.ChangeSummary;

/** The summaries as {@link ChangeSummary} writes them: "+3 needs, 1 promise target 4→5, fit 62%→71%". */
public final class SnapshotSummaries implements VersionSummaries {

    @Override
    public String between(CanvasSnapshot before, CanvasSnapshot after) {
        return ChangeSummary.between(before, after);
    }
}
