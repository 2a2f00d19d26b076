package org.valuebench.app.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuebench.analysis.GapReport;
import org.valuebench.analysis.PromiseGap;
import org.valuebench.app.Workbench;
import org.valuebench.app.feedback.GapUseCases;
import org.valuebench.app.samples.SampleWorkspace;
import org.valuebench.app.workspace.WorkbenchOpener;
import org.valuebench.app.workspace.WorkspaceLocation;
import org.valuebench.domain.CanvasSummary;
import org.valuebench.domain.Item;
import org.valuebench.io.GapReportPages;

/** The Markdown holds what the PDF's gap pages hold, as text: the ranking with its figures, in print style. */
class GapReportMarkdownTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-06-01T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    private Workbench workbench;
    private ExchangeUseCases exchange;
    private GapUseCases gaps;

    @BeforeEach
    void openTheSeededDefaultWorkspace() {
        workbench = new WorkbenchOpener(CLOCK).open(new WorkspaceLocation(dir.resolve("default.db"), true), false);
        exchange = new ExchangeUseCases(workbench);
        gaps = new GapUseCases(workbench);
    }

    @AfterEach
    void close() {
        workbench.close();
    }

    private String markdown(long canvasId) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exchange.exportMarkdown(canvasId, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theRankingListsEveryPromiseWithDeliveredTargetGapCiAndDeficitInRankOrder() {
        for (CanvasSummary summary : workbench.library()) {
            GapReport report = gaps.report(summary.id());
            String md = markdown(summary.id());
            assertThat(md).contains("## Promise versus delivery\n");
            assertThat(md).contains("| # | Promise | n | Delivered | Target | Gap | 95% CI | Importance | Deficit"
                    + " | Quadrant |");
            int previous = md.indexOf("## Promise versus delivery");
            for (int rank = 0; rank < report.promises().size(); rank++) {
                PromiseGap gap = report.promises().get(rank);
                String row = "| " + (rank + 1) + " | " + gap.text() + " | " + gap.n()
                        + (gap.n() > 0 && gap.thinEvidence() ? " (thin)" : "") + " | "
                        + GapReportPages.figure(gap.delivered()) + " | " + gap.target() + " | "
                        + GapReportPages.signed(gap.gap()) + " | " + GapReportPages.interval(gap.ci95()) + " | "
                        + gap.importance() + " | " + GapReportPages.figure(gap.deficit()) + " | ";
                int at = md.indexOf(row);
                assertThat(at).as("row %s in %s", row, md).isGreaterThan(previous);
                previous = at;
            }
            for (Item item : report.unpromised()) {
                assertThat(md).contains(item.text());
            }
            // The strategy summary follows the gap section, as in the PDF.
            if (md.contains("## Strategy")) {
                assertThat(md.indexOf("## Strategy")).isGreaterThan(md.indexOf("## Promise versus delivery"));
            }
        }
    }

    @Test
    void aCanvasWithoutFeedbackHasNoGapSection() {
        long plain = workbench.addCanvas("Plain", SampleWorkspace.canvases().get(0), "No feedback yet")
                .canvas().orElseThrow().canvas().id();
        assertThat(markdown(plain)).doesNotContain("Promise versus delivery").contains("## Fit\n");
    }
}
