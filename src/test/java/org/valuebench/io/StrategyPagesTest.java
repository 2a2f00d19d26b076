package org.valuebench.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.valuebench.analysis.DifferentiationAnalysis;
import org.valuebench.domain.CanvasContent;
import org.valuebench.domain.Factor;
import org.valuebench.domain.FourAction;
import org.valuebench.domain.Item;
import org.valuebench.domain.Offer;
import org.valuebench.domain.Rating;
import org.valuebench.domain.Section;
import org.valuebench.domain.Strategy;

/** The strategy canvas pages of the PDF report, read back with PDFBox's text extraction. */
class StrategyPagesTest {
    private static final PdfFontFiles FONTS = PdfFontFiles.fromClasspath();
    private static final java.time.ZonedDateTime EXPORTED =
            java.time.ZonedDateTime.of(2024, 5, 6, 10, 30, 0, 0, java.time.ZoneOffset.UTC);

    private static byte[] pdf(CanvasContent content, PdfPageFormat format, List<PdfReportPart> parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        new CanvasPdfWriter(FONTS).write(content, format, EXPORTED, parts, out);
        return out.toByteArray();
    }

    private static byte[] pdf(CanvasContent content, Map<Long, Double> delivered) {
        return pdf(content, PdfPageFormat.A4,
                List.of(new StrategyPages(content, DifferentiationAnalysis.of(content, delivered))));
    }

