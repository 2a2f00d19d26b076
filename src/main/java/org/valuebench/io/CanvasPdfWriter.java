package org.valuebench.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.valuebench.domain.CanvasContent;
import org.valuebench.domain.Item;
import org.valuebench.domain.Section;

/**
 * Writes the canvas report as a vector PDF with real text in an embedded font: page 1 is the canvas, then
 * the notes that did not fit on it (section by section), then the fit summary, then any extra parts (the
 * gap report, when the canvas has feedback). Nothing is ever cut: what does not fit moves on and says where.
 */
public final class CanvasPdfWriter {
    private static final int CONTINUATION_COLUMNS = 4;
    private final PdfFontFiles fontFiles;

    public CanvasPdfWriter(PdfFontFiles fontFiles) {
        this.fontFiles = fontFiles;
    }

    /**
     * @param exportedAt the date printed on the canvas and stored as the document's creation date
     * @param extraParts pages to add after the fit summary, in order (see {@link PdfReportPart})
     */
    public void write(CanvasContent content, PdfPageFormat format, ZonedDateTime exportedAt,
                      List<PdfReportPart> extraParts, OutputStream out) {
        try (PDDocument document = new PDDocument()) {
            PdfFonts fonts = PdfFonts.embed(document, fontFiles);
            PdfReport report = new PdfReport(document, fonts, format.landscape(), content.canvas().name());
            NoteBlocks notes = new NoteBlocks(report);
            CanvasPage canvasPage = new CanvasPage(report, notes);
            Map<Section, CanvasPage.SectionBox> boxes = canvasPage.draw(content,
                    exportedAt.toLocalDate().format(DateTimeFormatter.ISO_LOCAL_DATE));
            continuation(report, notes, canvasPage, boxes, content);
            new FitSummaryPages(content).addTo(report);
            for (PdfReportPart part : extraParts) {
                part.addTo(report);
            }
            report.finish();
            describe(document, content, exportedAt);
            document.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The notes that did not fit on page 1, under a heading per section, in four columns. */
    private static void continuation(PdfReport report, NoteBlocks notes, CanvasPage canvasPage,
                                     Map<Section, CanvasPage.SectionBox> boxes, CanvasContent content) {
        float width = report.columnWidth(CONTINUATION_COLUMNS);
        float s = report.scale();
        List<PdfBlock> blocks = new ArrayList<>();
        List<Integer> headingIndexes = new ArrayList<>();
        List<CanvasPage.SectionBox> overflowing = new ArrayList<>();
        for (Section section : CanvasPage.READING_ORDER) {
            CanvasPage.SectionBox box = boxes.get(section);
            if (box.leftover().isEmpty()) {
                continue;
            }
            overflowing.add(box);
            List<PdfBlock.Line> heading = new ArrayList<>(report.lines(section.title() + " (continued)",
                    report.fonts().bold(), 10 * s, CanvasPage.groupColour(section.group()), width));
            heading.addAll(report.lines(section.group().title() + " · " + countOf(content, section)
                    + " on the canvas, continued from page 1", report.fonts().regular(), 6.8f * s,
                    PdfReport.MUTED, width));
            headingIndexes.add(blocks.size());
            blocks.add(new PdfBlock(heading, new PdfBlock.Style(null, null, 0, true, 4 * s), section, 0));
            for (Item leftover : box.leftover()) {
                blocks.add(notes.note(leftover, width));
            }
        }
        if (blocks.isEmpty()) {
            return;
        }
        List<Integer> pages = report.addFlowPages("More notes: " + content.canvas().name(),
                "Notes that did not fit on the canvas page, section by section.", CONTINUATION_COLUMNS, blocks);
        for (int i = 0; i < overflowing.size(); i++) {
            canvasPage.overflowNote(overflowing.get(i), pages.get(headingIndexes.get(i)));
        }
    }

    private static String countOf(CanvasContent content, Section section) {
        int count = content.itemsIn(section).size();
        return count + (count == 1 ? " item" : " items");
    }

    private static void describe(PDDocument document, CanvasContent content, ZonedDateTime exportedAt) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(content.canvas().name());
        String segment = content.canvas().segment();
        String offering = content.canvas().offering();
        StringBuilder subject = new StringBuilder("Value proposition canvas");
        if (!offering.isEmpty()) {
            subject.append(": ").append(offering);
        }
        if (!segment.isEmpty()) {
            subject.append(" for ").append(segment);
        }
        info.setSubject(subject.toString());
        info.setCreator("ValueBench");
        info.setProducer("ValueBench (Apache PDFBox)");
        info.setKeywords("value proposition canvas, fit");
        GregorianCalendar when = GregorianCalendar.from(exportedAt);
        info.setCreationDate(when);
        info.setModificationDate(when);
        PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
        preferences.setDisplayDocTitle(true);
        document.getDocumentCatalog().setViewerPreferences(preferences);
    }
}
