package org.valuebench.io;

import java.awt.Color;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.valuebench.domain.CanvasContent;
import org.valuebench.domain.Item;
import org.valuebench.domain.Section;
import org.valuebench.domain.SectionGroup;
import org.valuebench.report.SectionPalette;

/**
 * Page 1 of the report: the canvas as people draw it. Title, segment, offering and date on top; the offering
 * on the left, the customer profile on the right, the alternatives beneath; each section a titled box of
 * sticky notes. A section whose notes do not fit says so at the bottom of its box and where it continues.
 */
final class CanvasPage {
    /** Sections as page 1 shows them: offering (left), customer profile (right), alternatives (beneath). */
    static final List<Section> READING_ORDER = Stream.of(SectionGroup.OFFERING, SectionGroup.CUSTOMER,
            SectionGroup.ALTERNATIVES).flatMap(group -> Section.of(group).stream()).toList();

    private final PdfReport report;
    private final NoteBlocks notes;

    /** Where a section's box is and the items, in order, whose notes did not fit into it. */
    record SectionBox(Section section, PdfReport.Area area, List<Item> leftover) {
    }

    CanvasPage(PdfReport report, NoteBlocks notes) {
        this.report = report;
        this.notes = notes;
    }

    /**
     * Lays out and queues page 1 (page index 0); returns every section's box and its leftover notes.
     *
     * @param dateLine printed after segment and offering; null for none (the board picture)
     */
    Map<Section, SectionBox> draw(CanvasContent content, String dateLine) {
        int page = report.addPage();
        float s = report.scale();
        float width = report.pageSize().getWidth();
        float margin = report.margin();
        float top = header(page, content, dateLine);
        float bottom = margin + report.footerHeight();
        float gap = 8 * s;
        float bodyHeight = top - bottom;
        float alternativesHeight = bodyHeight * 0.28f;
        float mainHeight = bodyHeight - alternativesHeight - gap;
        float half = (width - 2 * margin - gap) / 2;

        Map<Section, SectionBox> boxes = new EnumMap<>(Section.class);
        group(page, content, SectionGroup.OFFERING,
                new PdfReport.Area(margin, top - mainHeight, half, mainHeight), 1, boxes);
        group(page, content, SectionGroup.CUSTOMER,
                new PdfReport.Area(margin + half + gap, top - mainHeight, half, mainHeight), 1, boxes);
        group(page, content, SectionGroup.ALTERNATIVES,
                new PdfReport.Area(margin, bottom, width - 2 * margin, alternativesHeight), 2, boxes);
        return boxes;
    }

    /** Title and the line with segment, offering and date; returns the y where the canvas starts. */
    private float header(int page, CanvasContent content, String dateLine) {
        float s = report.scale();
        float width = report.pageSize().getWidth() - 2 * report.margin();
        List<PdfBlock.Line> lines = new ArrayList<>(
                report.lines(content.canvas().name(), report.fonts().bold(), 17 * s, PdfReport.INK, width));
        lines.add(PdfBlock.Line.spacer(2 * s));
        List<String> facts = new ArrayList<>();
        if (!content.canvas().segment().isEmpty()) {
            facts.add("Customer segment: " + content.canvas().segment());
        }
        if (!content.canvas().offering().isEmpty()) {
            facts.add("Offering: " + content.canvas().offering());
        }
        if (dateLine != null) {
            facts.add(dateLine);
        }
        lines.addAll(report.lines(String.join("   ·   ", facts), report.fonts().regular(), 8.5f * s,
                PdfReport.MUTED, width));
        PdfBlock block = PdfBlock.of(lines, new PdfBlock.Style(null, null, 0, false, 0));
        float top = report.pageSize().getHeight() - report.margin();
        report.paint(page, p -> block.draw(p, report.margin(), top, width));
        return top - block.height() - 8 * s;
    }

