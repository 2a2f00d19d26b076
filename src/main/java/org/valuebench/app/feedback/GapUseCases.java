package org.valuebench.app.feedback;

import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import org.valuebench.analysis.CrosshairMode;
import org.valuebench.analysis.GapAnalysis;
import org.valuebench.analysis.GapReport;
import org.valuebench.app.AppException;
import org.valuebench.app.Workbench;
import org.valuebench.domain.CanvasContent;
import org.valuebench.domain.Feedback;
import org.valuebench.domain.FeedbackCell;
import org.valuebench.domain.FeedbackFacets;
import org.valuebench.domain.FeedbackFilter;
import org.valuebench.domain.Voice;
import org.valuebench.io.feedback.GapReportCsv;
import org.valuebench.io.feedback.GapReportJson;

/**
 * Promise versus delivery for a canvas: the gap report under a filter, the comments behind any figure, and the
 * report as JSON or CSV. Reads only; confined to the database thread like the workbench. The report is
 * computed from the workspace's running sums, so it costs milliseconds however many records there are (only a
 * segment or channel filter whose date range cuts a month reads the records).
 */
public final class GapUseCases {
    private final Workbench workbench;

    public GapUseCases(Workbench workbench) {
        this.workbench = workbench;
    }

    /** Everything the gap view shows for the canvas under the filter. */
    public GapReport report(long canvasId, FeedbackFilter filter, CrosshairMode crosshairs) {
        return report(workbench.canvas(canvasId), filter, crosshairs);
    }

    /** The report for a canvas already read, so a caller holding it does not read it again. */
    public GapReport report(CanvasContent content, FeedbackFilter filter, CrosshairMode crosshairs) {
        long canvasId = content.canvas().id();
        FeedbackFilter effective = filter == null ? FeedbackFilter.NONE : filter;
        List<FeedbackCell> cells = FeedbackUseCases.read(() -> workbench.workspace().feedback().cells(canvasId, effective));
        FeedbackFacets facets = FeedbackUseCases.read(() -> workbench.workspace().feedback().facets(canvasId));
        return GapAnalysis.of(content, cells, effective, crosshairs == null ? CrosshairMode.MIDPOINTS : crosshairs,
                facets);
    }

    public GapReport report(long canvasId) {
        return report(canvasId, FeedbackFilter.NONE, CrosshairMode.MIDPOINTS);
    }

    /**
     * The verbatim comments behind a figure, newest first, a page at a time.
     *
     * @param promiseItemId 0 for every promise of the canvas
     * @param voice         the voice whose figure was chosen, or null for all voices
     */
    public List<Feedback> comments(long canvasId, long promiseItemId, FeedbackFilter filter, Voice voice, int offset,
                                   int limit) {
        FeedbackFilter effective = filter == null ? FeedbackFilter.NONE : filter;
        return FeedbackUseCases.read(() -> workbench.workspace().feedback().list(canvasId, promiseItemId, effective,
                voice, true, Math.max(0, offset), Math.max(0, limit)));
    }

    public long commentCount(long canvasId, long promiseItemId, FeedbackFilter filter, Voice voice) {
        FeedbackFilter effective = filter == null ? FeedbackFilter.NONE : filter;
        return FeedbackUseCases.read(() -> workbench.workspace().feedback().count(canvasId, promiseItemId, effective,
                voice, true));
    }

    /** Writes the report; the writer is flushed, not closed. */
    public void write(GapReport report, GapExportFormat format, Writer out) {
        try {
            switch (format) {
                case JSON -> GapReportJson.write(report, out);
                case CSV -> GapReportCsv.write(report, out);
            }
        } catch (UncheckedIOException e) {
            throw new AppException("Cannot write the gap report: " + e.getCause().getMessage(), e);
        }
    }
}
