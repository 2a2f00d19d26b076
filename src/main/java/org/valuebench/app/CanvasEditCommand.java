package org.valuebench.app;

import java.time.Clock;
import org.valuebench.store.Workspace;

/** An undoable edit of something on one canvas; both directions mark the canvas as changed now. */
abstract class CanvasEditCommand implements UndoableCommand {
    private final Clock clock;
    final long canvasId;

    CanvasEditCommand(Clock clock, long canvasId) {
        this.clock = clock;
        this.canvasId = canvasId;
    }

    /** Marks the canvas changed and returns its id, the canvas to show after the edit. */
    final long touched(Workspace workspace) {
        workspace.canvases().touch(canvasId, clock.instant());
        return canvasId;
    }
}
