package org.valuebench.app.history;

import java.time.Clock;
import java.util.List;
import org.valuebench.app.UndoableCommand;
import org.valuebench.app.WorkshopCopies;
import org.valuebench.domain.CanvasContent;
import org.valuebench.domain.history.CanvasSnapshot;
import org.valuebench.domain.history.CanvasVersion;
import org.valuebench.domain.history.VersionCause;
import org.valuebench.store.CanvasWorkshopRows;
import org.valuebench.store.Workspace;

/**
 * Restores a version as one undoable step: the first time it keeps the current state as an automatic version
 * (cause RESTORE), then makes the version's content and workshops the canvas's; undo brings back the state before
 * (items, links, strategy, the workshops' own rows, parked feedback). The automatic version stays: only a person
 * deletes versions.
 */
final class RestoreVersion implements UndoableCommand {
    private final CanvasVersion version;
    private final CanvasSnapshot target;
    private final CanvasContent before;
    private final PendingVersion keepCurrent;
    private final Clock clock;
    private boolean kept;
    private CanvasWorkshopRows workshopsBefore;
    private List<Long> parked = List.of();

    /** A version to store when the command first runs: its bytes and summary were worked out beforehand. */
    record PendingVersion(long canvasId, String author, String summary, byte[] content) {
    }

    RestoreVersion(CanvasVersion version, CanvasSnapshot target, CanvasContent before, PendingVersion keepCurrent,
                   Clock clock) {
        this.version = version;
        this.target = target;
        this.before = before;
        this.keepCurrent = keepCurrent;
        this.clock = clock;
    }

    @Override
    public String label() {
        return "Restore version " + version.number();
    }

    @Override
    public long apply(Workspace ws) {
        long canvasId = version.canvasId();
        if (!kept) {
            ws.versions().insert(canvasId, VersionCause.RESTORE.defaultName(), VersionCause.RESTORE,
                    keepCurrent.author(), clock.instant(), keepCurrent.summary(), keepCurrent.content());
            kept = true;
        }
        workshopsBefore = ws.workshops().workshopRowsOfCanvas(canvasId);
        ws.workshops().deleteOfCanvas(canvasId);
        CanvasReplacement.Done done = CanvasReplacement.replace(ws, canvasId, target.content(), clock.instant());
        parked = done.parkedFeedback();
        WorkshopCopies.insert(ws, target.content(), done.stored(), target.workshops());
        return canvasId;
    }

    @Override
    public long revert(Workspace ws) {
        long canvasId = version.canvasId();
        ws.workshops().deleteOfCanvas(canvasId);
        CanvasReplacement.Done done = CanvasReplacement.replace(ws, canvasId, before, clock.instant());
        done.parkedFeedback().forEach(ws.feedback()::discard); // the restore's own items had none of their own
        parked.forEach(ws.feedback()::unpark);
        ws.workshops().restore(workshopsBefore);
        return canvasId;
    }
}
