package org.valuebench.app.history;

import java.util.Optional;
import org.valuebench.app.Workbench;
import org.valuebench.domain.history.CanvasSnapshot;
import org.valuebench.domain.history.CanvasVersion;

/**
 * The sides of a comparison read from the open workbench: a canvas as it is now (content, workshop records and the
 * gap figures under the default filter, as the Gaps tab opens) or one of its stored versions.
 */
public final class CurrentSnapshots implements SnapshotSource {
    private final HistoryUseCases history;

    public CurrentSnapshots(Workbench workbench) {
        this.history = new HistoryUseCases(workbench);
    }

    @Override
    public CanvasSnapshot now(long canvasId) {
        return history.snapshotNow(canvasId);
    }

    @Override
    public CanvasSnapshot version(long canvasId, String numberOrName) {
        return history.snapshot(history.version(canvasId, numberOrName).id());
    }

    @Override
    public String describe(long canvasId, String numberOrName) {
        CanvasVersion version = history.version(canvasId, numberOrName);
        return "version " + version.number() + " (" + version.name() + ")";
    }

    @Override
    public Optional<String> latestKey(long canvasId) {
        return history.versions(canvasId).stream().findFirst().map(v -> Integer.toString(v.number()));
    }

    @Override
    public Optional<CanvasSnapshot> latestVersion(long canvasId) {
        return history.versions(canvasId).stream().findFirst().map(v -> history.snapshot(v.id()));
    }
}
