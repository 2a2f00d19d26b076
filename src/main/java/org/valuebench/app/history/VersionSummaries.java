package org.valuebench.app.history;

import org.valuebench.domain.history.CanvasSnapshot;

/** The one-line summary of what changed between two versions, as the history list shows it. */
public interface VersionSummaries {
    String between(CanvasSnapshot before, CanvasSnapshot after);
}
