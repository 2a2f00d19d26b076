package org.valuebench.ui.board;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import org.valuebench.ui.workbench.WorkbenchViewModel;

/**
 * How large the board is drawn: 1 is actual size. Each workspace remembers its own level (a meeting room's
 * workspace stays large on the projector), read and written on the database thread through the window's model.
 */
public final class BoardZoom {
    public static final double MIN = 0.4;
    public static final double MAX = 2.5;
    private static final double STEP = 1.1;
    private final WorkbenchViewModel model;
    private final DoubleProperty scale = new SimpleDoubleProperty(this, "scale", 1);

    public BoardZoom(WorkbenchViewModel model) {
        this.model = model;
        model.whereProperty().addListener((obs, old, now) -> {
            if (!now.isEmpty()) {
                load();
            }
        });
        if (!model.whereProperty().get().isEmpty()) {
            load();
        }
    }

    public ReadOnlyDoubleProperty scaleProperty() {
        return scale;
    }

    public void zoomIn() {
        set(scale.get() * STEP);
    }

    public void zoomOut() {
        set(scale.get() / STEP);
    }

    public void actualSize() {
        set(1);
    }

    /** Sets the level (kept within {@link #MIN} and {@link #MAX}, to two decimals) and stores it for the workspace. */
    public void set(double level) {
        double kept = clamp(Math.round(level * 100) / 100.0);
        if (kept == scale.get()) {
            return;
        }
        scale.set(kept);
        model.onDatabase(session -> session.current().windowMemory().rememberBoardZoom(kept), stored -> { },
                error -> model.reportFailure("Cannot remember the zoom", error));
    }

    private void load() {
        model.onDatabase(session -> session.current().windowMemory().boardZoom(), level -> scale.set(clamp(level.orElse(1.0))),
                error -> model.reportFailure("Cannot read the zoom", error));
    }

    private static double clamp(double level) {
        return Math.max(MIN, Math.min(MAX, level));
    }
}
