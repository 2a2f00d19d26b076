package org.valuebench.ui.history;

/**
 * Shows a comparison on the board (the compare mode is another feature's; the window wires it here). A side of 0
 * means the canvas as it is now.
 */
@FunctionalInterface
public interface HistoryCompare {
    /** Compares nothing (until the board's compare mode is wired in). */
    HistoryCompare NONE = (canvasId, versionId, otherVersionId) -> { };

    void compare(long canvasId, long versionIdOrZeroForNow, long otherVersionIdOrZeroForNow);
}
