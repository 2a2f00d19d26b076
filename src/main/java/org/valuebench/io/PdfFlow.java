package org.valuebench.io;

import java.util.ArrayList;

import java.awt.Color;
import java.util.List;
import java.util.function.IntPredicate;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * The drawing of one part of a PDF report as it flows down its pages: the page being filled, the cursor on it,
 * and what every part draws the same way (new pages, blocks that move to the next page when they do not fit,
 * table headers and cells). {@link GapFlow} and {@link StrategyFlow} carry it from one section of their pages
 * to the next.
 */
abstract class PdfFlow {
    /** A list never leaves fewer of its rows than this alone at the top of a page. */
    static final int MIN_ROWS = 3;
    final PdfReport pdf;
    final PdfFonts fonts;
    /** The page size's scale: every length is multiplied by it. */
    final float s;
    int page;
    float y;
    PdfReport.Area area;

    PdfFlow(PdfReport pdf) {
        this.pdf = pdf;
        this.fonts = pdf.fonts();
        this.s = pdf.scale();
    }

    /** A section heading in the accent colour, with its explanation in small muted type below. */
    PdfBlock headingBlock(String title, String explanation) {
        List<PdfBlock.Line> lines = new ArrayList<>(pdf.lines(title, fonts.bold(), 11 * s, PdfReport.ACCENT,
                area.width()));
        if (explanation != null) {
            lines.addAll(pdf.lines(explanation, fonts.regular(), 7.5f * s, PdfReport.MUTED, area.width()));
        }
        return PdfBlock.of(lines, new PdfBlock.Style(null, null, 0, true, 4 * s));
    }

    /** The title of a page this part continues on. */
    abstract String continuedTitle();

    final void newPage(String title, String subtitle) {
        area = pdf.addTitledPage(title, subtitle);
        page = pdf.pageCount() - 1;
        y = area.top();
    }

    final void paint(int p, PdfReport.PagePaint paint) {
        pdf.paint(p, paint);
    }

    /** Places a block at the cursor, on a new page when it does not fit; returns the top it was drawn at. */
    final float place(PdfBlock block, float keepBelow) {
        float height = block.height() + block.style().gapAfter();
        if (y - height - keepBelow < area.bottom()) {
            newPage(continuedTitle(), null);
        }
        float top = y;
        int p = page;
        paint(p, c -> block.draw(c, area.x(), top, area.width()));
        y -= height;
        return top;
    }

    /**
     * Places a list under its heading so that it reads as one: all of it on the next page when it does not fit
     * here but fits a page; otherwise the heading with the list's first rows, and never fewer than
     * {@link #MIN_ROWS} rows carried alone onto a page of their own.
     */
    final void placeList(PdfBlock heading, List<PdfBlock> rows) {
        float whole = heightOf(List.of(heading)) + heightOf(rows);
        if (y - whole < area.bottom() && whole <= area.height()) {
            newPage(continuedTitle(), null);
        }
        place(heading, heightOf(rows.subList(0, Math.min(MIN_ROWS, rows.size()))));
        for (int i = 0; i < rows.size(); i++) {
            if (rows.size() - i == MIN_ROWS && y - heightOf(rows.subList(i, rows.size())) < area.bottom()) {
                // The last rows would not all fit here: move them on together.
                newPage(continuedTitle(), null);
            }
            place(rows.get(i), 0);
        }
    }

    private static float heightOf(List<PdfBlock> blocks) {
        float height = 0;
        for (PdfBlock block : blocks) {
            height += block.height() + block.style().gapAfter();
        }
        return height;
    }

    /** A table's header row at the cursor, with a rule beneath: numbers' headers right-aligned, empty columns skipped. */
    final void tableHeader(String[] headers, float[] widths, IntPredicate number) {
        float size = 7.2f * s;
        float height = 15 * s;
        int p = page;
        float top = y;
        paint(p, c -> {
            c.setStrokingColor(PdfReport.INK);
            c.setLineWidth(0.8f);
            c.moveTo(area.x(), top - height);
            c.lineTo(area.x() + area.width(), top - height);
            c.stroke();
        });
        float x = area.x();
        for (int i = 0; i < headers.length; i++) {
            if (widths[i] > 0) {
                cell(p, headers[i], fonts.bold(), size, PdfReport.MUTED, x, top - height + 4.5f * s, widths[i],
                        number.test(i));
            }
            x += widths[i];
        }
        y -= height;
    }

    /** One line in a cell: numbers right-aligned, words left-aligned, shortened (with …) only if too wide. */
    final void cell(int p, String text, PDFont font, float size, Color colour, float x, float baseline, float width,
                    boolean right) {
        float pad = 3 * s;
        String shown = pdf.fitted(fonts.drawable(font, text), font, size, width - 2 * pad);
        float textWidth = fonts.width(font, size, shown);
        float at = right ? x + width - pad - textWidth : x + pad;
        paint(p, c -> PdfShapes.text(c, font, size, colour, at, baseline, shown));
    }
}
