package org.valuebench.app;

import java.time.Clock;
import org.valuebench.store.Workspace;

/** An edit that adds something to a canvas or removes it; undoing it does the opposite. */
public abstract class AddOrRemoveCommand extends CanvasEditCommand {
    protected final boolean add;

    protected AddOrRemoveCommand(Clock clock, long canvasId, boolean add) {
        super(clock, canvasId);
        this.add = add;
    }

    @Override
    protected final void edit(Workspace workspace) {
        present(workspace, add);
    }

    @Override
    protected final void restore(Workspace workspace) {
        present(workspace, !add);
    }

    /** Puts the thing on the canvas, or takes it off. */
    protected abstract void present(Workspace workspace, boolean present);
}
