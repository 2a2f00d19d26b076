package org.valuebench.app;

import java.time.Clock;
import org.valuebench.store.Workspace;

/**
 * An undoable edit of something on one canvas: a subclass makes the change in {@link #edit} and takes it back in
 * {@link #restore}; both directions mark the canvas as changed now and show that canvas.
 */
public abstract class CanvasEditCommand implements UndoableCommand {
    private final Clock clock;
    protected final long canvasId;

    protected CanvasEditCommand(Clock clock, long canvasId) {
        this.clock = clock;
        this.canvasId = canvasId;
    }

    /** Makes the change. */
    protected abstract void edit(Workspace workspace);

    /** Takes the change back. */
    protected abstract void restore(Workspace workspace);

    @Override
    public final long apply(Workspace workspace) {
        edit(workspace);
        return touched(workspace);
    }

    @Override
    public final long revert(Workspace workspace) {
        restore(workspace);
        return touched(workspace);
    }

    @Override
    public long editedCanvas() {
        return canvasId;
    }

    /** Marks the canvas changed and returns its id, the canvas to show after the edit. */
    private long touched(Workspace workspace) {
        workspace.canvases().touch(canvasId, clock.instant());
        return canvasId;
    }
}
