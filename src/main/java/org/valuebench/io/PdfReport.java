package org.valuebench.io;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * A PDF report under construction: landscape pages of one size, the embedded fonts, the shared look
 * (margins, type sizes, colours) and the drawing queued for each page. Pages are drawn in {@link #finish}, so
 * a page can refer to pages that come after it (page 1 says where an overflowing section continues).
 */
public final class PdfReport {
    static final Color INK = new Color(0x22, 0x22, 0x22);
    static final Color MUTED = new Color(0x5f, 0x63, 0x68);
    static final Color ACCENT = new Color(0x1f, 0x5c, 0x7a);
    static final Color WARNING = new Color(0xa3, 0x3b, 0x20);

    /** Draws onto one page's content stream. */
    @FunctionalInterface
    public interface PagePaint {
        void paint(PDPageContentStream page) throws IOException;
    }

    /** A rectangle in PDF points, origin at the bottom left of the page. */
    public record Area(float x, float bottom, float width, float height) {
        public float top() {
            return bottom + height;
        }
    }

    private final PDDocument document;
    private final PdfFonts fonts;
    private final TextWrapper wrapper;
    private final PDRectangle pageSize;
    private final String documentTitle;
    private final List<List<PagePaint>> pages = new ArrayList<>();
    /** False for a picture of the board: no page footer and no room kept for one. */
    private final boolean footers;

    PdfReport(PDDocument document, PdfFonts fonts, PDRectangle pageSize, String documentTitle) {
        this(document, fonts, pageSize, documentTitle, true);
    }

    private PdfReport(PDDocument document, PdfFonts fonts, PDRectangle pageSize, String documentTitle,
                      boolean footers) {
        this.footers = footers;
        this.document = document;
        this.fonts = fonts;
        this.wrapper = new TextWrapper(fonts);
        this.pageSize = pageSize;
        this.documentTitle = documentTitle;
    }

    /** A single page of {@code pageSize} with no page footer, to be rendered as a picture. */
    static PdfReport picture(PDDocument document, PdfFonts fonts, PDRectangle pageSize, String title) {
        return new PdfReport(document, fonts, pageSize, title, false);
    }

    public PDDocument document() {
        return document;
    }

    public PdfFonts fonts() {
        return fonts;
    }

    public PDRectangle pageSize() {
        return pageSize;
    }

    /** Type and spacing scale with the paper: 1 on A4, about 1.41 on A3, 0.94 on US Letter. */
    public float scale() {
        return pageSize.getWidth() / PDRectangle.A4.getHeight();
    }

    public float margin() {
        return 26 * scale();
    }

    /** Space kept free at the bottom of every page for the page footer. */
    float footerHeight() {
        return footers ? 14 * scale() : 0;
    }

    public int pageCount() {
        return pages.size();
    }

    /** Adds an empty page and returns its index (0-based); draw on it with {@link #paint}. */
    public int addPage() {
        pages.add(new ArrayList<>());
        return pages.size() - 1;
    }

    public void paint(int pageIndex, PagePaint paint) {
        pages.get(pageIndex).add(paint);
    }

    /**
     * Adds a page with a title and returns the area left below it for content (inside the margins, above the
     * footer); draw into that area with {@link #paint}.
     */
    public Area addTitledPage(String title, String subtitle) {
        int page = addPage();
        return new Area(margin(), margin() + footerHeight(), pageSize.getWidth() - 2 * margin(),
                pageTitle(page, title, subtitle) - margin() - footerHeight());
    }

    /** Draws a page title and subtitle; returns the y below them where content may start. */
    float pageTitle(int page, String title, String subtitle) {
        float s = scale();
        float width = pageSize.getWidth() - 2 * margin();
        List<PdfBlock.Line> lines = new ArrayList<>(lines(title, fonts.bold(), 15 * s, INK, width));
        if (subtitle != null && !subtitle.isBlank()) {
            lines.addAll(lines(subtitle, fonts.regular(), 8.5f * s, MUTED, width));
        }
        PdfBlock block = PdfBlock.of(lines, new PdfBlock.Style(null, null, 0, false, 0));
        float top = pageSize.getHeight() - margin();
        paint(page, p -> block.draw(p, margin(), top, width));
        return top - block.height() - 10 * s;
    }

    /**
     * Adds as many pages as {@code blocks} need, each with the title, laid out in {@code columns} columns.
     *
     * @return the index of the page each block starts on, in the order of {@code blocks}
     */
    public List<Integer> addFlowPages(String title, String subtitle, int columns, List<PdfBlock> blocks) {
        Integer[] firstPages = new Integer[blocks.size()];
        float s = scale();
        float gap = 12 * s;
        float columnWidth = columnWidth(columns);
        ColumnFlow.ColumnSource source = new ColumnFlow.ColumnSource() {
            private int column = columns;
            private int page = -1;
            private float top;
            private float bottom;
            private boolean first = true;

            @Override
            public Optional<ColumnFlow.Column> next() {
                if (column == columns) {
                    page = addPage();
                    top = pageTitle(page, first ? title : title + " (continued)", subtitle);
                    first = false;
                    bottom = margin() + footerHeight();
                    column = 0;
                }
                float x = margin() + column * (columnWidth + gap);
                column++;
                return Optional.of(new ColumnFlow.Column(page, x, top, columnWidth, top - bottom));
            }
        };
        ColumnFlow.Result result = ColumnFlow.flow(blocks, source, continuedLine(columnWidth), true);
        for (ColumnFlow.Placed placed : result.placed()) {
            PdfBlock block = placed.block();
            float top = placed.top();
            ColumnFlow.Column column = placed.column();
            paint(column.page(), p -> block.draw(p, column.x(), top, column.width()));
            if (firstPages[placed.index()] == null) {
                firstPages[placed.index()] = column.page();
            }
        }
        return Arrays.asList(firstPages);
    }

    /** Width of one of {@code columns} columns of a flow page, to lay blocks out for it. */
    public float columnWidth(int columns) {
        float gap = 12 * scale();
        return (pageSize.getWidth() - 2 * margin() - (columns - 1) * gap) / columns;
    }

    /** Wraps text into lines of at most {@code width} points, ready for a {@link PdfBlock}. */
    public List<PdfBlock.Line> lines(String text, PDFont font, float size, Color color, float width) {
        return lines(text, font, size, color, width, 0);
    }

    /** Like {@link #lines(String, PDFont, float, Color, float)}, every line indented by {@code indent}. */
    public List<PdfBlock.Line> lines(String text, PDFont font, float size, Color color, float width, float indent) {
        List<PdfBlock.Line> lines = new ArrayList<>();
        for (String line : wrapper.wrap(text, font, size, width - indent)) {
            lines.add(new PdfBlock.Line(line, font, size, color, size * 1.28f, indent));
        }
        return lines;
    }

    /** The small line that starts the rest of a note split across columns or pages. */
    PdfBlock.Line continuedLine(float width) {
        float size = 6.8f * scale();
        return new PdfBlock.Line(fonts.drawable(fonts.regular(), "… continued"), fonts.regular(), size, MUTED,
                size * 1.3f, 0);
    }

    /** Draws every queued page, then the footer "ValueBench · title · page i of n" on each. */
    void finish() throws IOException {
        float s = scale();
        int total = pages.size();
        for (int i = 0; i < total; i++) {
            PDPage page = new PDPage(pageSize);
            document.addPage(page);
            try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
                for (PagePaint paint : pages.get(i)) {
                    paint.paint(stream);
                }
                if (footers) {
                    footer(stream, "ValueBench · " + documentTitle, "Page " + (i + 1) + " of " + total, s);
                }
            }
        }
    }

    private void footer(PDPageContentStream page, String left, String right, float s) throws IOException {
        float size = 7 * s;
        float y = margin() - 2 * s;
        PDFont font = fonts.regular();
        String rightText = fonts.drawable(font, right);
        float rightWidth = fonts.width(font, size, rightText);
        String leftText = fitted(fonts.drawable(font, left), font, size,
                pageSize.getWidth() - 2 * margin() - rightWidth - 20 * s);
        page.beginText();
        page.setFont(font, size);
        page.setNonStrokingColor(MUTED);
        page.newLineAtOffset(margin(), y);
        page.showText(TextWrapper.visualOrder(leftText));
        page.endText();
        page.beginText();
        page.newLineAtOffset(pageSize.getWidth() - margin() - rightWidth, y);
        page.showText(rightText);
        page.endText();
    }

    /** Shortens a one-line label (never content) with an ellipsis to fit. */
    String fitted(String text, PDFont font, float size, float width) {
        if (fonts.width(font, size, text) <= width) {
            return text;
        }
        // The longest start that fits with the ellipsis, measured once: a width is the sum of its characters'
        // widths, so measuring ever shorter copies from the end again (once per character too many) adds nothing.
        float ellipsis = fonts.width(font, size, '…');
        float prefix = 0;
        int end = 0;
        while (end < text.length()) {
            int cp = text.codePointAt(end);
            float longer = prefix + fonts.width(font, size, cp);
            if (longer + ellipsis > width) {
                break;
            }
            prefix = longer;
            end += Character.charCount(cp);
        }
        return text.substring(0, end) + "…";
    }
}
