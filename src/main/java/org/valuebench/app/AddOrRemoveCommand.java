package org.valuebench.app;

import java.time.Clock;
import org.valuebench.store.Workspace;

/** An edit that adds something to a canvas or removes it; undoing it does the opposite. */
abstract class AddOrRemoveCommand extends CanvasEditCommand {
    final boolean add;

    AddOrRemoveCommand(Clock clock, long canvasId, boolean add) {
        super(clock, canvasId);
        this.add = add;
    }

    @Override
    final void edit(Workspace workspace) {
        present(workspace, add);
    }

    @Override
    final void restore(Workspace workspace) {
        present(workspace, !add);
    }

    /** Puts the thing on the canvas, or takes it off. */
    abstract void present(Workspace workspace, boolean present);
}
