package org.valuebench.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.valuebench.app.samples.SampleWorkspace;
import org.valuebench.domain.Canvas;
import org.valuebench.domain.CanvasContent;
import org.valuebench.domain.ColourTag;
import org.valuebench.domain.Item;
import org.valuebench.domain.Section;

class CanvasPdfWriterTest {
    private static final ZonedDateTime EXPORTED = ZonedDateTime.of(2024, 5, 6, 10, 30, 0, 0, ZoneOffset.UTC);
    private static PdfFontFiles fonts;

    @BeforeAll
    static void readFonts() {
        fonts = PdfFontFiles.fromClasspath();
    }

    static byte[] pdf(CanvasContent content, PdfPageFormat format, List<PdfReportPart> parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CanvasPdfWriter(fonts).write(content, format, EXPORTED, parts, out);
        return out.toByteArray();
    }

    private static String text(PDDocument document) throws IOException {
        return new PDFTextStripper().getText(document);
    }

    /**
     * The extracted text without white space (wrapping moves line breaks) and without what the report adds
     * between the pieces of a note that continues in another column or on another page.
     */
    private static String flattened(PDDocument document, CanvasContent content) throws IOException {
        String text = squeeze(text(document)).replace(squeeze("… continued"), "");
        String name = squeeze(content.canvas().name());
        text = text.replace(squeeze("Notes that did not fit on the canvas page, section by section."), "")
                .replace(squeeze("More notes: ") + name + squeeze(" (continued)"), "")
                .replace(squeeze("ValueBench · ") + name, "");
        return text.replaceAll("Page\\d+of\\d+", "");
    }

    private static String squeeze(String text) {
        return text.replaceAll("\\s+", "");
    }

