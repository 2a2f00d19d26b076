package org.valuebench.ui.history;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.valuebench.app.history.HistoryUseCases;
import org.valuebench.domain.history.CanvasVersion;
import org.valuebench.ui.workbench.WorkbenchViewModel;

/** The shown canvas's history: saving a version and the versions the History panel lists. */
public final class HistoryViewModel {
    private static final DateTimeFormatter SUGGESTED_NAME = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private final WorkbenchViewModel workbench;
    private final Clock clock;
    private final HistoryCompare compare;
    private static final String EMPTY = "No versions yet. File ▸ Save version… keeps one; ValueBench also keeps one"
            + " before a workshop, an import, a restore, and on the first edit of each day.";
    private final BooleanBinding canSave;
    private final ObservableList<CanvasVersion> versions = FXCollections.observableArrayList();

    /**
     * @param clock   dates the suggested name of a version
     * @param compare shows a comparison on the board
     */
    public HistoryViewModel(WorkbenchViewModel workbench, Clock clock, HistoryCompare compare) {
        this.workbench = workbench;
        this.clock = clock;
        this.compare = compare;
        this.canSave = workbench.canvasProperty().isNotNull().and(workbench.readOnlyReasonProperty().isEmpty());
        // Every committed change (an edit, undo, another canvas shown, a colleague's change) may add a version.
        workbench.revisionProperty().addListener(o -> reload());
        reload();
    }

    /** Whether File ▸ Save version… can save: a canvas is shown and the workspace can be changed. */
    public BooleanBinding canSaveProperty() {
        return canSave;
    }

    /** File ▸ Save version…: asks a name (the date suggested) and saves the shown canvas as a version. */
    public void saveVersion() {
        long canvasId = workbench.canvasId();
        if (canvasId == 0) {
            return;
        }
        String reason = workbench.readOnlyReasonProperty().get();
        if (!reason.isEmpty()) {
            workbench.notice("No version saved: " + reason);
            return;
        }
        String suggested = SUGGESTED_NAME.format(clock.instant().atZone(clock.getZone()));
        workbench.dialogs().askText("Save version", "Name of the version", suggested).ifPresent(name ->
                workbench.onDatabase(s -> new HistoryUseCases(s.current()).save(canvasId, name), this::saved,
                        e -> workbench.reportFailure("Cannot save the version", e)));
    }

    /** The shown canvas's versions, newest first; reloaded on the database thread after every change. */
    public ObservableList<CanvasVersion> versions() {
        return versions;
    }

    /** What the panel says while the canvas has no versions. */
    public String emptyText() {
        return EMPTY;
    }

    /** Reads the shown canvas's versions again (after every change, and when another canvas is shown). */
    void reload() {
        long canvasId = workbench.canvasId();
        if (canvasId == 0) {
            versions.clear();
            return;
        }
        workbench.onDatabase(s -> new HistoryUseCases(s.current()).versions(canvasId), list -> {
            if (workbench.canvasId() == canvasId) {
                versions.setAll(list);
            }
        }, e -> workbench.reportFailure("Cannot read the canvas's history", e));
    }

    /** Compares the version with the canvas as it is now, on the board. */
    public void compareWithNow(CanvasVersion version) {
        compare.compare(version.canvasId(), version.id(), 0);
    }

    /** Compares two versions on the board, the earlier one first. */
    public void compareWith(CanvasVersion version, CanvasVersion other) {
        CanvasVersion earlier = version.number() <= other.number() ? version : other;
        CanvasVersion later = earlier == version ? other : version;
        compare.compare(version.canvasId(), earlier.id(), later.id());
    }

    /**
     * Makes the version the canvas's content in one undoable step; the use case first keeps the current state as an
     * automatic version ("Before restore"), which the panel then lists.
     */
    public void restore(CanvasVersion version) {
        workbench.edit(s -> new HistoryUseCases(s.current()).restore(version.id()), done -> workbench.notice(
                "Restored version " + version.number() + " \u201c" + version.name()
                        + "\u201d; Edit ▸ Undo brings back the canvas as it was"),
                e -> workbench.reportFailure("Cannot restore the version", e));
    }

    /** Opens the version as a new canvas beside the others and shows it. */
    public void openAsNewCanvas(CanvasVersion version) {
        workbench.edit(s -> new HistoryUseCases(s.current()).openAsNewCanvas(version.id()), null,
                e -> workbench.reportFailure("Cannot open the version as a canvas", e));
    }

    /** Deletes one version after the user confirms; the others keep their numbers. */
    public void delete(CanvasVersion version) {
        if (!workbench.dialogs().confirm("Delete version", "Delete version " + version.number() + " \u201c"
                + version.name() + "\u201d? This cannot be undone; the other versions and the canvas stay as they are.",
                "Delete version")) {
            return;
        }
        workbench.onDatabase(s -> {
            new HistoryUseCases(s.current()).delete(version.id());
            return version;
        }, deleted -> {
            workbench.notice("Version " + deleted.number() + " deleted: " + deleted.name());
            reload();
        }, e -> workbench.reportFailure("Cannot delete the version", e));
    }

    private void saved(CanvasVersion version) {
        workbench.notice("Version " + version.number() + " saved: " + version.name());
        reload();
    }
}
