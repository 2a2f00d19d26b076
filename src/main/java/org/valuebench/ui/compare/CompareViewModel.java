package org.valuebench.ui.compare;

import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.valuebench.app.AppException;
import org.valuebench.app.Workbench;
import org.valuebench.app.history.Comparison;
import org.valuebench.app.history.HistoryUseCases;
import org.valuebench.domain.CanvasContent;
import org.valuebench.domain.MessageText;
import org.valuebench.domain.history.CanvasSnapshot;
import org.valuebench.domain.history.CanvasVersion;
import org.valuebench.ui.workbench.WorkbenchViewModel;

/**
 * What the compare view shows: nothing, or one comparison. Every comparison is read on the database thread (in
 * order with the edits) and shown on the JavaFX thread; a failure is reported and leaves what was shown.
 */
public final class CompareViewModel {
    private static final String FAILED = "Cannot compare";
    private final WorkbenchViewModel model;
    private final ReadOnlyObjectWrapper<ComparisonShown> shown = new ReadOnlyObjectWrapper<>(this, "shown");

    public CompareViewModel(WorkbenchViewModel model) {
        this.model = model;
        // A comparison belongs to the canvas it was made on: showing another ends it.
        model.canvasProperty().addListener((obs, old, now) -> {
            ComparisonShown current = shown.get();
            if (current != null && (now == null || !onCanvas(current, now.canvas().id()))) {
                close();
            }
        });
    }

    private static boolean onCanvas(ComparisonShown shown, long canvasId) {
        return shown.comparison().after().content().canvas().id() == canvasId
                || shown.comparison().before().content().canvas().id() == canvasId;
    }

    /** The comparison on show; null while not comparing. */
    public ReadOnlyObjectProperty<ComparisonShown> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    public boolean isComparing() {
        return shown.get() != null;
    }

    public void close() {
        shown.set(null);
    }

    /**
     * Compares two sides of one canvas, each a version's id or 0 for the canvas as it is now; the older side comes
     * first whatever the order given (now is the newest).
     */
    public void compare(long canvasId, long versionIdOrZeroForNow, long otherVersionIdOrZeroForNow) {
        model.onDatabase(session -> {
            HistoryUseCases history = new HistoryUseCases(session.current());
            Side a = side(history, canvasId, versionIdOrZeroForNow);
            Side b = side(history, canvasId, otherVersionIdOrZeroForNow);
            return a.order() <= b.order() ? shown(a, b) : shown(b, a);
        }, shown::set, e -> model.reportFailure(FAILED, e));
    }

    /** View ▸ Compare with latest version: the shown canvas's newest version with the canvas now. */
    public void compareWithLatest() {
        long canvasId = model.canvasId();
        if (canvasId == 0) {
            return;
        }
        model.onDatabase(session -> {
            HistoryUseCases history = new HistoryUseCases(session.current());
            List<CanvasVersion> versions = history.versions(canvasId);
            if (versions.isEmpty()) {
                throw new AppException("This canvas has no versions yet, so there is nothing to compare it with;"
                        + " File ▸ Save version… keeps one");
            }
            return shown(side(history, canvasId, versions.get(0).id()), side(history, canvasId, 0));
        }, shown::set, e -> model.reportFailure(FAILED, e));
    }

    /** Two canvases as they are now: {@code beforeId}'s cards matched to {@code afterId}'s by section and text. */
    public void compareCanvases(long beforeId, long afterId) {
        model.onDatabase(session -> {
            Workbench workbench = session.current();
            HistoryUseCases history = new HistoryUseCases(workbench);
            return shown(canvasSide(workbench, history, beforeId), canvasSide(workbench, history, afterId));
        }, shown::set, e -> model.reportFailure(FAILED, e));
    }

    /** One side: its name in the bar, its snapshot, and how late it is (version number; now is latest). */
    private record Side(String name, String label, CanvasSnapshot snapshot, long order) {
    }

    private static Side side(HistoryUseCases history, long canvasId, long versionId) {
        if (versionId == 0) {
            CanvasSnapshot now = history.snapshotNow(canvasId);
            return new Side("now", now.content().canvas().name() + " (now)", now, Long.MAX_VALUE);
        }
        CanvasVersion version = history.version(versionId);
        if (version.canvasId() != canvasId) {
            throw new AppException("Version " + version.number() + " " + MessageText.quote(version.name())
                    + " belongs to another canvas");
        }
        String name = "version " + version.number() + " " + MessageText.quote(version.name());
        return new Side(name, name, history.snapshot(versionId), version.number());
    }

    private static Side canvasSide(Workbench workbench, HistoryUseCases history, long canvasId) {
        CanvasContent content = workbench.canvas(canvasId);
        String name = MessageText.quote(content.canvas().name());
        return new Side(name, content.canvas().name() + " (now)", history.snapshotNow(canvasId), 0);
    }

    private static ComparisonShown shown(Side before, Side after) {
        return ComparisonShown.of(before.name(), after.name(),
                Comparison.of(before.label(), after.label(), before.snapshot(), after.snapshot()));
    }
}
