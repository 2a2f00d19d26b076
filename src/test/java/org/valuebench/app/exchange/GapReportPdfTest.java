package org.valuebench.app.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuebench.analysis.GapReport;
import org.valuebench.analysis.PromiseGap;
import org.valuebench.analysis.Quadrant;
import org.valuebench.app.Workbench;
import org.valuebench.app.feedback.GapUseCases;
import org.valuebench.app.samples.SampleWorkspace;
import org.valuebench.app.workspace.WorkbenchOpener;
import org.valuebench.app.workspace.WorkspaceLocation;
import org.valuebench.domain.CanvasContent;
import org.valuebench.domain.CanvasSummary;
import org.valuebench.domain.Item;
import org.valuebench.io.CanvasJsonWriter;
import org.valuebench.io.GapReportPages;
import org.valuebench.io.TestCanvases;
import org.valuebench.io.TestFeedback;

/**
 * The gap report pages of the PDF, read back with PDFBox's text stripper: every promise with its figures in the
 * ranked table, the unanswered customer needs, the chart pages with their quadrant names, vector only.
 */
class GapReportPdfTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-06-01T12:00:00Z"), ZoneOffset.UTC);
    private static final String TABLE_TITLE = "Promise versus delivery: ";
    private static final String CHART_TITLE = "Importance and performance: ";

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

    private PDDocument pdf(long canvasId) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exchange.exportPdf(canvasId, out, PaperSize.A4);
        return Loader.loadPDF(out.toByteArray());
    }

    private static List<String> pages(PDDocument document) throws IOException {
        List<String> pages = new ArrayList<>();
        for (int i = 1; i <= document.getNumberOfPages(); i++) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(i);
            stripper.setEndPage(i);
            pages.add(stripper.getText(document));
        }
        return pages;
    }

    private static String squeeze(String text) {
        return text.replaceAll("\\s+", "");
    }

    private static String gapPagesText(List<String> pages) {
        return squeeze(String.join("", pages.stream().filter(p -> p.contains(TABLE_TITLE)).toList()));
    }

    @Test
    void theTableListsEveryPromiseOfEverySampleWithItsFiguresInRankOrder() throws IOException {
        for (CanvasSummary summary : workbench.library()) {
            GapReport report = gaps.report(summary.id());
            try (PDDocument document = pdf(summary.id())) {
                List<String> pages = pages(document);
                String table = gapPagesText(pages);
                int previous = -1;
                for (int rank = 0; rank < report.promises().size(); rank++) {
                    PromiseGap gap = report.promises().get(rank);
                    String row = squeeze((rank + 1) + gap.text() + gap.n() + GapReportPages.figure(gap.delivered())
                            + gap.target() + GapReportPages.signed(gap.gap()) + GapReportPages.interval(gap.ci95())
                            + gap.importance() + GapReportPages.figure(gap.deficit())
                            + (gap.quadrant() == null ? "no customer feedback" : gap.quadrant().title()));
                    int at = table.indexOf(row);
                    assertThat(at).as("row %s in %s", row, table).isGreaterThan(previous);
                    previous = at;
                }
                for (Item need : report.unanswered()) {
                    assertThat(table).contains(squeeze(need.text()));
                }
                for (Item need : report.unpromised()) {
                    assertThat(table).contains(squeeze(need.text()));
                }
                assertThat(table).contains(squeeze("Customer items nobody answers (" + report.unanswered().size() + ")"))
                        .doesNotContain(squeeze("customer needs ("));
                assertThat(report.promises()).anyMatch(PromiseGap::thinEvidence);
                assertThat(table).contains("thin");

                String charts = squeeze(String.join("", pages.stream().filter(p -> p.contains(CHART_TITLE)).toList()));
                for (Quadrant quadrant : Quadrant.values()) {
                    assertThat(charts).contains(squeeze(quadrant.title()));
                }
                assertThat(charts).contains(squeeze("Gap to target, with 95% confidence"));
                for (PromiseGap gap : report.promises()) {
                    if (gap.gap() != null) {
                        assertThat(charts).contains(GapReportPages.signed(gap.gap()));
                    }
                }
                // The gap charts close the gap section; only the strategy canvas pages may follow them.
                int lastChart = pages.lastIndexOf(pages.stream().filter(p -> p.contains(CHART_TITLE))
                        .reduce((a, b) -> b).orElseThrow());
                if (lastChart + 1 < pages.size()) {
                    assertThat(pages.get(lastChart + 1)).startsWith("Strategy canvas: ");
                }
                assertVectorOnly(document);
            }
        }
    }

    @Test
    void gapsCarryTheirSignUnlessTheyRoundToNothing() {
        assertThat(GapReportPages.signed(1.254)).isEqualTo("+1.25");
        assertThat(GapReportPages.signed(-0.3)).isEqualTo("-0.30");
        assertThat(GapReportPages.signed(-0.004)).isEqualTo("0.00");
        assertThat(GapReportPages.signed(0.004)).isEqualTo("0.00");
        assertThat(GapReportPages.signed(null)).isEqualTo(GapReportPages.figure(null));
    }

    @Test
    void aCanvasWithoutFeedbackHasNoGapPages() throws IOException {
        long plain = workbench.addCanvas("Plain", SampleWorkspace.canvases().get(0), "No feedback yet")
                .canvas().orElseThrow().canvas().id();
        try (PDDocument document = pdf(plain)) {
            assertThat(String.join("", pages(document))).doesNotContain(TABLE_TITLE, CHART_TITLE)
                    .contains("Fit summary");
        }
    }

    /** A canvas with about 60 long promises: the table and the bars continue on following pages, none lost. */
    @Test
    void manyPromisesContinueOnFollowingPages() throws IOException {
        CanvasContent large = TestCanvases.large(500, 60);
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        new CanvasJsonWriter().write(large, TestFeedback.on(large, 6), json);
        long id = exchange.importJson(new ByteArrayInputStream(json.toByteArray()), "large.json").canvas()
                .orElseThrow().canvas().id();
        GapReport report = gaps.report(id);
        assertThat(report.promises()).hasSizeGreaterThan(50);
        try (PDDocument document = pdf(id)) {
            List<String> pages = pages(document);
            assertThat(pages.stream().filter(p -> p.contains(TABLE_TITLE + large.canvas().name() + " (continued)")))
                    .isNotEmpty();
            assertThat(pages.stream().filter(p -> p.contains(CHART_TITLE + large.canvas().name() + " (continued)")))
                    .isNotEmpty();
            String table = gapPagesText(pages);
            for (PromiseGap gap : report.promises()) {
                // The text ends in a unique "#n" tag; wrapped rows put the figures between its lines.
                String tag = gap.text().substring(gap.text().lastIndexOf('#'));
                assertThat(table).contains(tag + gap.n() + GapReportPages.figure(gap.delivered()) + gap.target()
                        + GapReportPages.signed(gap.gap()));
            }
            assertVectorOnly(document);
        }
        String text = new String(json.toByteArray(), StandardCharsets.UTF_8);
        assertThat(text).contains("\"feedback\": [");
    }

    private static void assertVectorOnly(PDDocument document) throws IOException {
        for (PDPage page : document.getPages()) {
            assertThat(page.getResources().getXObjectNames()).as("vector only, no images").isEmpty();
        }
    }
}
