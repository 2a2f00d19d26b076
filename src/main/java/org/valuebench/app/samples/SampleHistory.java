package org.valuebench.app.samples;

import java.time.Instant;
import org.valuebench.app.history.VersionContent;
import org.valuebench.domain.history.CanvasSnapshot;
import org.valuebench.domain.history.VersionCause;
import org.valuebench.report.ChangeSummary;
import org.valuebench.store.Workspace;

/**
 * The two automatic versions the café's sample workshop leaves, as a real workshop would: the canvas when it
 * started and when it finished, at the workshop's own times. So a new user's History panel and `valuebench diff`
 * have something to show, and the command line's golden output has versions to compare.
 */
final class SampleHistory {
    private SampleHistory() {
    }

    static void keep(Workspace ws, long canvasId, CanvasSnapshot before, Instant started, CanvasSnapshot after,
                     Instant finished) {
        ws.versions().insert(canvasId, VersionCause.WORKSHOP_STARTED.defaultName(), VersionCause.WORKSHOP_STARTED, "",
                started, "", encode(before));
        ws.versions().insert(canvasId, VersionCause.WORKSHOP_FINISHED.defaultName(), VersionCause.WORKSHOP_FINISHED, "",
                finished, ChangeSummary.between(before, after), encode(after));
    }

    private static byte[] encode(CanvasSnapshot snapshot) {
        return VersionContent.encode(snapshot.content(), snapshot.workshops(), snapshot.gaps());
    }
}
