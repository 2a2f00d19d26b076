package org.valuebench.app;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.valuebench.store.StoreException;
import org.valuebench.store.Workspace;

/** One bounded stack of commands for the whole workspace; the oldest command falls off when it is full. */
final class UndoHistory {
    static final int DEFAULT_LIMIT = 200;
    private final Deque<UndoableCommand> done = new ArrayDeque<>();
    private final Deque<UndoableCommand> undone = new ArrayDeque<>();
    private final int limit;
    private EditWatch watch = EditWatch.NONE;

    UndoHistory(int limit) {
        this.limit = limit;
    }

    void watch(EditWatch editWatch) {
        this.watch = editWatch;
    }

    long execute(Workspace workspace, UndoableCommand command) {
        Workbench.requireWritable(workspace);
        if (command.editedCanvas() != 0) {
            watch.beforeEdit(command.editedCanvas());
        }
        long canvas = committed(() -> workspace.transaction(c -> announced(workspace, command.label(),
                command.apply(workspace))));
        done.push(command);
        if (done.size() > limit) {
            done.removeLast();
        }
        undone.clear();
        return canvas;
    }

    Optional<Long> undo(Workspace workspace) {
        if (done.isEmpty()) {
            return Optional.empty();
        }
        Workbench.requireWritable(workspace);
        UndoableCommand command = done.peek();
        long canvas = committed(() -> workspace.transaction(c -> announced(workspace, "Undo " + command.label(),
                command.revert(workspace))));
        undone.push(done.pop());
        return Optional.of(canvas);
    }

    Optional<Long> redo(Workspace workspace) {
        if (undone.isEmpty()) {
            return Optional.empty();
        }
        Workbench.requireWritable(workspace);
        UndoableCommand command = undone.peek();
        long canvas = committed(() -> workspace.transaction(c -> announced(workspace, "Redo " + command.label(),
                command.apply(workspace))));
        done.push(undone.pop());
        return Optional.of(canvas);
    }

    /**
     * Announces the change to colleagues on a team workspace, in its own transaction: they hear of it only when it
     * commits (see {@link Workspace#announce}).
     */
    static long announced(Workspace workspace, String what, long canvasId) {
        workspace.announce(canvasId, what);
        return canvasId;
    }

    private static long committed(LongSupplier work) {
        try {
            return work.getAsLong();
        } catch (StoreException e) {
            throw new AppException(e.getMessage(), e);
        }
    }

    UndoState state() {
        return new UndoState(Optional.ofNullable(done.peek()).map(UndoableCommand::label),
                Optional.ofNullable(undone.peek()).map(UndoableCommand::label));
    }

    void clear() {
        done.clear();
        undone.clear();
    }
}
