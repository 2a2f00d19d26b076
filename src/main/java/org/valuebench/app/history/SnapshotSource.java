package org.valuebench.app.history;

import java.util.Optional;
import org.valuebench.domain.history.CanvasSnapshot;

/**
 * Where the sides of a comparison come from: a canvas as it is now, or one of its saved versions. Throws
 * {@link org.valuebench.app.AppException} with a message for the user when a version does not exist.
 */
public interface SnapshotSource {
    CanvasSnapshot now(long canvasId);

    /** The version by its number ("3") or its name ("Before the board meeting"). */
    CanvasSnapshot version(long canvasId, String numberOrName);

    /** The newest version; empty while the canvas has none. */
    Optional<CanvasSnapshot> latestVersion(long canvasId);
}
