package org.valuebench.ui.workbench;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleLongProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.valuebench.analysis.FitAnalysis;
import org.valuebench.analysis.FitReport;
import org.valuebench.app.AppException;
import org.valuebench.app.Change;
import org.valuebench.app.UndoState;
import org.valuebench.app.Workbench;
import org.valuebench.app.WriterWaitListener;
import org.valuebench.app.workspace.WorkspaceLocation;
import org.valuebench.domain.CanvasContent;
import org.valuebench.domain.CanvasSummary;
import org.valuebench.domain.InvalidInputException;
import org.valuebench.domain.Item;
import org.valuebench.domain.Section;

/**
 * The state of the window and every command on the workspace. Commands run on the database thread through
 * the {@link BackgroundRunner}; each returns the committed state ({@link Change}), which replaces what the
 * window shows, so the window never shows something that is not in the file.
 */
public final class WorkbenchViewModel {

    public enum Phase { OPENING, READY, REFUSED }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final String OPENING = "Opening workspace…";
    private static final String WAITING = "Waiting for another program writing to ";
    private final BackgroundRunner runner;
    private final WorkbenchSession session;
    private final Dialogs dialogs;
    private final Clock clock;

    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(Phase.OPENING);
    private final ReadOnlyObjectWrapper<Path> workspaceFile = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper refusal = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper readOnlyReason = new ReadOnlyStringWrapper("");
    private final ObservableList<CanvasSummary> library = FXCollections.observableArrayList();
    private final ObservableList<CanvasSummary> libraryView = FXCollections.unmodifiableObservableList(library);
    private final ReadOnlyObjectWrapper<CanvasContent> canvas = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<FitReport> fit = new ReadOnlyObjectWrapper<>();
    private final LongProperty selectedItemId = new SimpleLongProperty(0);
    private final ReadOnlyObjectWrapper<Set<Long>> linkedToSelection = new ReadOnlyObjectWrapper<>(Set.of());
    private final ReadOnlyObjectWrapper<UndoState> undoState = new ReadOnlyObjectWrapper<>(UndoState.EMPTY);
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper("Undo");
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper("Redo");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("ValueBench");
    private final ReadOnlyObjectWrapper<SaveStatus> status =
            new ReadOnlyObjectWrapper<>(SaveStatus.of(SaveStatus.Kind.OPENING, OPENING));
    private final ReadOnlyStringWrapper openingTitle = new ReadOnlyStringWrapper(OPENING);
    private final ReadOnlyStringWrapper openingDetail = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper();
    private final ReadOnlyLongWrapper createdCanvas = new ReadOnlyLongWrapper();
    private int editsInFlight;
    private boolean closed;

    public WorkbenchViewModel(BackgroundRunner runner, WorkspaceOpener opener, Dialogs dialogs, Clock clock) {
        this.runner = runner;
        this.session = new WorkbenchSession(opener);
        this.dialogs = dialogs;
        this.clock = clock;
        selectedItemId.addListener((obs, old, now) -> updateLinkedToSelection());
    }

    // ---- state

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    /** What the window says while the workspace opens: "Opening workspace…", or that an older file is upgraded. */
    public ReadOnlyStringProperty openingTitleProperty() {
        return openingTitle.getReadOnlyProperty();
    }

