package org.valuebench.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.valuebench.domain.Canvas;
import org.valuebench.domain.CanvasContent;
import org.valuebench.domain.CanvasSummary;
import org.valuebench.domain.FitLink;
import org.valuebench.domain.Item;
import org.valuebench.domain.Section;
import org.valuebench.store.ConnectionLostException;
import org.valuebench.store.DiskFullException;
import org.valuebench.store.StoreException;
import org.valuebench.store.Versioned;
import org.valuebench.store.Workspace;

/**
 * The use cases on one open workspace. Not thread-safe on purpose: the GUI calls it only from its single
 * database thread and the command line from its main thread, so every write has one writer. Each edit is
 * an undoable command committed in its own transaction before the method returns.
 */
public final class Workbench implements AutoCloseable {
    private final Workspace workspace;
    private final Clock clock;
    private final UndoHistory history;
    private final WindowMemory windowMemory;
    private final RowVersions versions;

    public Workbench(Workspace workspace, Clock clock, int undoLimit) {
        this.workspace = workspace;
        this.clock = clock;
        this.history = new UndoHistory(undoLimit);
        this.windowMemory = new WindowMemory(workspace);
        this.versions = new RowVersions(workspace);
    }

    /** The file of a local workspace; a team workspace has none (see {@link #where()}). */
    public Path file() {
        try {
            return workspace.file();
        } catch (StoreException e) {
            throw new AppException(e.getMessage(), e);
        }
    }

    /** The file of a local workspace, or empty for a team workspace. */
    public Optional<Path> localFile() {
        return workspace.localFile();
    }

    /** Where the workspace is, for titles and messages: the file's path or the team server's address. */
    public String where() {
        return workspace.where();
    }

    /**
     * Why this workspace cannot be changed (a sentence naming the file), or empty when it can: every edit is then
     * refused with that sentence.
     */
    public Optional<String> readOnlyReason() {
        return workspace.readOnlyReason();
    }

    /** True when opening created the file just now. */
    public boolean isNewFile() {
        return workspace.created();
    }

    /** Adds a canvas outside the undo history (sample seeding), in one transaction. */
    public long seedCanvas(CanvasContent content) {
        requireWritable(workspace);
        try {
            return workspace.transaction(c -> UndoHistory.announced(workspace, "Sample canvas",
                    CanvasWriter.insertCopy(workspace, content, content.canvas().name(), clock.instant()).canvas().id()));
        } catch (StoreException e) {
            throw new AppException(e.getMessage(), e);
        }
    }

    public List<CanvasSummary> library() {
        return read(() -> workspace.canvases().list());
    }

    public Optional<CanvasContent> findCanvas(long id) {
        return read(() -> workspace.canvases().content(id));
    }

    /** Reads that fail at the file (disk gone, file damaged) reach callers as the app's own exception. */
    private static <T> T read(Supplier<T> query) {
        try {
            return query.get();
        } catch (StoreException e) {
            throw new AppException(e.getMessage(), e);
        }
    }

    public CanvasContent canvas(long id) {
        return findCanvas(id).orElseThrow(() -> new AppException("There is no canvas with id " + id));
    }

    /** Finds a canvas by id or by its name (case-insensitive), as typed on the command line. */
    public CanvasContent resolve(String idOrName) {
        return new CanvasLookup(this).resolve(idOrName);
    }

    /**
     * The id of the canvas {@link #resolve} finds, read without the canvas's items, links and strategy: for a
     * command that goes on to read the canvas itself (an export), so a big canvas is not read twice.
     */
    public long resolveId(String idOrName) {
        return new CanvasLookup(this).resolveId(idOrName);
    }

    boolean hasCanvas(long id) {
        return read(() -> workspace.canvases().find(id)).isPresent();
    }

    /** What the window remembers in this workspace (the canvas shown, the board's zoom). */
    public WindowMemory windowMemory() {
        return windowMemory;
    }

    /**
     * How this workbench's writes wait while another program writes to the same file: up to {@code limit}
     * ({@link WriterWaitListener#NO_LIMIT} for the window, which never refuses an edit), telling
     * {@code listener} once the wait lasts about a second.
     */
    public void waitForWriters(Duration limit, WriterWaitListener listener) {
        workspace.waitForWriters(listener.asWriteWait(limit));
    }

    /**
     * Tells {@code watch} before each new edit of a canvas's content (not before undo or redo), in its own
     * transaction: app.history keeps the first edit of the day's version this way. One watch; a later one replaces it.
     */
    public void watchEdits(EditWatch watch) {
        history.watch(watch);
    }

    public UndoState undoState() {
        return history.state();
    }

    /** The state to show for a canvas without changing anything (for opening and switching canvases). */
    public Change show(long canvasId) {
        return change(canvasId, 0);
    }

    // ---- library edits

    public Change createCanvas(String name) {
        Canvas draft = Canvas.draft(name, clock.instant());
        return addCanvas("New canvas", new CanvasContent(draft, List.of(), List.of()), draft.name());
    }

