package org.valuebench.app.history;

import java.util.List;
import java.util.Optional;
import org.valuebench.analysis.CrosshairMode;
import org.valuebench.app.AppException;
import org.valuebench.app.Workbench;
import org.valuebench.app.feedback.GapUseCases;
import org.valuebench.app.workshop.WorkshopUseCases;
import org.valuebench.domain.CanvasContent;
import org.valuebench.domain.FeedbackFilter;
import org.valuebench.domain.MessageText;
import org.valuebench.domain.history.CanvasSnapshot;
import org.valuebench.domain.history.PromiseStanding;
import org.valuebench.domain.workshop.WorkshopRecord;

/**
 * The canvases as they are now, read from the open workbench: content, workshop records and the gap figures under
 * the default filter (all feedback, the customers' voice), as the Gaps tab opens. Versions are not stored yet by
 * this part of the program: every canvas answers that it has none (the history's store takes over the version
 * lookups when it is wired in).
 */
public final class CurrentSnapshots implements SnapshotSource {
    private final Workbench workbench;
    private final GapUseCases gaps;
    private final WorkshopUseCases workshops;

    public CurrentSnapshots(Workbench workbench) {
        this.workbench = workbench;
        this.gaps = new GapUseCases(workbench);
        this.workshops = new WorkshopUseCases(workbench);
    }

    @Override
    public CanvasSnapshot now(long canvasId) {
        CanvasContent content = workbench.canvas(canvasId);
        List<PromiseStanding> standings = gaps.report(content, FeedbackFilter.NONE, CrosshairMode.MIDPOINTS)
                .promises().stream()
                .map(g -> new PromiseStanding(g.promiseId(), g.n(), g.delivered(), g.gap(), g.deficit()))
                .toList();
        List<WorkshopRecord> records = workshops.workshops(canvasId).stream().map(w -> workshops.record(w.id()))
                .toList();
        return new CanvasSnapshot(content, records, standings);
    }

    @Override
    public CanvasSnapshot version(long canvasId, String numberOrName) {
        throw new AppException(noVersions(canvasId) + ", so there is no version " + MessageText.quote(numberOrName));
    }

    @Override
    public Optional<CanvasSnapshot> latestVersion(long canvasId) {
        return Optional.empty();
    }

    private String noVersions(long canvasId) {
        return "The canvas " + MessageText.quote(workbench.canvas(canvasId).canvas().name()) + " has no versions yet";
    }
}
