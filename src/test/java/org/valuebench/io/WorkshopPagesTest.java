package org.valuebench.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.valuebench.domain.CanvasContent;
import org.valuebench.domain.Item;
import org.valuebench.domain.Section;
import org.valuebench.domain.workshop.AgendaStep;
import org.valuebench.domain.workshop.Dot;
import org.valuebench.domain.workshop.StepKind;
import org.valuebench.domain.workshop.Vote;
import org.valuebench.domain.workshop.VoteSettings;
import org.valuebench.domain.workshop.Workshop;
import org.valuebench.domain.workshop.WorkshopRecord;
import org.valuebench.domain.workshop.WorkshopState;

/** The workshop page with more than a page of rows: tables go on with their header and leave no rows alone. */
class WorkshopPagesTest {
    private static final PdfFontFiles FONTS = PdfFontFiles.fromClasspath();

    /** Every agenda length from 1 to 40 steps before a vote on 50 cards: somewhere a table must break. */
    @Test
    void aLongVoteGoesOnOverPagesWithItsHeaderAndNoOrphans() throws Exception {
        CanvasContent content = TestCanvases.large(400, 40);
        for (int n = 1; n <= 40; n++) {
            check(content, n);
        }
    }

    private static void check(CanvasContent content, int stepCount) throws Exception {
        List<AgendaStep> steps = new ArrayList<>();
        for (int i = 0; i < stepCount; i++) {
            steps.add(new AgendaStep(i + 1, 1, i, "Step " + (i + 1), List.of(Section.WANTS), "", 600, 610,
                    StepKind.BRAINSTORM, false, false, false));
        }
        List<Item> wants = content.itemsIn(Section.WANTS);
        List<Dot> dots = new ArrayList<>();
        for (int i = 0; i < wants.size(); i++) {
            dots.add(new Dot(0, 100, wants.get(i).id(), "paper", 0, 1 + i % 7));
        }
        Vote vote = new Vote(100, 1, stepCount, new VoteSettings(List.of(Section.WANTS), 3, false, true), false);
        Workshop w = new Workshop(1, 0, "Long day", Instant.parse("2024-05-01T09:00:00Z"),
                Instant.parse("2024-05-01T17:00:00Z"), WorkshopState.FINISHED, stepCount - 1, null, 0);
        WorkshopRecord r = new WorkshopRecord(w, steps, List.of(), List.of(), List.of(vote), dots, List.of());

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CanvasPdfWriter(FONTS).write(content, PdfPageFormat.A4, ZonedDateTime.of(2024, 6, 1, 12, 0, 0, 0,
                ZoneOffset.UTC), List.of(new WorkshopPages(content, List.of(r, r))), out);
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            PDFTextStripper stripper = new PDFTextStripper();
            int first = -1;
            for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                String page = stripper.getText(pdf);
                if (first < 0 && page.startsWith("Workshop: ")) {
                    first = p;
                    assertThat(page).contains("Workshop 2 of 2", "Participants: none recorded");
                }
                if (first > 0 && p > first) {
                    assertThat(page).startsWith("Workshop: ").contains("(continued)");
                    long rows = page.lines().filter(l -> l.matches("^=?\\d+ .*")).count();
                    assertThat(rows).as("rows on page %d with %d steps", p, stepCount).isGreaterThanOrEqualTo(PdfFlow.MIN_ROWS);
                    assertThat(page).containsAnyOf("# Step", "Rank Card");
                }
            }
            assertThat(first).isPositive();
            assertThat(pdf.getNumberOfPages()).isGreaterThan(first);
        }
    }
}
