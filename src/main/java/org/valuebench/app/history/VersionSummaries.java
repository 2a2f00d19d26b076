package org.valuebench.app.history;

import org.valuebench.domain.history.CanvasSnapshot;

/**
 * The one line a version carries about what changed since the version before ("+3 needs, fit 62%→71%"). Computed
 * when a version is saved; until the comparison is written, {@link #NONE} leaves it empty.
 */
@FunctionalInterface
public interface VersionSummaries {
    /** Leaves every summary empty. */
    VersionSummaries NONE = (before, after) -> "";

    /** What changed from {@code before} (the previous version) to {@code after} (the one being saved). */
    String between(CanvasSnapshot before, CanvasSnapshot after);
}
