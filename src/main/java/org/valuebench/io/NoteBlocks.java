package org.valuebench.io;

import java.awt.Color;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.valuebench.domain.ColourTag;
import org.valuebench.domain.Item;
import org.valuebench.domain.SectionGroup;
import org.valuebench.report.SectionPalette;

/** Turns items into sticky-note blocks: importance on customer items, the target on promises, the author. */
final class NoteBlocks {
    private final PdfReport report;

    NoteBlocks(PdfReport report) {
        this.report = report;
    }

    /** The whole note, for a column {@code width} points wide. */
    PdfBlock note(Item item, float width) {
        List<PdfBlock.Line> lines = new ArrayList<>();
        badge(item).ifPresent(lines::add);
        int header = lines.size();
        addText(lines, item, width);
        return new PdfBlock(lines, style(item), item, header);
    }

    /** The notes of {@code items}, each laid out the first time it is asked for. */
    List<PdfBlock> notes(List<Item> items, float width) {
        PdfBlock[] laidOut = new PdfBlock[items.size()];
        return new AbstractList<>() {
            @Override
            public PdfBlock get(int index) {
                if (laidOut[index] == null) {
                    laidOut[index] = note(items.get(index), width);
                }
                return laidOut[index];
            }

            @Override
            public int size() {
                return laidOut.length;
            }
        };
    }

    private void addText(List<PdfBlock.Line> lines, Item item, float width) {
        float s = report.scale();
        float inner = width - 2 * padding();
        lines.addAll(report.lines(item.text(), report.fonts().regular(), 8 * s, PdfReport.INK, inner));
        if (!item.author().isEmpty()) {
            lines.addAll(report.lines("— " + item.author(), report.fonts().regular(), 6.8f * s, PdfReport.MUTED,
                    inner));
        }
    }

    private Optional<PdfBlock.Line> badge(Item item) {
        float size = 6.8f * report.scale();
        String label;
        Color colour;
        if (item.isCustomer()) {
            label = "IMPORTANCE " + "●".repeat(item.importance()) + "○".repeat(5 - item.importance()) + " "
                    + item.importance() + "/5";
            colour = PdfReport.ACCENT;
        } else if (item.promise()) {
            label = "PROMISE · TARGET " + item.promiseTarget() + "/5";
            colour = PdfReport.WARNING;
        } else {
            return Optional.empty();
        }
        return Optional.of(new PdfBlock.Line(report.fonts().drawable(report.fonts().bold(), label),
                report.fonts().bold(), size, colour, size * 1.45f, 0));
    }

    private PdfBlock.Style style(Item item) {
        Color fill = fill(item);
        return new PdfBlock.Style(fill, border(fill), padding(), false, 4 * report.scale());
    }

    private float padding() {
        return 4 * report.scale();
    }

    static Color fill(Item item) {
        if (item.colour() == ColourTag.NONE) {
            return defaultFill(item.section().group());
        }
        return switch (item.colour()) {
            case YELLOW -> new Color(0xFF, 0xF1, 0xA8);
            case GREEN -> new Color(0xD5, 0xF0, 0xCF);
            case BLUE -> new Color(0xD3, 0xE5, 0xF8);
            case PINK -> new Color(0xF9, 0xD5, 0xE5);
            case ORANGE -> new Color(0xFF, 0xDD, 0xB5);
            case PURPLE -> new Color(0xE4, 0xD9, 0xF5);
            case NONE -> defaultFill(item.section().group());
        };
    }

    /** An uncoloured note's fill: its group's card colour from the palette the window uses. */
    private static Color defaultFill(SectionGroup group) {
        return Color.decode(SectionPalette.of(group).card());
    }

    private static Color border(Color fill) {
        return new Color((int) (fill.getRed() * 0.8), (int) (fill.getGreen() * 0.8), (int) (fill.getBlue() * 0.8));
    }
}
