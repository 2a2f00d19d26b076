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
import org.valuebench.domain.Canvas;
import org.valuebench.domain.CanvasContent;
import org.valuebench.domain.ColourTag;
import org.valuebench.domain.FitLink;
import org.valuebench.domain.Item;
import org.valuebench.domain.Section;
import org.valuebench.domain.history.CanvasSnapshot;
import org.valuebench.domain.history.PromiseStanding;

/** The PDF report's "Changes since …" page: the cards added, removed and changed, and the figures that moved. */
class ChangesPagesTest {
    private static final PdfFontFiles FONTS = PdfFontFiles.fromClasspath();
    private static final Instant WHEN = Instant.parse("2026-01-01T00:00:00Z");

    private static Item item(long id, Section section, int position, String text) {
        return new Item(id, 1, section, position, text, "", ColourTag.NONE, "", 3, false, 3);
    }

    static CanvasSnapshot before() {
        CanvasContent content = new CanvasContent(new Canvas(1, "Grocer", "", "", "", WHEN, WHEN),
                List.of(item(1, Section.NEEDS, 0, "Fresh bread"), item(2, Section.NEEDS, 1, "Short queue"),
                        item(3, Section.FEATURES, 0, "Bakery").withPromise(true, 4),
                        item(4, Section.COMPETITORS, 0, "Discounter")),
                List.of(new FitLink(3, 1)));
        return new CanvasSnapshot(content, List.of(), List.of(new PromiseStanding(3, 20, 3.0, 1.0, 3.0)));
    }

    static CanvasSnapshot after(int addedNeeds) {
        CanvasContent b = before().content();
        List<Item> items = new ArrayList<>(b.items().stream().filter(i -> i.id() != 4)
                .map(i -> i.id() == 3 ? i.withPromise(true, 5) : i).toList());
        for (int i = 0; i < addedNeeds; i++) {
            items.add(item(10 + i, Section.NEEDS, 2 + i, "A new need number " + (i + 1) + " that a workshop found"));
        }
        return new CanvasSnapshot(new CanvasContent(b.canvas(), items, List.of(new FitLink(3, 1), new FitLink(3, 2))),
                List.of(), List.of(new PromiseStanding(3, 30, 4.2, 0.8, 2.4)));
    }

    static byte[] pdf(CanvasSnapshot before, CanvasSnapshot after) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CanvasPdfWriter(FONTS).write(after.content(), PdfPageFormat.A4, ZonedDateTime.of(2026, 3, 4, 12, 0, 0, 0,
                ZoneOffset.UTC), List.of(new ChangesPages("Grocer @ 3 Before the board meeting", before, after)), out);
        return out.toByteArray();
    }

    @Test
    void thePageListsTheCardsAndTheFiguresThatMoved() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(pdf(before(), after(3)))) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Changes since Grocer @ 3 Before the board meeting",
                    "+3 needs, -1 competitor, 1 promise target 4→5",
                    "added need A new need number 1 that a workshop found", "removed competitor Discounter",
                    "changed feature Bakery target 4 → 5", "Figures that moved", "fit score 50% 40% -10 pts",
                    "Bakery: delivered 3.00 4.20 +1.20");
        }
    }

    @Test
    void manyChangesGoOnOverPagesUnderTheirTitle() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(pdf(before(), after(60)))) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(pdf.getNumberOfPages());
            stripper.setEndPage(pdf.getNumberOfPages());
            assertThat(stripper.getText(pdf)).startsWith("Changes since Grocer @ 3 Before the board meeting (continued)")
                    .contains("Figures that moved");
        }
    }

    @Test
    void nothingChangedSaysSo() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(pdf(before(), before()))) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Changes since", "no changes",
                    "No card, link, factor or rating changed.", "No figure moved.");
        }
    }
}
