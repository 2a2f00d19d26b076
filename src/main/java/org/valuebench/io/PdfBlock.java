package org.valuebench.io;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.util.Matrix;

/**
 * A run of lines drawn together, optionally on a filled card (a sticky note). Blocks are what a
 * {@link ColumnFlow} places into columns; a block taller than a column is split between lines, never cut.
 */
public final class PdfBlock {

    /** One line of drawable text in visual order (see {@link PdfReport#lines}). */
    public record Line(String text, PDFont font, float size, Color color, float leading, float indent) {
        static Line spacer(float height) {
            return new Line("", null, 0, Color.BLACK, height, 0);
        }
    }

    /**
     * How the block looks and flows.
     *
     * @param fill         card colour, or null for plain text
     * @param border       card outline, or null
     * @param padding      inside the card
     * @param keepWithNext a heading: never left alone at the bottom of a column
     * @param gapAfter     space below the block
     */
    public record Style(Color fill, Color border, float padding, boolean keepWithNext, float gapAfter) {
    }

    private final List<Line> lines;
    private final Style style;
    private final Object source;
    private final int repeatedHeader;

    /**
     * @param source         what the block shows (an item, for notes); may be null
     * @param repeatedHeader how many leading lines are a header (badge) rather than source text
     */
    PdfBlock(List<Line> lines, Style style, Object source, int repeatedHeader) {
        this.lines = List.copyOf(lines);
        this.style = style;
        this.source = source;
        this.repeatedHeader = repeatedHeader;
    }

    public static PdfBlock of(List<Line> lines, Style style) {
        return new PdfBlock(lines, style, null, 0);
    }

    List<Line> lines() {
        return lines;
    }

    Style style() {
        return style;
    }

    Object source() {
        return source;
    }

    float height() {
        return heightOf(lines.size());
    }

    /** Height of the block if it held only its first {@code count} lines. */
    float heightOf(int count) {
        float h = 2 * style.padding();
        for (int i = 0; i < count; i++) {
            h += lines.get(i).leading();
        }
        return h;
    }

    /** How many leading lines fit in {@code height}; at least the header plus one text line to be worth it. */
    int linesFitting(float height) {
        int count = 0;
        while (count < lines.size() && heightOf(count + 1) <= height) {
            count++;
        }
        return count;
    }

    /** A split must leave at least one text line on each side of it. */
    boolean canSplitAfter(int count) {
        return count > repeatedHeader && count < lines.size();
    }

    PdfBlock head(int count) {
        return new PdfBlock(lines.subList(0, count), style, source, Math.min(repeatedHeader, count));
    }

    /** The lines after the first {@code count}, under a small "continued" line so a reader sees the join. */
    PdfBlock tail(int count, Line continuedMarker) {
        List<Line> rest = new ArrayList<>();
        rest.add(continuedMarker);
        rest.addAll(lines.subList(count, lines.size()));
        return new PdfBlock(rest, style, source, 1);
    }

    int headerLines() {
        return repeatedHeader;
    }

    void draw(PDPageContentStream page, float x, float top, float width) throws IOException {
        float height = height();
        if (style.fill() != null || style.border() != null) {
            PdfShapes.roundedRect(page, x, top - height, width, height, 2.5f);
            if (style.fill() != null && style.border() != null) {
                page.setNonStrokingColor(style.fill());
                page.setStrokingColor(style.border());
                page.setLineWidth(0.5f);
                page.fillAndStroke();
            } else if (style.fill() != null) {
                page.setNonStrokingColor(style.fill());
                page.fill();
            } else {
                page.setStrokingColor(style.border());
                page.setLineWidth(0.5f);
                page.stroke();
            }
        }
        drawLines(page, x + style.padding(), top - style.padding());
    }

    /**
     * The lines as one text object whose font and colour are set only when they change, instead of a text object
     * per line with all its settings again (a report of a big canvas draws thousands of lines).
     */
    private void drawLines(PDPageContentStream page, float left, float top) throws IOException {
        float y = top;
        boolean open = false;
        PDFont font = null;
        float size = 0;
        Color color = null;
        for (Line line : lines) {
            y -= line.leading();
            if (line.text().isEmpty() || line.font() == null) {
                continue;
            }
            float baseline = y + line.leading() * 0.22f;
            if (!open) {
                page.beginText();
                open = true;
            }
            // Placed absolutely, as each line's own text object placed it: moves relative to the last line
            // would round differently and shift a glyph's edge by a fraction of a pixel.
            page.setTextMatrix(Matrix.getTranslateInstance(left + line.indent(), baseline));
            if (line.font() != font || line.size() != size) {
                font = line.font();
                size = line.size();
                page.setFont(font, size);
            }
            if (!line.color().equals(color)) {
                color = line.color();
                page.setNonStrokingColor(color);
            }
            page.showText(line.text());
        }
        if (open) {
            page.endText();
        }
    }
}