    private void group(int page, CanvasContent content, SectionGroup group, PdfReport.Area area, int noteColumns,
                       Map<Section, SectionBox> boxes) {
        float s = report.scale();
        Color colour = groupColour(group);
        report.paint(page, p -> {
            PdfShapes.roundedRect(p, area.x(), area.bottom(), area.width(), area.height(), 6 * s);
            p.setNonStrokingColor(groupTint(group));
            p.setStrokingColor(colour);
            p.setLineWidth(1.2f * s);
            p.fillAndStroke();
        });
        float pad = 5 * s;
        float titleSize = 9 * s;
        String title = report.fonts().drawable(report.fonts().bold(), group.title().toUpperCase());
        report.paint(page, p -> {
            p.beginText();
            p.setFont(report.fonts().bold(), titleSize);
            p.setNonStrokingColor(colour);
            p.newLineAtOffset(area.x() + 2 * pad, area.top() - pad - titleSize);
            p.showText(title);
            p.endText();
        });
        float titleHeight = titleSize + 2 * pad;
        List<Section> sections = Section.of(group);
        float sectionWidth = (area.width() - (sections.size() + 1) * pad) / sections.size();
        float sectionHeight = area.height() - titleHeight - pad;
        for (int i = 0; i < sections.size(); i++) {
            PdfReport.Area box = new PdfReport.Area(area.x() + pad + i * (sectionWidth + pad), area.bottom() + pad,
                    sectionWidth, sectionHeight);
            Section section = sections.get(i);
            boxes.put(section, section(page, content, section, box, noteColumns));
        }
    }

    private SectionBox section(int page, CanvasContent content, Section section, PdfReport.Area box,
                               int noteColumns) {
        float s = report.scale();
        float pad = 4 * s;
        report.paint(page, p -> {
            PdfShapes.roundedRect(p, box.x(), box.bottom(), box.width(), box.height(), 4 * s);
            p.setNonStrokingColor(Color.WHITE);
            p.setStrokingColor(new Color(0xC8, 0xCC, 0xD0));
            p.setLineWidth(0.6f * s);
            p.fillAndStroke();
        });
        float inner = box.width() - 2 * pad;
        float headingHeight = heading(page, section, box.x() + pad, box.top() - pad, inner);
        float notesTop = box.top() - pad - headingHeight - 4 * s;
        float notesHeight = notesTop - box.bottom() - pad;
        float columnGap = 4 * s;
        float columnWidth = (inner - (noteColumns - 1) * columnGap) / noteColumns;
        List<Item> items = content.itemsIn(section);
        // Laid out as the flow reaches them: most notes of a big canvas go on to the continuation pages, which
        // lay them out at their own width, so laying them out here too would be wasted.
        List<PdfBlock> blocks = notes.notes(items, columnWidth);

        ColumnFlow.Result result = flow(blocks, box.x() + pad, notesTop, columnWidth, columnGap, noteColumns,
                notesHeight);
        if (result.overflowed()) {
            // Lay out again above the lines that will say where the rest continues.
            float reserved = overflowBlock(overflowText(999, 999), box).height() + 2 * s;
            result = flow(blocks, box.x() + pad, notesTop, columnWidth, columnGap, noteColumns,
                    notesHeight - reserved);
        }
        for (ColumnFlow.Placed placed : result.placed()) {
            report.paint(page, p -> placed.block().draw(p, placed.column().x(), placed.top(), columnWidth));
        }
        // Notes are never split here, so what is left over is the whole notes of the last items.
        return new SectionBox(section, box, items.subList(items.size() - result.leftover().size(), items.size()));
    }