    public Change duplicateCanvas(long canvasId) {
        CanvasContent source = canvas(canvasId);
        return addCanvas("Duplicate canvas", source, CanvasCommands.copyName(source.canvas().name()));
    }

    /** Adds a complete canvas (imported or sample), undoably, under new ids. */
    public Change addCanvas(String label, CanvasContent content, String name) {
        CanvasCommands.AddCanvas command = new CanvasCommands.AddCanvas(label, content, name, clock);
        return run(command);
    }

    /** Renames the canvas; refused with {@link EditConflictException} when it changed since it was shown. */
    public Change renameCanvas(long canvasId, String name) {
        Versioned<Canvas> before = versions.canvas(canvasId);
        return editCanvas(before, before.row().withName(name));
    }

    /** Stores the canvas's details; refused with {@link EditConflictException} when they changed since shown. */
    public Change updateCanvasInfo(long canvasId, String name, String segment, String offering, String notes) {
        Versioned<Canvas> before = versions.canvas(canvasId);
        return editCanvas(before, before.row().withInfo(name, segment, offering, notes));
    }

    /** {@code before} is the stored row; the edit is made from the version of it the user was shown. */
    private Change editCanvas(Versioned<Canvas> stored, Canvas after) {
        Canvas before = stored.row();
        if (before.equals(after)) {
            return show(before.id());
        }
        long base = versions.canvasEditBase(stored, after);
        try {
            return run(new CanvasCommands.EditCanvas(before, after.withUpdated(clock.instant()), base, versions));
        } catch (AppException e) {
            throw versions.refusedCanvas(e, after);
        }
    }

    /**
     * After a refused edit, the user keeps their version: it is written over the colleague's, as a new undoable
     * edit made from the colleague's version (refused again if the row changed once more meanwhile).
     */
    public Change keepMine(EditConflictException conflict) {
        if (conflict.isFactor() || conflict.isRating()) {
            return conflict.keepMineOfStrategy();
        }
        versions.chose(conflict);
        if (conflict.isItem()) {
            return updateItem(conflict.mine(Item.class));
        }
        Canvas mine = conflict.mine(Canvas.class);
        return editCanvas(versions.canvas(mine.id()), mine);
    }

    /** After a refused edit, the user keeps the colleague's version: nothing is written; it is shown. */
    public Change keepTheirs(EditConflictException conflict) {
        return show(conflict.canvasId());
    }

    public Change deleteCanvas(long canvasId) {
        return run(new CanvasCommands.DeleteCanvas(canvas(canvasId)));
    }

    // ---- item edits

    /** Adds an item with {@code text} at {@code index} of the section; a negative index appends. */
    public Change addItem(long canvasId, Section section, String text, int index) {
        canvas(canvasId);
        int position = index < 0 ? read(() -> workspace.items().count(canvasId, section)) : index;
        Item draft = Item.draft(canvasId, section, text).at(section, position);
        ItemCommands.AddItem command = new ItemCommands.AddItem(clock, draft, versions);
        long shown = history.execute(workspace, command);
        return change(shown, command.itemId());
    }

    /**
     * Stores what an edit changed in the item: text, notes, colour, author, importance, promise. Refused with
     * {@link EditConflictException}, nothing written, when the item changed since this workbench showed it.
     */
    public Change updateItem(Item edited) {
        Versioned<Item> stored = versions.item(edited.id());
        Item before = stored.row();
        Item after = new Item(before.id(), before.canvasId(), before.section(), before.position(), edited.text(),
                edited.notes(), edited.colour(), edited.author(), edited.importance(),
                edited.promise() && before.isOffering(), edited.promiseTarget());
        if (after.equals(before)) {
            return change(before.canvasId(), before.id());
        }
        long base = versions.itemEditBase(stored, after);
        try {
            return change(history.execute(workspace, new ItemCommands.EditItem(clock, before, after, base, versions)),
                    before.id());
        } catch (AppException e) {
            throw versions.refusedItem(e, after);
        }
    }

    public Change deleteItem(long itemId) {
        Item item = item(itemId);
        long shown = history.execute(workspace,
                new ItemCommands.DeleteItem(clock, item, read(() -> workspace.links().byItem(itemId)), versions));
        return change(shown, 0);
    }

    /** Moves an item to {@code index} of {@code section}, which must be in the same group. */
    public Change moveItem(long itemId, Section section, int index) {
        Item item = item(itemId);
        if (!item.section().canMoveTo(section)) {
            throw new AppException(item.section().title() + " items can only move within "
                    + item.section().group().title());
        }
        // Clamped as the store clamps it, so a drop past the end of its own section is seen to change nothing.
        int last = read(() -> workspace.items().count(item.canvasId(), section)) - (item.section() == section ? 1 : 0);
        int target = Math.max(0, Math.min(index, last));
        if (item.section() == section && item.position() == target) {
            return change(item.canvasId(), itemId);
        }
        long shown = history.execute(workspace, new ItemCommands.MoveItem(clock, item, section, target, versions));
        return change(shown, itemId);
    }