    private static int pages(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        }
    }

    private static String text(PDDocument document, int firstPage, int lastPage) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(firstPage);
        stripper.setEndPage(lastPage);
        return stripper.getText(document);
    }

    @Test
    void addsTheValueCurvesThenTheFourActionsAndTheDifferentiation() throws IOException {
        CanvasContent content = TestCanvases.strategic();
        int without = pages(pdf(content, PdfPageFormat.A4, List.of()));
        try (PDDocument document = Loader.loadPDF(pdf(content, Map.of()))) {
            assertThat(document.getNumberOfPages()).isEqualTo(without + 2);
            String curves = text(document, without + 1, without + 1);
            assertThat(curves).contains("Strategy canvas: Corner café", "1. Opening hours", "2. Price",
                    "3. Calm seating", "4. Loyalty card", "Raise", "Reduce", "Create", "Eliminate",
                    "Ours: Corner café", "Station kiosk (competitor)", "Chain café (competitor)",
                    "Coffee at home (substitute)", "A gap in a line: that rating is unknown")
                    .doesNotContain("delivered");
            // Drawn, not pasted in: the page holds no image.
            assertThat(document.getPage(without).getResources().getXObjectNames()).isEmpty();
            String rest = text(document, without + 2, without + 2);
            assertThat(rest).contains("Four actions and differentiation: Corner café", "Eliminate", "Loyalty card",
                    "Nobody asks for it", "Open before the first train", "A quiet corner away from the counter");
            assertThat(rest.replaceAll("[ \\t]+", " ")).contains(
                    "Opening hours Me-too 5 5 5 0 Coffee at home",
                    "Price Trail 3 3 4 -1 Station kiosk",
                    "Calm seating Lead 5 4 2 +2 Chain café",
                    "Loyalty card Unrated 3 – – – –",
                    "Differentiation +0.54: the weighted mean margin over 3 rated factors. Share of their weight:"
                            + " me-too 38%, trailing 23%, leading 38%.",
                    "Coffee at home: 0.00 over 1 factor", "Chain café: +1.38 over 3 factors",
                    "Station kiosk: +1.69 over 3 factors");
            assertThat(rest.indexOf("Opening hours Me-too")).isLessThan(rest.indexOf("Price Trail"));
        }
    }

    @Test
    void showsDeliveryDashedBesideOurCurveWhereThereIsFeedback() throws IOException {
        CanvasContent content = TestCanvases.strategic();
        int without = pages(pdf(content, PdfPageFormat.A4, List.of()));
        try (PDDocument document = Loader.loadPDF(pdf(content, Map.of(4L, 3.5)))) {
            assertThat(text(document, without + 1, without + 1)).contains("Ours as delivered (customer feedback)",
                    "dashed: what our customers say we deliver");
            assertThat(text(document, without + 2, without + 2).replaceAll("[ \\t]+", " "))
                    .contains("Opening hours Me-too 5 5 3.50 5 0 Coffee at home", "promise not kept");
        }
    }

    @Test
    void addsNothingForACanvasWithoutFactors() throws IOException {
        CanvasContent content = TestCanvases.strategic().withStrategy(Strategy.NONE);
        assertThat(pages(pdf(content, Map.of())))
                .isEqualTo(pages(pdf(content, PdfPageFormat.A4, List.of())));
    }

    @Test
    void manyFactorsAndOffersContinueOnMorePagesWithEveryNameInTheTable() throws IOException {
        CanvasContent base = TestCanvases.large(40, 20);
        List<Factor> factors = new ArrayList<>();
        List<Rating> ratings = new ArrayList<>();
        List<Offer> offers = base.offers();
        for (int i = 0; i < 45; i++) {
            factors.add(new Factor(i + 1, 0, i, "Factor number " + (i + 1) + " with a long name that has to wrap",
                    0, FourAction.values()[i % 5], "Note " + (i + 1)));
            for (int o = 0; o < offers.size(); o++) {
                ratings.add(new Rating(i + 1, offers.get(o).id(), 1 + (i + o) % 5, ""));
            }
        }
        CanvasContent content = base.withStrategy(new Strategy(factors, List.of(), ratings));
        int without = pages(pdf(content, PdfPageFormat.A4, List.of()));
        try (PDDocument document = Loader.loadPDF(pdf(content, Map.of()))) {
            String all = text(document, without + 1, document.getNumberOfPages());
            assertThat(all).contains("(factors 1–12 of 45)", "(factors 13–24 of 45)", "(factors 25–36 of 45)",
                    "(factors 37–45 of 45)",
                    "Four actions and differentiation: " + content.canvas().name() + " (continued)");
            String squeezed = all.replaceAll("\\s+", "");
            for (Factor factor : factors) {
                assertThat(squeezed).contains(("Factor number " + factor.id() + " with a long name that has to wrap")
                        .replaceAll("\\s+", ""));
                assertThat(squeezed).contains("Note" + factor.id());
            }
            for (Item alternative : content.items().stream().filter(i -> !i.isCustomer() && !i.isOffering()).toList()) {
                assertThat(alternative.section()).isIn(Section.COMPETITORS, Section.SUBSTITUTES);
            }
        }
    }

    @Test
    void aLegendTooLongForTheChartPageContinuesOnPagesOfItsOwn() throws IOException {
        CanvasContent content = TestCanvases.withStrategy(TestCanvases.large(400, 10), "n", 2);
        try (PDDocument document = Loader.loadPDF(pdf(content, Map.of()))) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("more offers: every line is named after the chart",
                    "Strategy canvas: " + content.canvas().name() + ", the offers");
            String squeezed = text.replaceAll("\\s+", "");
            assertThat(squeezed).contains("#399(substitute)", "#398(competitor)");
        }
    }

    @Test
    void hostileTextAndEveryPaperSizeLayOut() throws IOException {
        CanvasContent content = TestCanvases.withStrategy(TestCanvases.hostile(), TestCanvases.HOSTILE);
        for (PdfPageFormat format : List.of(PdfPageFormat.LETTER, PdfPageFormat.A3)) {
            byte[] pdf = pdf(content, format, List.of(new StrategyPages(content,
                    DifferentiationAnalysis.of(content, Map.of()))));
            try (PDDocument document = Loader.loadPDF(pdf)) {
                assertThat(new PDFTextStripper().getText(document)).contains("Strategy canvas: Hostile",
                        "Four actions and differentiation: Hostile", "Rivals, strongest first");
            }
        }
    }
}
