package org.valuebench.app.history;

import org.valuebench.domain.history.CanvasSnapshot;

/**
 * The one line a version carries about what changed since the version before ("+3 needs, fit 62%→71%"). Computed
 * when a version is saved; {@link #NONE} leaves it empty (tests that do not look at summaries).
 */
@FunctionalInterface
public interface VersionSummaries {
    /** Leaves every summary empty. */
    VersionSummaries NONE = (before, after) -> "";

    /** What changed from {@code before} (the previous version) to {@code after} (the one being saved). */
    String between(CanvasSnapshot before, CanvasSnapshot after);
}
