package org.valuebench.app;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.valuebench.domain.Canvas;
import org.valuebench.domain.Item;
import org.valuebench.domain.MessageText;
import org.valuebench.store.CanvasRead;
import org.valuebench.store.RowChangedException;
import org.valuebench.store.StoreException;
import org.valuebench.store.Versioned;
import org.valuebench.store.Workspace;

/**
 * Two versions per canvas and item row. <em>Shown</em>: the version this workbench last showed (every
 * {@link Change} it hands out is one read of a canvas, with versions); a new edit is checked against it, so
 * "changed since read" means changed since the user was shown it, also when the window queues several edits (its
 * own writes are shown back to it); a row never shown counts as read when its edit starts. <em>Written</em>: the
 * version this workbench's own last write left; undo and redo write only over that, so they never overwrite a
 * colleague's later change (the user's own later edits of the row are undone first, the stack being a stack).
 * See docs/decisions/0010-row-versions.md.
 */
final class RowVersions {
    private final Workspace workspace;
    private final Map<Long, Long> shownCanvases = new HashMap<>();
    private final Map<Long, Long> shownItems = new HashMap<>();
    private final Map<Long, Long> writtenCanvases = new HashMap<>();
    private final Map<Long, Long> writtenItems = new HashMap<>();
    private final StrategyVersions strategy;

    RowVersions(Workspace workspace) {
        this.workspace = workspace;
        this.strategy = new StrategyVersions(workspace);
    }

    /** The same for the strategy canvas's factors and rating cells. */
    StrategyVersions strategy() {
        return strategy;
    }

    /** Remembers the versions of a canvas read that is being shown. */
    void shown(CanvasRead read) {
        shownCanvases.put(read.content().canvas().id(), read.canvasVersion());
        shownItems.putAll(read.itemVersions());
        strategy.shown(read);
    }

    /** The item as stored now with its version. */
    Versioned<Item> item(long id) {
        return stored(() -> workspace.items().findVersioned(id)).orElseThrow(
                () -> new AppException("There is no item with id " + id + " (it may have been deleted)"));
    }

    Versioned<Canvas> canvas(long id) {
        return stored(() -> workspace.canvases().findVersioned(id))
                .orElseThrow(() -> new AppException("There is no canvas with id " + id));
    }

    /** The version an edit of the stored item is made from; refused when it is not the one the user was shown. */
    long itemEditBase(Versioned<Item> stored, Item mine) {
        long base = shownItems.getOrDefault(mine.id(), stored.version());
        if (base != stored.version()) {
            throw EditConflictException.ofItem(mine, stored.row(), stored.version());
        }
        return base;
    }

    long canvasEditBase(Versioned<Canvas> stored, Canvas mine) {
        long base = shownCanvases.getOrDefault(mine.id(), stored.version());
        if (base != stored.version()) {
            throw EditConflictException.ofCanvas(mine, stored.row(), stored.version());
        }
        return base;
    }

    /**
     * What a failed item edit tells the user: when the row changed between the check and the write (a colleague
     * committed in that moment), the same refusal with what is stored now; any other failure as it is.
     */
    RuntimeException refusedItem(AppException failure, Item mine) {
        if (!(failure.getCause() instanceof RowChangedException)) {
            return failure;
        }
        Versioned<Item> theirs = item(mine.id());
        return EditConflictException.ofItem(mine, theirs.row(), theirs.version());
    }

    RuntimeException refusedCanvas(AppException failure, Canvas mine) {
        if (!(failure.getCause() instanceof RowChangedException)) {
            return failure;
        }
        Versioned<Canvas> theirs = canvas(mine.id());
        return EditConflictException.ofCanvas(mine, theirs.row(), theirs.version());
    }

    /** The user chose, in a conflict, to go on from the colleague's version (to write theirs over it). */
    void chose(EditConflictException conflict) {
        if (conflict.isItem()) {
            shownItems.put(conflict.mine(Item.class).id(), conflict.theirVersion());
        } else {
            shownCanvases.put(conflict.mine(Canvas.class).id(), conflict.theirVersion());
        }
    }

    long writtenItem(long id) {
        return writtenItems.get(id);
    }

    void wroteItem(long id, long version) {
        writtenItems.put(id, version);
    }

    /** After a write of the item that does not check versions (add, move, delete's undo): what it left. */
    void wroteItem(Workspace in, long id) {
        writtenItems.put(id, in.items().version(id));
    }

    /**
     * Before an undo or redo writes the item: refused ({@link RowChangedException}) when someone changed it after
     * this workbench's own last write of it.
     */
    void requireWrittenItem(Workspace in, long id) {
        Long written = writtenItems.get(id);
        if (written != null) {
            in.items().requireVersion(id, written);
        }
    }

    /**
     * What a refused undo or redo tells the user, naming what a colleague changed; any other failure as it is.
     *
     * @param undo true for an undo, false for a redo
     */
    RuntimeException refusedUndo(AppException failure, boolean undo) {
        if (!(failure.getCause() instanceof RowChangedException changed)) {
            return failure;
        }
        String what;
        if (changed.isItem()) {
            what = MessageText.quote(item(changed.id()).row().text());
        } else if (changed.isCanvas()) {
            what = "the details of the canvas " + MessageText.quote(canvas(changed.id()).row().name());
        } else {
            what = stored(() -> strategy.describe(changed));
        }
        String it = changed.isCanvas() ? "them" : "it";
        return new AppException("Someone else changed " + what + " after your " + (undo ? "edit" : "undo") + "; "
                + (undo ? "undo" : "redo") + " would overwrite " + it + ". Your " + (undo ? "edit" : "undo")
                + " stays.", failure.getCause());
    }

    long writtenCanvas(long id) {
        return writtenCanvases.get(id);
    }

    void wroteCanvas(long id, long version) {
        writtenCanvases.put(id, version);
    }

    private static <T> T stored(Supplier<T> query) {
        try {
            return query.get();
        } catch (StoreException e) {
            throw new AppException(e.getMessage(), e);
        }
    }
}
