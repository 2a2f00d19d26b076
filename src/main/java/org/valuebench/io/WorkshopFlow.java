package org.valuebench.io;

import java.awt.Color;
import java.util.List;
import java.util.function.IntPredicate;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * The workshop page as it flows: headings, paragraphs and tables one below the other, onto further pages when
 * needed. A table is placed as {@link PdfFlow#placeList} places a list: all on the next page when it does not fit
 * here but fits a page, its heading never without its first rows, never fewer than {@link PdfFlow#MIN_ROWS} rows
 * alone on a page; a table that goes on repeats its header.
 */
final class WorkshopFlow extends PdfFlow {
    private static final float SIZE = 8.3f;
    private final String continuedTitle;

    WorkshopFlow(PdfReport pdf, String name) {
        this("Workshop: " + name + " (continued)", pdf);
    }

    private WorkshopFlow(String continuedTitle, PdfReport pdf) {
        super(pdf);
        this.continuedTitle = continuedTitle;
    }

    /** The same flow of headings and tables for another part of the report, continued under its own title. */
    static WorkshopFlow continuedAs(PdfReport pdf, String continuedTitle) {
        return new WorkshopFlow(continuedTitle, pdf);
    }

    /**
     * One row of a table: its cells; bold for a total; on a vote's result, the dots to draw in the last column
     * and their colour (the card's section's).
     */
    record Row(String[] cells, boolean bold, int dots, Color dotColour) {
        static Row of(String... cells) {
            return new Row(cells, false, 0, null);
        }

        static Row total(String... cells) {
            return new Row(cells, true, 0, null);
        }

        static Row dots(String rank, String card, String decision, int dots, Color colour) {
            return new Row(new String[] {rank, card, decision, String.valueOf(dots)}, false, dots, colour);
        }
    }

    @Override
    String continuedTitle() {
        return continuedTitle;
    }

    void paragraph(String text, Color colour) {
        place(PdfBlock.of(pdf.lines(text, fonts.regular(), 9 * s, colour, area.width()),
                new PdfBlock.Style(null, null, 0, false, 8 * s)), 0);
    }

    /**
     * A table under its heading.
     *
     * @param widths  column widths for A4 in points; the one of 0 takes the width left (one column at most)
     * @param wrapped the column whose text wraps; the others are shortened with … only if too wide
     * @param number  the columns aligned right
     */
    void table(PdfBlock heading, String[] headers, float[] widths, int wrapped, IntPredicate number, List<Row> rows) {
        float[] w = widths(widths);
        List<Float> heights = rows.stream().map(r -> height(r, w, wrapped)).toList();
        float headerHeight = 15 * s;
        float head = heading.height() + heading.style().gapAfter() + headerHeight;
        float all = head + sum(heights, 0, heights.size());
        if (y - all < area.bottom() && all <= area.height()) {
            newPage(continuedTitle(), null);
        } else if (y - head - sum(heights, 0, Math.min(MIN_ROWS, heights.size())) < area.bottom()) {
            newPage(continuedTitle(), null);
        }
        place(heading, 0);
        tableHeader(headers, w, number);
        for (int i = 0; i < rows.size(); i++) {
            boolean lastFew = rows.size() - i == MIN_ROWS && y - sum(heights, i, rows.size()) < area.bottom();
            if (lastFew || y - heights.get(i) < area.bottom()) {
                newPage(continuedTitle(), null);
                tableHeader(headers, w, number);
            }
            row(i, rows.get(i), w, wrapped, number, heights.get(i));
        }
        y -= 10 * s;
    }

    private float[] widths(float[] widths) {
        float[] w = new float[widths.length];
        float fixed = 0;
        for (int i = 0; i < widths.length; i++) {
            w[i] = widths[i] * s;
            fixed += w[i];
        }
        for (int i = 0; i < widths.length; i++) {
            if (widths[i] == 0) {
                w[i] = area.width() - fixed;
            }
        }
        return w;
    }

    private float height(Row row, float[] w, int wrapped) {
        float pad = 3 * s;
        int lines = pdf.lines(row.cells()[wrapped], font(row), SIZE * s, PdfReport.INK, w[wrapped] - 2 * pad).size();
        return Math.max(1, lines) * SIZE * s * 1.28f + 2 * pad;
    }

    private PDFont font(Row row) {
        return row.bold() ? fonts.bold() : fonts.regular();
    }

    private void row(int index, Row row, float[] w, int wrapped, IntPredicate number, float height) {
        float size = SIZE * s;
        float pad = 3 * s;
        float leading = size * 1.28f;
        int p = page;
        float top = y;
        if (index % 2 == 1 || row.bold()) {
            Color fill = row.bold() ? PdfShapes.towardsWhite(PdfReport.ACCENT, 8) : GapReportPages.ZEBRA;
            paint(p, c -> {
                c.setNonStrokingColor(fill);
                c.addRect(area.x(), top - height, area.width(), height);
                c.fill();
            });
        }
        float baseline = top - pad - leading + leading * 0.22f;
        float x = area.x();
        for (int i = 0; i < row.cells().length; i++) {
            if (w[i] <= 0) {
                continue;
            }
            if (i == wrapped) {
                float lineY = top - pad;
                for (PdfBlock.Line line : pdf.lines(row.cells()[i], font(row), size, PdfReport.INK, w[i] - 2 * pad)) {
                    lineY -= line.leading();
                    float at = lineY + line.leading() * 0.22f;
                    float lx = x + pad;
                    paint(p, c -> PdfShapes.text(c, line.font(), size, line.color(), lx, at, line.text()));
                }
            } else if (row.dots() > 0 && i == row.cells().length - 1) {
                dots(p, row, x, baseline, w[i], size);
            } else {
                cell(p, row.cells()[i], font(row), size, PdfReport.INK, x, baseline, w[i], number.test(i));
            }
            x += w[i];
        }
        y -= height;
    }

    /** The count right-aligned, and as many dots as fit before it, drawn in the card's section colour. */
    private void dots(int p, Row row, float x, float baseline, float width, float size) {
        String count = row.cells()[row.cells().length - 1];
        cell(p, count, fonts.bold(), size, PdfReport.INK, x, baseline, width, true);
        float r = 2.8f * s;
        float step = 7.5f * s;
        int fit = (int) ((width - 24 * s) / step);
        int shown = Math.min(row.dots(), fit);
        float cy = baseline + size * 0.33f;
        for (int i = 0; i < shown; i++) {
            float cx = x + 4 * s + r + i * step;
            paint(p, c -> {
                c.setNonStrokingColor(row.dotColour());
                PdfShapes.circle(c, cx, cy, r);
                c.fill();
            });
        }
    }

    private static float sum(List<Float> heights, int from, int to) {
        float total = 0;
        for (int i = from; i < to; i++) {
            total += heights.get(i);
        }
        return total;
    }
}
