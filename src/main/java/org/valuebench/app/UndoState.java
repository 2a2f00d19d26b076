package org.valuebench.app;

import java.util.Optional;

/** What Undo and Redo would do next, for menus and buttons. */
public record UndoState(Optional<String> undoLabel, Optional<String> redoLabel) {
    public static final UndoState EMPTY = new UndoState(Optional.empty(), Optional.empty());

    public boolean canUndo() {
        return undoLabel.isPresent();
    }

    public boolean canRedo() {
        return redoLabel.isPresent();
    }
}