    /**
     * Moves an item to the end of any section (Move to section…). Within its group it stays what it is; into
     * another group its importance and promise become the defaults there and its fit links are removed (a link
     * joins an offering item to a customer item), all in one step whose undo brings them back.
     */
    public Change moveItemToSection(long itemId, Section section) {
        Item item = item(itemId);
        int end = read(() -> workspace.items().count(item.canvasId(), section));
        if (item.section().canMoveTo(section)) {
            return moveItem(itemId, section, end);
        }
        List<FitLink> links = read(() -> workspace.links().byItem(itemId));
        long shown = history.execute(workspace, new ItemCommands.MoveAcross(clock, item, links, section, end, versions));
        return change(shown, itemId);
    }

    /** Links an offering item to a customer item it answers; the two may be given in either order. */
    public Change link(long firstItemId, long secondItemId) {
        FitLink link = fitLink(firstItemId, secondItemId);
        if (read(() -> workspace.links().exists(link))) {
            return change(item(firstItemId).canvasId(), firstItemId);
        }
        long canvasId = item(firstItemId).canvasId();
        long shown = history.execute(workspace, new ItemCommands.ChangeLink(clock, canvasId, link, true));
        return change(shown, firstItemId);
    }

    public Change unlink(long firstItemId, long secondItemId) {
        FitLink link = fitLink(firstItemId, secondItemId);
        if (!read(() -> workspace.links().exists(link))) {
            return change(item(firstItemId).canvasId(), firstItemId);
        }
        long canvasId = item(firstItemId).canvasId();
        long shown = history.execute(workspace, new ItemCommands.ChangeLink(clock, canvasId, link, false));
        return change(shown, firstItemId);
    }

    private FitLink fitLink(long firstItemId, long secondItemId) {
        return ItemCommands.fitLink(item(firstItemId), item(secondItemId));
    }

    // ---- undo

    /** Undoes the user's last edit; refused, the stacks as they were, when a colleague changed that thing since. */
    public Change undo() {
        try {
            return history.undo(workspace).map(id -> change(id, 0)).orElseGet(() -> change(0, 0));
        } catch (AppException e) {
            throw versions.refusedUndo(e, true);
        }
    }

    public Change redo() {
        try {
            return history.redo(workspace).map(id -> change(id, 0)).orElseGet(() -> change(0, 0));
        } catch (AppException e) {
            throw versions.refusedUndo(e, false);
        }
    }

    private Change run(UndoableCommand command) {
        return change(history.execute(workspace, command), 0);
    }

    /** For use cases in this package that add their own commands to the one undo history. */
    public Change execute(UndoableCommand command, long focusItemId) {
        return change(history.execute(workspace, command), focusItemId);
    }

    /**
     * As {@link #execute}, for an import, which may write many records: SQLite first checks the file's pages
     * (quick_check), so nothing is poured into a damaged file, and a full disk is told as nothing imported.
     */
    public Change executeImport(UndoableCommand command) {
        try {
            workspace.checkIntact();
        } catch (StoreException e) {
            throw new AppException(e.getMessage(), e);
        }
        try {
            return execute(command, 0);
        } catch (AppException e) {
            if (e.getCause() instanceof DiskFullException full) {
                throw new AppException(full.saying("nothing was imported"), full);
            }
            if (e.getCause() instanceof ConnectionLostException lost) {
                throw new AppException(lost.saying("Nothing was imported"), lost);
            }
            throw e;
        }
    }

    /**
     * The one check before anything is written (every edit, undo and redo goes through the undo history, and
     * seeding calls it too): a read-only workspace refuses with the reason, which names the file.
     */
    public static void requireWritable(Workspace workspace) {
        workspace.readOnlyReason().ifPresent(reason -> {
            throw new AppException(reason);
        });
    }

    /** For use cases in this package that read or write beside the canvas (feedback, exports). */
    public Workspace workspace() {
        return workspace;
    }

    /** The versions of factors and rating cells this workbench showed and wrote, for the strategy use cases. */
    public StrategyVersions strategyVersions() {
        return versions.strategy();
    }

    public Clock clock() {
        return clock;
    }

    private Item item(long itemId) {
        return read(() -> workspace.items().find(itemId))
                .orElseThrow(() -> new AppException("There is no item with id " + itemId + " (it may have been deleted)"));
    }

    /** The state handed out after every edit and show: one read of the canvas, whose versions count as seen. */
    private Change change(long canvasId, long focusItemId) {
        Optional<CanvasContent> shown = canvasId == 0 ? Optional.empty()
                : read(() -> workspace.canvases().read(canvasId)).map(canvasRead -> {
                    versions.shown(canvasRead);
                    return canvasRead.content();
                });
        return new Change(library(), shown, focusItemId, history.state());
    }

    @Override
    public void close() {
        try {
            workspace.close();
        } catch (StoreException e) {
            throw new AppException(e.getMessage(), e);
        }
    }
}
