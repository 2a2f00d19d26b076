package org.valuebench.app.workshop;

import java.time.Clock;
import java.util.function.Consumer;
import org.valuebench.app.UndoableCommand;
import org.valuebench.store.Workspace;

/**
 * One facilitator action as an undoable command: {@code edit} makes it, {@code restore} takes it back, both with
 * what the use case read before. Actions that change cards mark the canvas as changed ({@code clock} given);
 * moving through the agenda or the timer does not.
 */
final class WorkshopCommand implements UndoableCommand {
    private final String label;
    private final long canvasId;
    private final Clock touching;
    private final Consumer<Workspace> edit;
    private final Consumer<Workspace> restore;

    WorkshopCommand(String label, long canvasId, Clock touching, Consumer<Workspace> edit, Consumer<Workspace> restore) {
        this.label = label;
        this.canvasId = canvasId;
        this.touching = touching;
        this.edit = edit;
        this.restore = restore;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public long apply(Workspace workspace) {
        edit.accept(workspace);
        return touched(workspace);
    }

    @Override
    public long revert(Workspace workspace) {
        restore.accept(workspace);
        return touched(workspace);
    }

    private long touched(Workspace workspace) {
        if (touching != null) {
            workspace.canvases().touch(canvasId, touching.instant());
        }
        return canvasId;
    }
}