    /** More about an upgrade under way (that it happens once, where the copy is); empty otherwise. */
    public ReadOnlyStringProperty openingDetailProperty() {
        return openingDetail.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Path> workspaceFileProperty() {
        return workspaceFile.getReadOnlyProperty();
    }

    /** Why the workspace could not be opened, naming the file; empty while none was refused. */
    public ReadOnlyStringProperty refusalProperty() {
        return refusal.getReadOnlyProperty();
    }

    /** Why the open workspace cannot be changed, naming the file; empty while it can be (the usual case). */
    public ReadOnlyStringProperty readOnlyReasonProperty() {
        return readOnlyReason.getReadOnlyProperty();
    }

    public ObservableList<CanvasSummary> library() {
        return libraryView;
    }

    /** The canvas shown, or null when the workspace has none. */
    public ReadOnlyObjectProperty<CanvasContent> canvasProperty() {
        return canvas.getReadOnlyProperty();
    }

    public Optional<CanvasContent> canvas() {
        return Optional.ofNullable(canvas.get());
    }

    public long canvasId() {
        return canvas().map(c -> c.canvas().id()).orElse(0L);
    }

    public ReadOnlyObjectProperty<FitReport> fitProperty() {
        return fit.getReadOnlyProperty();
    }

    /** The selected item's id, 0 for none; views set it when a card is clicked or focused. */
    public LongProperty selectedItemIdProperty() {
        return selectedItemId;
    }

    public Optional<Item> selectedItem() {
        return canvas().flatMap(c -> c.item(selectedItemId.get()));
    }

    public void select(long itemId) {
        selectedItemId.set(itemId);
    }

    /** The ids of the items linked to the selected one, for highlighting. */
    public ReadOnlyObjectProperty<Set<Long>> linkedToSelectionProperty() {
        return linkedToSelection.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<UndoState> undoStateProperty() {
        return undoState.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoTextProperty() {
        return redoText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SaveStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Counts every state replacement and failed command, so views can redraw from committed state. */
    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /** The id of the canvas the last "new canvas" created, so the view can put the cursor on its name. */
    public ReadOnlyLongProperty createdCanvasProperty() {
        return createdCanvas.getReadOnlyProperty();
    }

    public Dialogs dialogs() {
        return dialogs;
    }

    // ---- workspace

    /** Opens the workspace at {@code location} and shows the canvas shown there last. */
    public void open(WorkspaceLocation location) {
        openWorkspace(location, false);
    }

    public void chooseWorkspaceToOpen() {
        dialogs.chooseWorkspaceToOpen(currentFolder())
                .ifPresent(file -> openWorkspace(new WorkspaceLocation(file, false), false));
    }

    public void chooseNewWorkspace() {
        dialogs.chooseNewWorkspace(currentFolder())
                .ifPresent(file -> openWorkspace(new WorkspaceLocation(file, false), true));
    }

    private Path currentFolder() {
        Path file = workspaceFile.get();
        return file == null ? null : file.getParent();
    }

    private void openWorkspace(WorkspaceLocation location, boolean mustBeNew) {
        if (closed) {
            return;
        }
        boolean hadWorkspace = workspaceFile.get() != null;
        if (!hadWorkspace) {
            phase.set(Phase.OPENING);
        }
        status.set(SaveStatus.of(SaveStatus.Kind.OPENING, "Opening " + location.file().getFileName() + "…"));
        openingTitle.set(OPENING);
        openingDetail.set("");
        runner.submit(() -> {
            Workbench workbench = session.switchTo(location, mustBeNew,
                    backup -> runner.report(() -> upgrading(location.file(), backup)));
            // An edit is never refused because a command-line import writes: it waits in line, and says so.
            workbench.waitForWriters(WriterWaitListener.NO_LIMIT, new WriterWaitListener() {
                @Override
                public void waiting(Path file) {
                    runner.report(() -> waitingForAnotherWriter(file));
                }

                @Override
                public void resumed(Path file, java.time.Duration waited) {
                    runner.report(() -> anotherWriterFinished());
                }
            });
            Change shown = firstCanvas(workbench);
            shown.canvas().ifPresent(c -> session.rememberShown(c.canvas().id()));
            return new Opened(workbench.file(), shown, workbench.readOnlyReason().orElse(""));
        }, opened -> {
            workspaceFile.set(opened.file());
            refusal.set("");
            readOnlyReason.set(opened.readOnlyReason());
            phase.set(Phase.READY);
            selectedItemId.set(0);
            apply(opened.change());
            status.set(opened.readOnlyReason().isEmpty() ? saved() : SaveStatus.of(SaveStatus.Kind.NOTICE,
                    "Read-only: " + opened.file().getFileName() + " can be read and exported, not changed"));
        }, error -> {
            String message = messageOf(error);
            if (hadWorkspace) {
                status.set(SaveStatus.of(SaveStatus.Kind.ERROR, message));
                dialogs.showError("Cannot open workspace", message);
            } else {
                refusal.set(message);
                phase.set(Phase.REFUSED);
                status.set(SaveStatus.of(SaveStatus.Kind.ERROR, message));
            }
            revision.set(revision.get() + 1);
        });
    }

    private void waitingForAnotherWriter(Path file) {
        status.set(SaveStatus.of(SaveStatus.Kind.SAVING, WAITING + file.getFileName() + "…"));
    }

    private void anotherWriterFinished() {
        if (status.get().text().startsWith(WAITING)) {
            status.set(SaveStatus.of(SaveStatus.Kind.SAVING, "Saving…"));
        }
    }

    private void upgrading(Path file, Path backup) {
        String name = String.valueOf(file.getFileName());
        openingTitle.set("Upgrading " + name + " for this version of ValueBench…");
        openingDetail.set("This happens once; with much feedback it can take a minute.\nThe file as it was is kept"
                + " beside it as " + backup.getFileName() + ".");
        status.set(SaveStatus.of(SaveStatus.Kind.OPENING, "Upgrading " + name + " (a copy as it was: "
                + backup.getFileName() + ")…"));
    }

    private static Change firstCanvas(Workbench workbench) {
        Optional<Long> last = workbench.lastCanvas();
        if (last.isPresent()) {
            return workbench.show(last.get());
        }
        List<CanvasSummary> library = workbench.library();
        return library.isEmpty() ? workbench.show(0) : workbench.show(library.get(0).id());
    }

    private record Opened(Path file, Change change, String readOnlyReason) {
    }

    /** Closes the workbench on the database thread after every queued edit, then stops that thread. */
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        runner.submit(() -> {
            session.close();
            return Boolean.TRUE;
        }, done -> { }, this::reportFailure);
        runner.shutdown(java.time.Duration.ofSeconds(15));
    }

    public boolean isClosed() {
        return closed;
    }

    // ---- canvases

    public void showCanvas(long canvasId) {
        if (canvasId == canvasId() || canvasId == 0) {
            return;
        }
        read(wb -> wb.show(canvasId));
    }

    public void createCanvas(String name) {
        change(wb -> wb.createCanvas(name), created -> created.canvas()
                .ifPresent(c -> createdCanvas.set(c.canvas().id())), null);
    }

    public void duplicateCanvas(long canvasId) {
        change(wb -> wb.duplicateCanvas(canvasId));
    }

    public void renameCanvas(long canvasId, String name) {
        change(wb -> wb.renameCanvas(canvasId, name));
    }

    public void updateCanvasInfo(String name, String segment, String offering, String notes) {
        long id = canvasId();
        if (id != 0) {
            change(wb -> wb.updateCanvasInfo(id, name, segment, offering, notes));
        }
    }

    public void deleteCanvas(long canvasId) {
        change(wb -> wb.deleteCanvas(canvasId));
    }

    // ---- items

    /** Adds an item at the end of {@code section}; blank text adds nothing. */
    public void addItem(Section section, String text, Runnable onFailure) {
        long id = canvasId();
        if (id == 0 || text == null || text.isBlank()) {
            return;
        }
        change(wb -> wb.addItem(id, section, text, -1), null, onFailure);
    }

    /** Edits the freshest stored version of an item, so edits queued one after the other never undo each other. */
    public void editItem(long itemId, UnaryOperator<Item> edit, Runnable onFailure) {
        long id = canvasId();
        change(wb -> {
            Item fresh = wb.canvas(id).item(itemId)
                    .orElseThrow(() -> new AppException("The item was deleted before the edit reached it"));
            return wb.updateItem(edit.apply(fresh));
        }, null, onFailure);
    }

    public void deleteItem(long itemId) {
        change(wb -> wb.deleteItem(itemId));
    }

    /** Moves an item to {@code index} of {@code section} (index counted without the moved item). */
    public void moveItem(long itemId, Section section, int index) {
        change(wb -> wb.moveItem(itemId, section, index));
    }

    /** Says why a card cannot be dropped where the user tried, without changing anything. */
    public void refuseMove(Item item, Section target) {
        status.set(SaveStatus.of(SaveStatus.Kind.NOTICE, item.section().title() + " items can only move within "
                + item.section().group().title() + ", not to " + target.title()));
    }

    public void link(long firstItemId, long secondItemId) {
        change(wb -> wb.link(firstItemId, secondItemId));
    }

    public void unlink(long firstItemId, long secondItemId) {
        change(wb -> wb.unlink(firstItemId, secondItemId));
    }

    // ---- undo

    public void undo() {
        if (canUndo.get()) {
            change(Workbench::undo);
        }
    }

    public void redo() {
        if (canRedo.get()) {
            change(Workbench::redo);
        }
    }

    // ---- running commands

    private void read(Function<Workbench, Change> work) {
        if (closed) {
            return;
        }
        long shown = canvasId();
        runner.submit(() -> shown(work.apply(session.current()), shown), this::apply, this::reportFailure);
    }

    private void change(Function<Workbench, Change> work) {
        change(work, null, null);
    }

    private void change(Function<Workbench, Change> work, Consumer<Change> onDone, Runnable onFailure) {
        edit(s -> work.apply(s.current()), onDone, error -> {
            if (onFailure != null) {
                onFailure.run();
            }
            reportFailure(error);
        });
    }

    /**
     * Runs an edit on the database thread (for the other view models of the window) and shows its committed
     * state. {@code onDone} runs after the status says the edit is saved, so it may put its own notice there;
     * {@code onFailure} must tell the user (see {@link #reportFailure(String, RuntimeException)}).
     */
    public void edit(Function<WorkbenchSession, Change> work, Consumer<Change> onDone, Consumer<RuntimeException> onFailure) {
        if (closed) {
            return;
        }
        if (!readOnlyReason.get().isEmpty()) {
            // Refused here, before "Saving…" shows; the workbench would refuse it with the same words.
            onFailure.accept(new AppException(readOnlyReason.get()));
            return;
        }
        long shown = canvasId();
        editsInFlight++;
        status.set(SaveStatus.of(SaveStatus.Kind.SAVING, "Saving…"));
        runner.submit(() -> shown(work.apply(session), shown), result -> {
            editsInFlight--;
            apply(result);
            if (editsInFlight == 0 && status.get().kind() != SaveStatus.Kind.ERROR) {
                status.set(saved());
            }
            if (onDone != null) {
                onDone.accept(result);
            }
        }, error -> {
            editsInFlight--;
            onFailure.accept(error);
            followReadOnlyReason();
        });
    }

    /**
     * A write can find the file damaged mid-session; from then on the workbench refuses every write, and the
     * window says so in its banner instead of failing edit after edit.
     */
    private void followReadOnlyReason() {
        onDatabase(s -> s.current().readOnlyReason().orElse(""), reason -> {
            if (!reason.isEmpty()) {
                readOnlyReason.set(reason);
            }
        }, error -> {
            // Only a field is read; the edit's own failure has already been reported to the user.
        });
    }

    /** Reads on the database thread, in order with the edits, and hands the result to the JavaFX thread. */
    public <T> void onDatabase(Function<WorkbenchSession, T> work, Consumer<T> onResult, Consumer<RuntimeException> onFailure) {
        if (!closed) {
            runner.submit(() -> work.apply(session), onResult, onFailure);
        }
    }

    /** Says something in the status bar that is neither saving nor an error. */
    public void notice(String text) {
        status.set(SaveStatus.of(SaveStatus.Kind.NOTICE, text));
    }

    /**
     * Runs on the database thread: when an edit leaves no canvas to show (deleted, or its creation undone)
     * it shows the one shown before if it still exists, else the first; and it remembers the shown canvas.
     */
    private Change shown(Change change, long shownBefore) {
        Change result = change;
        if (change.canvas().isEmpty() && !change.library().isEmpty()) {
            long next = change.library().stream().anyMatch(c -> c.id() == shownBefore)
                    ? shownBefore : change.library().get(0).id();
            result = session.current().show(next);
        }
        result.canvas().ifPresent(c -> session.rememberShown(c.canvas().id()));
        return result;
    }

    private void apply(Change change) {
        if (!library.equals(change.library())) {
            library.setAll(change.library());
        }
        CanvasContent content = change.canvas().orElse(null);
        long previousCanvas = canvasId();
        canvas.set(content);
        fit.set(content == null ? null : FitAnalysis.of(content));
        if (change.focusItemId() != 0) {
            selectedItemId.set(change.focusItemId());
        } else if (content == null || content.canvas().id() != previousCanvas
                || content.item(selectedItemId.get()).isEmpty()) {
            selectedItemId.set(0);
        }
        updateLinkedToSelection();
        UndoState undo = change.undo();
        undoState.set(undo);
        canUndo.set(undo.canUndo());
        canRedo.set(undo.canRedo());
        undoText.set(undo.undoLabel().map(l -> "Undo " + l).orElse("Undo"));
        redoText.set(undo.redoLabel().map(l -> "Redo " + l).orElse("Redo"));
        title.set(content == null ? "ValueBench" : "ValueBench — " + content.canvas().name());
        revision.set(revision.get() + 1);
    }

    private void updateLinkedToSelection() {
        long selected = selectedItemId.get();
        CanvasContent content = canvas.get();
        linkedToSelection.set(content == null || selected == 0 ? Set.of() : content.linkedTo(selected));
    }

    private void reportFailure(RuntimeException error) {
        reportFailure("ValueBench", error);
    }

    /** Shows a failed command in the status bar and in an alert titled {@code title}. */
    public void reportFailure(String title, RuntimeException error) {
        String message = messageOf(error);
        status.set(SaveStatus.of(SaveStatus.Kind.ERROR, message));
        revision.set(revision.get() + 1);
        dialogs.showError(title, message);
    }

    /** The user-facing text of a failure; anything but our own exceptions is a bug and also goes to stderr. */
    public static String messageOf(RuntimeException error) {
        if (error instanceof AppException || error instanceof InvalidInputException) {
            return error.getMessage();
        }
        error.printStackTrace();
        return "Unexpected error: " + error;
    }

    private SaveStatus saved() {
        return SaveStatus.of(SaveStatus.Kind.SAVED, "All changes saved · " + LocalTime.now(clock).format(TIME));
    }

    /** A name no canvas in the library has yet: "Untitled canvas", "Untitled canvas 2", … */
    public String unusedCanvasName(String base) {
        Set<String> taken = new java.util.HashSet<>();
        library.forEach(c -> taken.add(c.name().toLowerCase(java.util.Locale.ROOT)));
        String name = base;
        for (int n = 2; taken.contains(name.toLowerCase(java.util.Locale.ROOT)); n++) {
            name = base + " " + n;
        }
        return name;
    }
}
