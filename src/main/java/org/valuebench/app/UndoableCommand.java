package org.valuebench.app;

import org.valuebench.store.Workspace;

/**
 * One edit that can be undone and redone. Both directions run inside one transaction on the writer thread;
 * each returns the id of the canvas to show afterwards (or 0 when none is left to show).
 */
public interface UndoableCommand {
    /** Shown in the Edit menu, e.g. "Undo Add item". */
    String label();

    long apply(Workspace workspace);

    long revert(Workspace workspace);

    /**
     * The canvas whose content this command edits (its items, links, strategy or details), or 0 when it is not such
     * an edit (adding or deleting a canvas, feedback, workshops): the first edit of a canvas each day keeps a version.
     */
    default long editedCanvas() {
        return 0;
    }
}