    /**
     * The section's title with its hint ("Needs  what the customer needs"), on one line when both fit, else
     * the hint wrapped below; returns the height used.
     */
    private float heading(int page, Section section, float x, float top, float width) {
        float s = report.scale();
        PdfFonts fonts = report.fonts();
        float titleSize = 9 * s;
        float hintSize = 6.5f * s;
        String title = fonts.drawable(fonts.bold(), section.title());
        String hint = fonts.drawable(fonts.regular(), section.hint());
        float titleWidth = fonts.width(fonts.bold(), titleSize, title);
        float gap = 4 * s;
        if (titleWidth + gap + fonts.width(fonts.regular(), hintSize, hint) <= width) {
            float leading = titleSize * 1.28f;
            float baseline = top - leading + leading * 0.22f;
            report.paint(page, p -> {
                p.beginText();
                p.setFont(fonts.bold(), titleSize);
                p.setNonStrokingColor(PdfReport.INK);
                p.newLineAtOffset(x, baseline);
                p.showText(title);
                p.setFont(fonts.regular(), hintSize);
                p.setNonStrokingColor(PdfReport.MUTED);
                p.newLineAtOffset(titleWidth + gap, 0);
                p.showText(hint);
                p.endText();
            });
            return leading;
        }
        List<PdfBlock.Line> lines = new ArrayList<>(report.lines(section.title(), fonts.bold(), titleSize,
                PdfReport.INK, width));
        lines.addAll(report.lines(section.hint(), fonts.regular(), hintSize, PdfReport.MUTED, width));
        PdfBlock block = PdfBlock.of(lines, new PdfBlock.Style(null, null, 0, false, 0));
        report.paint(page, p -> block.draw(p, x, top, width));
        return block.height();
    }

    private ColumnFlow.Result flow(List<PdfBlock> blocks, float x, float top, float columnWidth, float gap,
                                   int columns, float height) {
        ColumnFlow.ColumnSource source = new ColumnFlow.ColumnSource() {
            private int next;

            @Override
            public Optional<ColumnFlow.Column> next() {
                if (next == columns) {
                    return Optional.empty();
                }
                float columnX = x + next * (columnWidth + gap);
                next++;
                return Optional.of(new ColumnFlow.Column(0, columnX, top, columnWidth, height));
            }
        };
        return ColumnFlow.flow(blocks, source, report.continuedLine(columnWidth), false);
    }

    /** Queues the lines at the bottom of an overflowing box: how much more there is and on which page. */
    void overflowNote(SectionBox box, int continuationPage) {
        PdfBlock block = overflowBlock(overflowText(continuationPage + 1, box.leftover().size()), box);
        float pad = 4 * report.scale();
        report.paint(0, p -> block.draw(p, box.area().x() + pad, box.area().bottom() + pad + block.height(),
                box.area().width() - 2 * pad));
    }

    /** Queues the line at the bottom of an overflowing box where there is no page to continue on. */
    void overflowNote(SectionBox box) {
        int items = box.leftover().size();
        PdfBlock block = overflowBlock("▸ " + items + " more " + (items == 1 ? "item" : "items")
                + " in the PDF report", box);
        float pad = 4 * report.scale();
        report.paint(0, p -> block.draw(p, box.area().x() + pad, box.area().bottom() + pad + block.height(),
                box.area().width() - 2 * pad));
    }

    private static String overflowText(int page, int items) {
        return "▸ Continued on page " + page + ": " + items + " more " + (items == 1 ? "item" : "items");
    }

    private PdfBlock overflowBlock(String text, SectionBox box) {
        return overflowBlock(text, box.area());
    }

    private PdfBlock overflowBlock(String text, PdfReport.Area area) {
        float size = 7.5f * report.scale();
        return PdfBlock.of(report.lines(text, report.fonts().bold(), size, PdfReport.WARNING,
                area.width() - 8 * report.scale()), new PdfBlock.Style(null, null, 0, false, 0));
    }

    /** A group's frame and title colour, from the palette the window shares (offering blue, customer yellow). */
    static Color groupColour(SectionGroup group) {
        return Color.decode(SectionPalette.of(group).ink());
    }

    /** A group's background, the same as the window's group area in the light theme. */
    private static Color groupTint(SectionGroup group) {
        return Color.decode(SectionPalette.of(group).group());
    }
}
