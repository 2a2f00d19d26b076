package org.valuebench.app.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.valuebench.app.Workbench;
import org.valuebench.app.workspace.WorkbenchOpener;
import org.valuebench.app.workspace.WorkspaceLocation;
import org.valuebench.domain.CanvasSummary;

/**
 * No orphan page: the sample "Best-in-class customer service" on A4 used to end on a page holding only its title,
 * one rival and the footer. A list or table's last rows stay with the rest of it, a heading with what follows.
 */
class PdfOrphanTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-06-01T12:00:00Z"), ZoneOffset.UTC);
    /** Fewer rows than this are never left alone on a page. */
    private static final int MIN_ROWS = 3;

    @org.junit.jupiter.api.io.TempDir
    Path dir;
    private Workbench workbench;
    private ExchangeUseCases exchange;

    @BeforeEach
    void openTheSeededDefaultWorkspace() {
        workbench = new WorkbenchOpener(CLOCK).open(new WorkspaceLocation(dir.resolve("default.db"), true), false);
        exchange = new ExchangeUseCases(workbench);
    }

    @AfterEach
    void close() {
        workbench.close();
    }

    @ParameterizedTest
    @EnumSource(PaperSize.class)
    void theRivalsListStaysTogetherAndNoSampleEndsOnAnOrphanPage(PaperSize paper) throws IOException {
        for (CanvasSummary canvas : workbench.library()) {
            List<String> pages = pages(canvas.id(), paper);
            String last = pages.get(pages.size() - 1);
            // Title + footer are 3 lines of text; an orphan page had 1 or 2 more.
            assertThat(lines(last)).as("%s on %s, last page:%n%s", canvas.name(), paper, last)
                    .hasSizeGreaterThan(3 + MIN_ROWS);
            int rivalsPage = indexOf(pages, "Rivals, strongest first");
            if (rivalsPage >= 0 && rivalsPage + 1 < pages.size()) {
                String next = pages.get(rivalsPage + 1);
                long rivalsCarriedOver = lines(next).stream().filter(l -> l.matches(".*: [+-]\\d\\.\\d\\d over .*"))
                        .count();
                assertThat(rivalsCarriedOver).as("%s on %s: rivals alone on the next page", canvas.name(), paper)
                        .satisfiesAnyOf(n -> assertThat(n).isZero(), n -> assertThat(n).isGreaterThanOrEqualTo(MIN_ROWS));
            }
        }
    }

    private static int indexOf(List<String> pages, String text) {
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).contains(text)) {
                return i;
            }
        }
        return -1;
    }

    private static List<String> lines(String page) {
        return page.lines().filter(l -> !l.isBlank()).toList();
    }

    private List<String> pages(long canvasId, PaperSize paper) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exchange.exportPdf(canvasId, out, paper);
        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            List<String> pages = new ArrayList<>();
            for (int i = 1; i <= document.getNumberOfPages(); i++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                pages.add(stripper.getText(document));
            }
            return pages;
        }
    }
}
