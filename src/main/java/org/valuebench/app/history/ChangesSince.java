package org.valuebench.app.history;

import java.util.Objects;
import org.valuebench.domain.history.CanvasSnapshot;

/**
 * The older side of a PDF report's "Changes since …" page: a version of the canvas (or another canvas) and how the
 * page names it.
 */
public record ChangesSince(String label, CanvasSnapshot snapshot) {
    public ChangesSince {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(snapshot, "snapshot");
    }
}
