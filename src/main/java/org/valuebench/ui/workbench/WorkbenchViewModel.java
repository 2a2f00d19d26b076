package org.valuebench.ui.workbench;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.collections.ObservableList;
import org.valuebench.analysis.FitReport;
import org.valuebench.app.AppException;
import org.valuebench.app.Change;
import org.valuebench.app.UndoState;
import org.valuebench.app.Workbench;
import org.valuebench.app.workspace.WorkspaceLocation;
import org.valuebench.domain.CanvasContent;
import org.valuebench.domain.CanvasSummary;
import org.valuebench.domain.InvalidInputException;
import org.valuebench.domain.Item;
import org.valuebench.domain.Section;

/**
 * The state of the window and every command on the workspace. Commands run on the database thread through
 * the {@link BackgroundRunner}; each returns the committed state ({@link Change}), which replaces what the
 * window shows, so the window never shows something that is not in the file. The state lives in
 * {@link WorkbenchState}, opening a workspace in {@link WorkspaceOpening}, running commands in {@link EditRunner}.
 */
public final class WorkbenchViewModel {

    public enum Phase { OPENING, READY, REFUSED }

    private final WorkbenchState state = new WorkbenchState();
    private final EditRunner edits;
    private final WorkspaceOpening opening;
    private final Dialogs dialogs;
    private final TeamFollowing team;

    private final RecentWorkspaces recent;
    private final TeamConnections connections;

    public WorkbenchViewModel(BackgroundRunner runner, WorkspaceOpener opener, Dialogs dialogs, Clock clock) {
        this(runner, opener, dialogs, clock, RecentWorkspaces.inMemory(), System.getenv());
    }

    /**
     * @param recent the workspaces opened last, for File ▸ Open recent
     * @param env    the environment, for PGPASSWORD when a team workspace is reopened from the recent list
     */
    public WorkbenchViewModel(BackgroundRunner runner, WorkspaceOpener opener, Dialogs dialogs, Clock clock,
                              RecentWorkspaces recent, Map<String, String> env) {
        this(runner, opener, dialogs, clock, recent, env, new FxTicker());
    }

    /** @param ticker the timer of what the window asks again every few seconds (who else is on a team workspace) */
    public WorkbenchViewModel(BackgroundRunner runner, WorkspaceOpener opener, Dialogs dialogs, Clock clock,
                              RecentWorkspaces recent, Map<String, String> env, Ticker ticker) {
        WorkbenchSession session = new WorkbenchSession(opener);
        this.dialogs = dialogs;
        this.recent = recent;
        this.edits = new EditRunner(runner, session, state, dialogs, clock);
        this.opening = new WorkspaceOpening(runner, session, state, edits, dialogs, recent);
        this.connections = new TeamConnections(opening, dialogs, recent, env);
        this.team = new TeamFollowing(runner, edits, state, ticker);
        // Each workspace opened (a file or a team's) is followed anew; a local file starts nothing.
        state.where.addListener((obs, old, now) -> team.follow());
    }

