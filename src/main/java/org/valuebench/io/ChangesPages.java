package org.valuebench.io;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.valuebench.domain.history.CanvasDiff;
import org.valuebench.domain.history.CanvasSnapshot;
import org.valuebench.report.ChangeFigures;
import org.valuebench.report.ChangeRow;
import org.valuebench.report.ChangeRows;
import org.valuebench.report.ChangeSummary;
import org.valuebench.report.FigureChange;
import org.valuebench.report.Style;

/**
 * The "Changes since …" page of a canvas report: the one-line summary, a table per part of the canvas that
 * changed (cards, links, factors, ratings, workshops: added, removed, changed and how), then the figures that moved
 * with their before, after and change. The same rows and figures as {@code valuebench diff} prints
 * ({@link ChangeRows}, {@link ChangeFigures}); tables go on over pages as the workshop page's do.
 */
public final class ChangesPages implements PdfReportPart {
    /** Characters of a change that fit its column on A4 at the table's type size. */
    private static final int LONG_DETAIL = 48;
    private final String sinceLabel;
    private final CanvasSnapshot before;
    private final CanvasSnapshot after;

    /** @param sinceLabel what the older side is, "Grocer @ 3 Before the board meeting" */
    public ChangesPages(String sinceLabel, CanvasSnapshot before, CanvasSnapshot after) {
        this.sinceLabel = sinceLabel;
        this.before = before;
        this.after = after;
    }

    @Override
    public void addTo(PdfReport report) throws IOException {
        String title = "Changes since " + sinceLabel;
        CanvasDiff diff = CanvasDiff.between(before, after);
        WorkshopFlow flow = WorkshopFlow.continuedAs(report, title + " (continued)");
        flow.newPage(title, ChangeSummary.between(before, after, Style.PRINT));
        if (!diff.sameCanvas()) {
            flow.paragraph("Two canvases: their cards are matched by section and text, their factors by name.",
                    PdfReport.MUTED);
        }
        List<ChangeRow> rows = ChangeRows.of(diff, before.content(), after.content(), Style.PRINT);
        if (rows.isEmpty()) {
            flow.paragraph("No card, link, factor or rating changed.", PdfReport.INK);
        }
        List<String> groups = rows.stream().map(ChangeRow::group).distinct().toList();
        for (String group : groups) {
            List<WorkshopFlow.Row> table = new ArrayList<>();
            for (ChangeRow row : rows.stream().filter(r -> r.group().equals(group)).toList()) {
                // Only the "What" column wraps: a long change (a text edited, the segment rewritten) goes there too,
                // rather than be cut short in its own column.
                boolean longDetail = row.detail().codePointCount(0, row.detail().length()) > LONG_DETAIL;
                table.add(WorkshopFlow.Row.of(row.markWord(), row.kind(),
                        longDetail ? row.subject() + ": " + row.detail() : row.subject(),
                        longDetail ? "" : row.detail()));
            }
            flow.table(flow.headingBlock(group, null), new String[] {"", "Kind", "What", "Change"},
                    new float[] {52, 78, 0, 260}, 2, col -> false, table);
        }
        List<FigureChange> moved = ChangeFigures.of(diff, before, after, Style.PRINT).stream()
                .filter(FigureChange::moved).toList();
        if (moved.isEmpty()) {
            flow.place(flow.headingBlock("Figures that moved", "No figure moved."), 0);
            return;
        }
        List<WorkshopFlow.Row> figures = new ArrayList<>();
        for (FigureChange f : moved) {
            figures.add(WorkshopFlow.Row.of(f.subject().isEmpty() ? f.label() : f.subject() + ": " + f.label(),
                    f.before().text(), f.after().text(), f.change()));
        }
        flow.table(flow.headingBlock("Figures that moved", "Fit score, unanswered and fluff, total deficit,"
                        + " differentiation; each promise's delivered level, gap and deficit; each factor's standing."),
                new String[] {"Figure", "Before", "After", "Change"}, new float[] {0, 70, 70, 150}, 0,
                col -> col == 1 || col == 2, figures);
    }
}