    static Stream<CanvasContent> samples() {
        return SampleWorkspace.canvases().stream();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everyItemOfEverySampleCanBeFoundInTheText(CanvasContent sample) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf(sample, PdfPageFormat.A4, List.of()))) {
            String text = flattened(document, sample);
            for (Item item : sample.items()) {
                assertThat(text).as(item.text()).contains(squeeze(item.text()));
            }
            String page1 = new PDFTextStripper() {{ setStartPage(1); setEndPage(1); }}.getText(document);
            assertThat(page1).contains(sample.canvas().name(), sample.canvas().segment(), sample.canvas().offering(),
                    "2024-05-06", "OFFERING", "CUSTOMER PROFILE", "ALTERNATIVES");
            for (Section section : Section.values()) {
                assertThat(page1).contains(section.title());
            }
            assertThat(text(document)).contains("Fit summary", "Fit score", "Unanswered customer items", "Fluff");
        }
    }

    @Test
    void aCanvasTooBigForOnePageContinuesAndDropsNothing() throws IOException {
        CanvasContent large = TestCanvases.large(64, 150);
        try (PDDocument document = Loader.loadPDF(pdf(large, PdfPageFormat.A4, List.of()))) {
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(3);
            String text = flattened(document, large);
            for (Item item : large.items()) {
                assertThat(text).as(item.text()).contains(squeeze(item.text()));
            }
            String page1 = new PDFTextStripper() {{ setStartPage(1); setEndPage(1); }}.getText(document);
            assertThat(page1).contains("▸ Continued on page 2");
        }
    }

    @Test
    void notesLongerThanAWholeColumnAreSplitNotCut() throws IOException {
        List<Item> items = new ArrayList<>();
        String words = "Every word of this long note must reach the page in order, none may be cut or lost. ";
        for (int i = 0; i < 12; i++) {
            Section section = Section.values()[i % Section.values().length];
            String text = (i + " " + words.repeat(30)).substring(0, 1_990).strip() + " end" + i;
            items.add(TestCanvases.item(i + 1, section, i / Section.values().length, text, "", ColourTag.NONE,
                    "", 3, false, 4));
        }
        CanvasContent content = new CanvasContent(new Canvas(0, "Long notes", "", "", "", TestCanvases.CREATED,
                TestCanvases.UPDATED), items, List.of());
        for (PdfPageFormat format : PdfPageFormat.values()) {
            try (PDDocument document = Loader.loadPDF(pdf(content, format, List.of()))) {
                String text = flattened(document, content);
                for (Item item : items) {
                    assertThat(text).as("%s on %s", item.text().substring(0, 3), format).contains(squeeze(item.text()));
                }
            }
        }
    }

    @Test
    void charactersTheFontLacksAreReplacedVisiblyInsteadOfFailing() throws IOException {
        CanvasContent content = withItem("Launch 🚀 today, 👍🏽 from the team");
        try (PDDocument document = Loader.loadPDF(pdf(content, PdfPageFormat.A4, List.of()))) {
            assertThat(squeeze(text(document))).contains(squeeze("Launch □ today, □□ from the team"));
        }
    }

    @Test
    void theHostileCanvasExportsAndRightToLeftTextExtractsInReadingOrder() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf(TestCanvases.hostile(), PdfPageFormat.A4, List.of()))) {
            String text = text(document);
            assertThat(text).contains("שלום עולם", "Zoë \"Z\" O'Brien", "back\\slash", "✓ Wants");
        }
        try (PDDocument document = Loader.loadPDF(pdf(withItem("Hebrew שלום עולם end"), PdfPageFormat.A4,
                List.of()))) {
            assertThat(text(document)).contains("Hebrew שלום עולם end");
        }
    }

    @ParameterizedTest
    @EnumSource(PdfPageFormat.class)
    void everyPageIsLandscapeOnTheChosenPaper(PdfPageFormat format) throws IOException {
        float[] expected = switch (format) {
            case A4 -> new float[] {841.89f, 595.28f};
            case LETTER -> new float[] {792f, 612f};
            case A3 -> new float[] {1190.55f, 841.89f};
        };
        try (PDDocument document = Loader.loadPDF(pdf(TestCanvases.large(64, 150), format, List.of()))) {
            for (PDPage page : document.getPages()) {
                assertThat(page.getMediaBox().getWidth()).isCloseTo(expected[0], org.assertj.core.data.Offset.offset(1f));
                assertThat(page.getMediaBox().getHeight()).isCloseTo(expected[1], org.assertj.core.data.Offset.offset(1f));
            }
        }
    }

    @Test
    void describesItselfAndEmbedsOnlyTheShippedFont() throws IOException {
        CanvasContent sample = SampleWorkspace.canvases().get(0);
        try (PDDocument document = Loader.loadPDF(pdf(sample, PdfPageFormat.A4, List.of()))) {
            var info = document.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo(sample.canvas().name());
            assertThat(info.getSubject()).contains(sample.canvas().offering(), sample.canvas().segment());
            assertThat(info.getCreator()).isEqualTo("ValueBench");
            assertThat(info.getCreationDate().toInstant()).isEqualTo(EXPORTED.toInstant());
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.getName()).contains("DejaVuSans");
                    assertThat(font.isEmbedded()).isTrue();
                }
                assertThat(page.getResources().getXObjectNames()).as("vector only, no images").isEmpty();
            }
        }
    }

    @Test
    void extraPartsAddTheirPagesAfterTheFitSummary() throws IOException {
        PdfReportPart gapReport = report -> {
            PdfReport.Area area = report.addTitledPage("Gap report", "Ranked deficits");
            report.paint(report.pageCount() - 1, (PDPageContentStream stream) -> {
                stream.addRect(area.x(), area.top() - 40, 120, 30);
                stream.fill();
                stream.beginText();
                stream.setFont(report.fonts().bold(), 14);
                stream.newLineAtOffset(area.x(), area.top() - 60);
                stream.showText("Gap report placeholder");
                stream.endText();
            });
        };
        try (PDDocument document = Loader.loadPDF(pdf(SampleWorkspace.canvases().get(0), PdfPageFormat.A4,
                List.of(gapReport)))) {
            int last = document.getNumberOfPages();
            String lastPage = new PDFTextStripper() {{ setStartPage(last); setEndPage(last); }}.getText(document);
            String before = new PDFTextStripper() {{ setStartPage(last - 1); setEndPage(last - 1); }}.getText(document);
            assertThat(lastPage).contains("Gap report", "Ranked deficits", "Gap report placeholder",
                    "Page " + last + " of " + last);
            assertThat(before).contains("Fit summary");
        }
    }

    private static CanvasContent withItem(String text) {
        Item item = TestCanvases.item(1, Section.NEEDS, 0, text, "", ColourTag.NONE, "", 4, false, 4);
        return new CanvasContent(new Canvas(0, "Glyphs", "", "", "", TestCanvases.CREATED, TestCanvases.UPDATED),
                List.of(item), List.of());
    }
}