    // ---- state

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return state.phase.getReadOnlyProperty();
    }

    /** What the window says while the workspace opens: "Opening workspace…", or that an older file is upgraded. */
    public ReadOnlyStringProperty openingTitleProperty() {
        return state.openingTitle.getReadOnlyProperty();
    }

    /** More about an upgrade under way (that it happens once, where the copy is); empty otherwise. */
    public ReadOnlyStringProperty openingDetailProperty() {
        return state.openingDetail.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Path> workspaceFileProperty() {
        return state.workspaceFile.getReadOnlyProperty();
    }

    /** Where the open workspace is: the file's path or the team workspace's address; empty before one opens. */
    public ReadOnlyStringProperty whereProperty() {
        return state.where.getReadOnlyProperty();
    }

    /** Why the workspace could not be opened, naming the file; empty while none was refused. */
    public ReadOnlyStringProperty refusalProperty() {
        return state.refusal.getReadOnlyProperty();
    }

    /**
     * On a team workspace, who else is here ("Team workspace · also here: anna, ben") or that the connection is
     * lost; empty for a local file.
     */
    public ReadOnlyStringProperty teamStatusProperty() {
        return team.statusProperty();
    }

    /** Why the open workspace cannot be changed, naming the file; empty while it can be (the usual case). */
    public ReadOnlyStringProperty readOnlyReasonProperty() {
        return state.readOnlyReason.getReadOnlyProperty();
    }

    public ObservableList<CanvasSummary> library() {
        return state.libraryView;
    }

    /** The canvas shown, or null when the workspace has none. */
    public ReadOnlyObjectProperty<CanvasContent> canvasProperty() {
        return state.canvas.getReadOnlyProperty();
    }

    public Optional<CanvasContent> canvas() {
        return Optional.ofNullable(state.canvas.get());
    }

    public long canvasId() {
        return state.canvasId();
    }

    public ReadOnlyObjectProperty<FitReport> fitProperty() {
        return state.fit.getReadOnlyProperty();
    }

    /** The selected item's id, 0 for none; views set it when a card is clicked or focused. */
    public LongProperty selectedItemIdProperty() {
        return state.selectedItemId;
    }

    public Optional<Item> selectedItem() {
        return canvas().flatMap(c -> c.item(state.selectedItemId.get()));
    }

    public void select(long itemId) {
        state.selectedItemId.set(itemId);
    }

    /** The ids of the items linked to the selected one, for highlighting. */
    public ReadOnlyObjectProperty<Set<Long>> linkedToSelectionProperty() {
        return state.linkedToSelection.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<UndoState> undoStateProperty() {
        return state.undoState.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty undoTextProperty() {
        return state.undoText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoTextProperty() {
        return state.redoText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return state.canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return state.canRedo.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return state.title.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SaveStatus> statusProperty() {
        return state.status.getReadOnlyProperty();
    }

    /** Counts every state replacement and failed command, so views can redraw from committed state. */
    public ReadOnlyIntegerProperty revisionProperty() {
        return state.revision.getReadOnlyProperty();
    }

    /** The id of the canvas the last "new canvas" created, so the view can put the cursor on its name. */
    public ReadOnlyLongProperty createdCanvasProperty() {
        return state.createdCanvas.getReadOnlyProperty();
    }

    public Dialogs dialogs() {
        return dialogs;
    }

    // ---- workspace

    /** Opens the workspace at {@code location} and shows the canvas shown there last. */
    public void open(WorkspaceLocation location) {
        opening.open(location, false);
    }

    public void chooseWorkspaceToOpen() {
        dialogs.chooseWorkspaceToOpen(opening.currentFolder())
                .ifPresent(file -> opening.open(new WorkspaceLocation(file, false), false));
    }

    public void chooseNewWorkspace() {
        dialogs.chooseNewWorkspace(opening.currentFolder())
                .ifPresent(file -> opening.open(new WorkspaceLocation(file, false), true));
    }

    /** File ▸ Connect to team workspace…: asks where, then opens it as any workspace is opened. */
    public void connectToTeam() {
        connections.connect();
    }

    /** File ▸ Open recent: the workspaces opened last, newest first, without passwords. */
    public ObservableList<String> recentWorkspaces() {
        return recent.entries();
    }

    public void openRecent(String entry) {
        connections.openRecent(entry);
    }

    /** Closes the workbench on the database thread after every queued edit, then stops that thread. */
    public void close() {
        team.stop();
        edits.close();
    }

    public boolean isClosed() {
        return edits.isClosed();
    }

    // ---- canvases

    public void showCanvas(long canvasId) {
        if (canvasId == canvasId() || canvasId == 0) {
            return;
        }
        edits.read(wb -> wb.show(canvasId));
    }

    public void createCanvas(String name) {
        edits.change(wb -> wb.createCanvas(name), created -> created.canvas()
                .ifPresent(c -> state.createdCanvas.set(c.canvas().id())), null);
    }

    public void duplicateCanvas(long canvasId) {
        edits.change(wb -> wb.duplicateCanvas(canvasId));
    }

    public void renameCanvas(long canvasId, String name) {
        edits.change(wb -> wb.renameCanvas(canvasId, name));
    }

    public void updateCanvasInfo(String name, String segment, String offering, String notes) {
        long id = canvasId();
        if (id != 0) {
            edits.change(wb -> wb.updateCanvasInfo(id, name, segment, offering, notes));
        }
    }

    public void deleteCanvas(long canvasId) {
        edits.change(wb -> wb.deleteCanvas(canvasId));
    }

    /** A name no canvas in the library has yet: "Untitled canvas", "Untitled canvas 2", … */
    public String unusedCanvasName(String base) {
        Set<String> taken = new java.util.HashSet<>();
        state.library.forEach(c -> taken.add(c.name().toLowerCase(java.util.Locale.ROOT)));
        String name = base;
        for (int n = 2; taken.contains(name.toLowerCase(java.util.Locale.ROOT)); n++) {
            name = base + " " + n;
        }
        return name;
    }

    // ---- items

    /** Adds an item at the end of {@code section}; blank text adds nothing. */
    public void addItem(Section section, String text, Runnable onFailure) {
        long id = canvasId();
        if (id == 0 || text == null || text.isBlank()) {
            return;
        }
        edits.change(wb -> wb.addItem(id, section, text, -1), null, onFailure);
    }

    /** Edits the freshest stored version of an item, so edits queued one after the other never undo each other. */
    public void editItem(long itemId, UnaryOperator<Item> edit, Runnable onFailure) {
        long id = canvasId();
        edits.change(wb -> {
            Item fresh = wb.canvas(id).item(itemId)
                    .orElseThrow(() -> new AppException("The item was deleted before the edit reached it"));
            return wb.updateItem(edit.apply(fresh));
        }, null, onFailure);
    }

    public void deleteItem(long itemId) {
        edits.change(wb -> wb.deleteItem(itemId));
    }

    /** Moves an item to {@code index} of {@code section} (index counted without the moved item). */
    public void moveItem(long itemId, Section section, int index) {
        edits.change(wb -> wb.moveItem(itemId, section, index));
    }

    /**
     * Move to section…: moves an item to the end of any section, as one undoable step. Into another group it says
     * what changes (see {@link SectionMoves}), and asks first when fit links would be removed.
     */
    public void moveToSection(long itemId, Section target) {
        Item item = canvas().flatMap(c -> c.item(itemId)).orElse(null);
        if (item == null || item.section() == target) {
            return;
        }
        int links = canvas().map(c -> c.linkedTo(itemId).size()).orElse(0);
        String changes = SectionMoves.changes(item, target, links);
        if (links > 0 && !changes.isEmpty()
                && !dialogs.confirm("Move to " + target.title(), changes, "Move and remove links")) {
            return;
        }
        edits.change(wb -> wb.moveItemToSection(itemId, target), done -> {
            if (!changes.isEmpty()) {
                notice(changes);
            }
        }, null);
    }

    /** Says why a card cannot be dropped where the user tried, without changing anything. */
    public void refuseMove(Item item, Section target) {
        notice(item.section().title() + " items are dragged only within " + item.section().group().title()
                + "; to move one to " + target.title() + ", use Move to section… (Ctrl+M)");
    }

    /**
     * Links two cards, one dragged onto the other with Ctrl or Alt held, as one undoable step; a pair a fit link
     * cannot join (two offering items, an alternative) changes nothing and the status bar says why.
     */
    public void linkByDrag(Item from, Item to) {
        if (from.id() == to.id()) {
            return;
        }
        boolean joinable = from.isOffering() && to.isCustomer() || from.isCustomer() && to.isOffering();
        if (!joinable) {
            Item odd = from.isOffering() || from.isCustomer() ? to : from;
            String why = odd.isOffering() || odd.isCustomer()
                    ? "both cards are in the " + odd.section().group().title().toLowerCase()
                    : odd.section().title() + " take no fit links";
            notice("Not linked: " + why + "; a fit link joins an offering item to a customer item");
        } else if (canvas().map(c -> c.linkedTo(from.id()).contains(to.id())).orElse(false)) {
            notice("“" + from.text() + "” and “" + to.text() + "” are linked already");
        } else {
            link(from.id(), to.id());
        }
    }

    public void link(long firstItemId, long secondItemId) {
        edits.change(wb -> wb.link(firstItemId, secondItemId));
    }

    public void unlink(long firstItemId, long secondItemId) {
        edits.change(wb -> wb.unlink(firstItemId, secondItemId));
    }

    // ---- undo

    public void undo() {
        if (state.canUndo.get()) {
            edits.change(Workbench::undo);
        }
    }

    public void redo() {
        if (state.canRedo.get()) {
            edits.change(Workbench::redo);
        }
    }

    // ---- for the other view models of the window

    /**
     * Runs an edit on the database thread (for the other view models of the window) and shows its committed
     * state. {@code onDone} runs after the status says the edit is saved, so it may put its own notice there;
     * {@code onFailure} must tell the user (see {@link #reportFailure(String, RuntimeException)}).
     */
    public void edit(Function<WorkbenchSession, Change> work, Consumer<Change> onDone,
                     Consumer<RuntimeException> onFailure) {
        edits.edit(work, onDone, onFailure);
    }

    /** Reads on the database thread, in order with the edits, and hands the result to the JavaFX thread. */
    public <T> void onDatabase(Function<WorkbenchSession, T> work, Consumer<T> onResult,
                               Consumer<RuntimeException> onFailure) {
        edits.onDatabase(work, onResult, onFailure);
    }

    /** Says something in the status bar that is neither saving nor an error. */
    public void notice(String text) {
        state.status(SaveStatus.Kind.NOTICE, text);
    }

    /**
     * A failed edit of a feature's own (the Strategy tab's): one refused because a colleague changed the same thing
     * shows both versions and lets the user choose, as an item's does; any other is reported as below.
     */
    public void failed(String title, RuntimeException error) {
        edits.failed(title, error);
    }

    /** Shows a failed command in the status bar and in an alert titled {@code title}. */
    public void reportFailure(String title, RuntimeException error) {
        edits.reportFailure(title, error);
    }

    /** The user-facing text of a failure; anything but our own exceptions is a bug and also goes to the log. */
    public static String messageOf(RuntimeException error) {
        if (error instanceof AppException || error instanceof InvalidInputException) {
            return error.getMessage();
        }
        System.getLogger(WorkbenchViewModel.class.getName()).log(System.Logger.Level.ERROR, "unexpected error", error);
        return "Unexpected error: " + error;
    }
}
