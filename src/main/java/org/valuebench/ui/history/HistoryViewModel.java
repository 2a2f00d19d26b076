package org.valuebench.ui.history;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.beans.binding.BooleanBinding;
import org.valuebench.app.history.HistoryUseCases;
import org.valuebench.domain.history.CanvasVersion;
import org.valuebench.ui.workbench.WorkbenchViewModel;

/** The shown canvas's history: saving a version and the versions the History panel lists. */
public final class HistoryViewModel {
    private static final DateTimeFormatter SUGGESTED_NAME = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private final WorkbenchViewModel workbench;
    private final Clock clock;
    private final HistoryCompare compare;
    private final BooleanBinding canSave;

    /**
     * @param clock   dates the suggested name of a version
     * @param compare shows a comparison on the board
     */
    public HistoryViewModel(WorkbenchViewModel workbench, Clock clock, HistoryCompare compare) {
        this.workbench = workbench;
        this.clock = clock;
        this.compare = compare;
        this.canSave = workbench.canvasProperty().isNotNull().and(workbench.readOnlyReasonProperty().isEmpty());
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

    private void saved(CanvasVersion version) {
        workbench.notice("Version " + version.number() + " saved: " + version.name());
    }
}
