package org.valuebench.ui.workbench;

import java.nio.file.Path;
import java.util.Set;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleLongProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.valuebench.analysis.FitAnalysis;
import org.valuebench.analysis.FitReport;
import org.valuebench.app.Change;
import org.valuebench.app.UndoState;
import org.valuebench.domain.CanvasContent;
import org.valuebench.domain.CanvasSummary;

/**
 * What the window shows of the open workspace, held on the JavaFX thread: the committed state of the last
 * {@link Change}, the selection, the undo labels and the status. {@link WorkbenchViewModel} hands it out read-only;
 * the opening and the edit runner write it.
 */
final class WorkbenchState {
    static final String OPENING = "Opening workspace…";

    final ReadOnlyObjectWrapper<WorkbenchViewModel.Phase> phase =
            new ReadOnlyObjectWrapper<>(WorkbenchViewModel.Phase.OPENING);
    final ReadOnlyObjectWrapper<Path> workspaceFile = new ReadOnlyObjectWrapper<>();
    /** Where the open workspace is: the file's path or the team workspace's address; empty before one is open. */
    final ReadOnlyStringWrapper where = new ReadOnlyStringWrapper("");
    /** True while the open workspace is a team workspace, whose address the title shows. */
    boolean team;
    final ReadOnlyStringWrapper refusal = new ReadOnlyStringWrapper("");
    final ReadOnlyStringWrapper readOnlyReason = new ReadOnlyStringWrapper("");
    final ObservableList<CanvasSummary> library = FXCollections.observableArrayList();
    final ObservableList<CanvasSummary> libraryView = FXCollections.unmodifiableObservableList(library);
    final ReadOnlyObjectWrapper<CanvasContent> canvas = new ReadOnlyObjectWrapper<>();
    final ReadOnlyObjectWrapper<FitReport> fit = new ReadOnlyObjectWrapper<>();
    final LongProperty selectedItemId = new SimpleLongProperty(0);
    final ReadOnlyObjectWrapper<Set<Long>> linkedToSelection = new ReadOnlyObjectWrapper<>(Set.of());
    final ReadOnlyObjectWrapper<UndoState> undoState = new ReadOnlyObjectWrapper<>(UndoState.EMPTY);
    final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper("Undo");
    final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper("Redo");
    final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(false);
    final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(false);
    final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("ValueBench");
    final ReadOnlyObjectWrapper<SaveStatus> status =
            new ReadOnlyObjectWrapper<>(SaveStatus.of(SaveStatus.Kind.OPENING, OPENING));
    final ReadOnlyStringWrapper openingTitle = new ReadOnlyStringWrapper(OPENING);
    final ReadOnlyStringWrapper openingDetail = new ReadOnlyStringWrapper("");
    final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper();
    final ReadOnlyLongWrapper createdCanvas = new ReadOnlyLongWrapper();

    WorkbenchState() {
        selectedItemId.addListener((obs, old, now) -> updateLinkedToSelection());
    }

    long canvasId() {
        CanvasContent content = canvas.get();
        return content == null ? 0 : content.canvas().id();
    }

    void status(SaveStatus.Kind kind, String text) {
        status.set(SaveStatus.of(kind, text));
    }

    /** Tells the views to redraw from the committed state, also after a failure that changed nothing. */
    void bumpRevision() {
        revision.set(revision.get() + 1);
    }

    /** Replaces what the window shows with a committed state. */
    void apply(Change change) {
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
        showUndo(change.undo());
        showTitle();
        bumpRevision();
    }

    /** "ValueBench — canvas"; for a team workspace also its address, as every window on it may look alike. */
    void showTitle() {
        CanvasContent content = canvas.get();
        String shown = content == null ? "ValueBench" : "ValueBench — " + content.canvas().name();
        title.set(team ? shown + " — " + where.get() : shown);
    }

    private void showUndo(UndoState undo) {
        undoState.set(undo);
        canUndo.set(undo.canUndo());
        canRedo.set(undo.canRedo());
        undoText.set(undo.undoLabel().map(l -> "Undo " + l).orElse("Undo"));
        redoText.set(undo.redoLabel().map(l -> "Redo " + l).orElse("Redo"));
    }

    private void updateLinkedToSelection() {
        long selected = selectedItemId.get();
        CanvasContent content = canvas.get();
        linkedToSelection.set(content == null || selected == 0 ? Set.of() : content.linkedTo(selected));
    }
}
