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

    /** How a version is named to the user: "version 2 (Workshop finished)" (the key as typed when not known). */
    default String describe(long canvasId, String numberOrName) {
        return numberOrName;
    }

    /** The newest version's key (its number); empty while the canvas has none. */
    default Optional<String> latestKey(long canvasId) {
        return Optional.empty();
    }

    /** The newest version; empty while the canvas has none. */
    Optional<CanvasSnapshot> latestVersion(long canvasId);
}
