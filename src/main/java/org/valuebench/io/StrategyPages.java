package org.valuebench.io;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.valuebench.analysis.DifferentiationReport;
import org.valuebench.analysis.FactorStanding;
import org.valuebench.analysis.RivalComparison;
import org.valuebench.analysis.Standing;
import org.valuebench.domain.CanvasContent;
import org.valuebench.domain.Factor;
import org.valuebench.domain.FourAction;
import org.valuebench.domain.Offer;
import org.valuebench.domain.Rating;
import org.valuebench.domain.Strategy;
import org.valuebench.report.FigureFormat;
import org.valuebench.report.StrategyFigures;
import org.valuebench.report.Style;

/**
 * The strategy canvas of a canvas with competing factors, drawn as vector graphics: the value curves (one line
 * per offer across the factors, ours thicker, a legend; an unknown rating leaves a gap in its line; our
 * delivered level dashed where there is feedback), then the four actions grid with its notes and the
 * differentiation table, me-too factors first, with the summary and the rivals. A chart shows at most as many
 * factors as stay legible and continues on further pages; long names are wrapped, and cut with … only in
 * the chart's axis labels, where the table below has them whole.
 */
public final class StrategyPages implements PdfReportPart {
    /** Okabe and Ito's colour-blind-safe palette, minus its yellow, which vanishes on white paper and projectors. */
    static final Color[] PALETTE = {
        new Color(0xE6, 0x9F, 0x00), new Color(0x56, 0xB4, 0xE9), new Color(0x00, 0x9E, 0x73),
        new Color(0xCC, 0x79, 0xA7), new Color(0xD5, 0x5E, 0x00), new Color(0x00, 0x72, 0xB2),
        new Color(0x88, 0x88, 0x88)};
    static final Color OURS = new Color(0x1B, 0x1F, 0x3B);
    static final Color ME_TOO = new Color(0x9A, 0x6A, 0x00);
    private static final String DASH = "–";
    private static final int MAX_LEADERS = 3;

    private final CanvasContent content;
    private final DifferentiationReport report;

    /**
     * @param report the differentiation analysis of {@code content}, with delivery from feedback where there is
     *               some
     */
    public StrategyPages(CanvasContent content, DifferentiationReport report) {
        this.content = content;
        this.report = report;
    }

    @Override
    public void addTo(PdfReport report) throws IOException {
        if (content.strategy().isEmpty()) {
            return;
        }
        new Drawing(report).draw();
    }

    /** An integer margin or a weighted one with its sign; zero without one. */
    static String signed(double value, int decimals) {
        return FigureFormat.signed(value, decimals, Style.PRINT);
    }

    private final class Drawing extends PdfFlow {
        private final String name;
        private final Strategy strategy;
        private final List<Offer> offers;
        private final List<FactorStanding> byPosition;
        private final boolean delivered;
        private boolean legendOverflows;

        Drawing(PdfReport pdf) {
            super(pdf);
            this.name = content.canvas().name();
            this.strategy = content.strategy();
            this.offers = content.offers();
            this.byPosition = strategy.factors().stream()
                    .map(f -> report.factors().stream().filter(st -> st.factor().id() == f.id()).findFirst()
                            .orElseThrow())
                    .toList();
            this.delivered = report.factors().stream().anyMatch(st -> st.delivered() != null);
        }

        void draw() {
            curves();
            fourActions();
            differentiation();
        }

        // ---- the value curves

        private void curves() {
            int total = strategy.factors().size();
            String subtitle = "Each offer rated 1 (poor) to 5 (best) on the factors customers compare, in their"
                    + " order on the canvas. Ours is the thick dark line" + (delivered
                    ? "; dashed: what our customers say we deliver (the gap analysis of the factor's promise)"
                    : "") + ". A gap in a line: that rating is unknown.";
            float plotWidthGuess = pdf.pageSize().getWidth() - 2 * pdf.margin() - 40 * s;
            int perPage = Math.max(2, (int) (plotWidthGuess / (52 * s)));
            int pages = (total + perPage - 1) / perPage;
            int balanced = (total + pages - 1) / pages;
            for (int first = 0; first < total; first += balanced) {
                int last = Math.min(total, first + balanced);
                String title = "Strategy canvas: " + name + (pages > 1
                        ? " (factors " + (first + 1) + DASH + last + " of " + total + ")" : "");
                newPage(title, first == 0 ? subtitle : null);
                chart(first, last);
            }
            if (legendOverflows) {
                legendPages();
            }
        }

        private void chart(int first, int last) {
            int n = last - first;
            float row = 12 * s;
            LegendLayout legend = layout(legendEntries(), area.width(), Math.max(2, (int) (area.height() * 0.22f / row)));
            legendOverflows |= legend.hidden() > 0;
            float legendHeight = legend.rows() * row;
            float labelSize = 7.2f * s;
            float labelLeading = labelSize * 1.2f;
            float axisLabels = 4 * labelLeading + 6 * s;
            float plotX = area.x() + 34 * s;
            float plotWidth = area.x() + area.width() - 6 * s - plotX;
            float plotBottom = area.bottom() + legendHeight + 10 * s + axisLabels;
            float plotTop = area.top() - 4 * s;
            float plotHeight = plotTop - plotBottom;
            float step = plotWidth / n;
            int p = page;
            // Scores 1..5 sit on the gridlines, half a step clear of the frame.
            java.util.function.DoubleFunction<Float> yOf =
                    v -> plotBottom + (float) ((v - 0.5) / 5.0) * plotHeight;
            paint(p, c -> {
                c.setStrokingColor(GapReportPages.GRID);
                c.setLineWidth(0.6f);
                for (int v = 1; v <= 5; v++) {
                    c.moveTo(plotX, yOf.apply(v));
                    c.lineTo(plotX + plotWidth, yOf.apply(v));
                }
                for (int i = 0; i <= n; i++) {
                    c.moveTo(plotX + i * step, plotBottom);
                    c.lineTo(plotX + i * step, plotTop);
                }
                c.stroke();
                c.setStrokingColor(PdfReport.INK);
                c.setLineWidth(0.9f);
                c.moveTo(plotX, plotTop);
                c.lineTo(plotX, plotBottom);
                c.lineTo(plotX + plotWidth, plotBottom);
                c.stroke();
            });
            for (int v = 1; v <= 5; v++) {
                String label = Integer.toString(v);
                float w = fonts.width(fonts.regular(), 8 * s, label);
                float at = yOf.apply(v) - 2.8f * s;
                paint(p, c -> PdfShapes.text(c, fonts.regular(), 8 * s, PdfReport.MUTED, plotX - 5 * s - w, at, label));
            }
            String axisTitle = fonts.drawable(fonts.bold(), "Rating");
            float titleX = area.x() + 8 * s;
            float titleY = plotBottom + plotHeight / 2 - fonts.width(fonts.bold(), 7.5f * s, axisTitle) / 2;
            paint(p, c -> {
                c.beginText();
                c.setFont(fonts.bold(), 7.5f * s);
                c.setNonStrokingColor(PdfReport.INK);
                c.setTextMatrix(new org.apache.pdfbox.util.Matrix(0, 1, -1, 0, titleX, titleY));
                c.showText(axisTitle);
                c.endText();
            });
            for (int i = first; i < last; i++) {
                factorLabel(p, i, plotX + (i - first) * step, step, plotBottom - 4 * s, labelSize, labelLeading);
            }
            for (int o = offers.size() - 1; o >= 0; o--) {
                curve(p, o, first, last, plotX, step, yOf);
            }
            if (delivered) {
                deliveredCurve(p, first, last, plotX, step, yOf);
            }
            drawLegend(legend, area.x(), area.bottom() + legendHeight, "offers: every line is named after the chart");
        }

        /** The factor's number and name under its column: up to three lines, the last cut with … if need be. */
        private void factorLabel(int p, int index, float left, float width, float top, float size, float leading) {
            Factor factor = strategy.factors().get(index);
            float inner = width - 4 * s;
            List<PdfBlock.Line> lines = pdf.lines((index + 1) + ". " + factor.name(), fonts.regular(), size,
                    PdfReport.INK, inner);
            List<String> shown = new ArrayList<>();
            for (int i = 0; i < Math.min(3, lines.size()); i++) {
                shown.add(lines.get(i).text());
            }
            if (lines.size() > 3) {
                shown.set(2, pdf.fitted(shown.get(2) + " " + lines.get(3).text(), fonts.regular(), size, inner));
            }
            String action = factor.action() == FourAction.NONE ? null : factor.action().title();
            if (action != null) {
                shown.add(action);
            }
            for (int i = 0; i < shown.size(); i++) {
                boolean isAction = action != null && i == shown.size() - 1;
                PDFont font = isAction ? fonts.bold() : fonts.regular();
                String text = isAction ? fonts.drawable(font, shown.get(i)) : shown.get(i);
                float w = fonts.width(font, size, text);
                float at = left + (width - w) / 2;
                float baseline = top - (i + 1) * leading + leading * 0.2f;
                Color colour = isAction ? PdfReport.ACCENT : PdfReport.INK;
                paint(p, c -> PdfShapes.text(c, font, size, colour, at, baseline, text));
            }
        }

        private void curve(int p, int offerIndex, int first, int last, float plotX, float step,
                           java.util.function.DoubleFunction<Float> yOf) {
            Offer offer = offers.get(offerIndex);
            Color colour = colour(offerIndex);
            boolean ours = offer.isOurs();
            float nudge = nudge(offerIndex, step);
            List<float[]> points = new ArrayList<>();
            for (int i = first; i < last; i++) {
                Rating rating = strategy.rating(strategy.factors().get(i).id(), offer.id());
                points.add(rating.isKnown()
                        ? new float[] {plotX + (i - first + 0.5f) * step + nudge, yOf.apply(rating.score())} : null);
            }
            float width = ours ? 3.2f * s : 1.4f * s;
            float[] dash = dash(offerIndex);
            paint(p, c -> {
                c.setStrokingColor(colour);
                c.setLineWidth(width);
                c.setLineCapStyle(1);
                c.setLineJoinStyle(1);
                if (dash.length > 0) {
                    c.setLineDashPattern(dash, 0);
                }
                brokenLine(c, points);
                for (float[] point : points) {
                    if (point != null) {
                        marker(c, offerIndex, point[0], point[1], ours ? 3.6f * s : 2.7f * s, colour, true);
                    }
                }
            });
        }

        /** Joins neighbouring points; a missing one (an unknown rating) leaves a gap. Ends any dash pattern. */
        private static void brokenLine(PDPageContentStream c, List<float[]> points) throws IOException {
            for (int i = 1; i < points.size(); i++) {
                if (points.get(i - 1) != null && points.get(i) != null) {
                    c.moveTo(points.get(i - 1)[0], points.get(i - 1)[1]);
                    c.lineTo(points.get(i)[0], points.get(i)[1]);
                }
            }
            c.stroke();
            c.setLineDashPattern(new float[0], 0);
        }

        /** Offers level on a factor would hide each other: each is moved sideways by its place in the legend. */
        private float nudge(int offerIndex, float step) {
            float spread = Math.min(6 * s, step * 0.5f / Math.max(1, offers.size()));
            return (offerIndex - (offers.size() - 1) / 2f) * spread;
        }

        private void deliveredCurve(int p, int first, int last, float plotX, float step,
                                    java.util.function.DoubleFunction<Float> yOf) {
            float nudge = nudge(0, step);
            List<float[]> points = new ArrayList<>();
            for (int i = first; i < last; i++) {
                Double value = byPosition.get(i).delivered();
                points.add(value == null ? null : new float[] {plotX + (i - first + 0.5f) * step + nudge,
                    yOf.apply(Math.max(1, Math.min(5, value)))});
            }
            paint(p, c -> {
                c.setStrokingColor(OURS);
                c.setLineWidth(1.6f * s);
                c.setLineDashPattern(new float[] {4 * s, 2.5f * s}, 0);
                brokenLine(c, points);
                for (float[] point : points) {
                    if (point != null) {
                        PdfShapes.circle(c, point[0], point[1], 3.2f * s);
                        c.setNonStrokingColor(Color.WHITE);
                        c.setStrokingColor(OURS);
                        c.setLineWidth(1.3f * s);
                        c.fillAndStroke();
                    }
                }
            });
        }

        /** Where the legend's entries go: for each entry shown, its x offset and row; how many rows in all. */
        private record LegendLayout(List<Integer> shown, List<float[]> spots, int rows, int hidden) {
        }

        private String legendLabel(int entry) {
            float size = 7.5f * s;
            if (entry == offers.size()) {
                return fonts.drawable(fonts.regular(), "Ours as delivered (customer feedback)");
            }
            Offer offer = offers.get(entry);
            String label = offer.isOurs() ? "Ours: " + offer.name()
                    : offer.name() + " (" + offer.section().map(sec -> sec.title().toLowerCase(Locale.ROOT)
                            .replaceAll("s$", "")).orElse("") + ")";
            return pdf.fitted(fonts.drawable(fonts.regular(), label), fonts.regular(), size, 170 * s);
        }

        private float legendWidth(int entry) {
            return 22 * s + 4 * s + fonts.width(fonts.regular(), 7.5f * s, legendLabel(entry)) + 14 * s;
        }

        /**
         * Lays the entries out in rows of {@code width}; when they need more than {@code maxRows}, the last row
         * says how many more there are instead.
         */
        private LegendLayout layout(List<Integer> entries, float width, int maxRows) {
            List<Integer> shown = new ArrayList<>();
            List<float[]> spots = new ArrayList<>();
            float cx = 0;
            int row = 0;
            for (int i = 0; i < entries.size(); i++) {
                float w = legendWidth(entries.get(i));
                if (cx > 0 && cx + w > width) {
                    row++;
                    cx = 0;
                }
                if (row >= maxRows || (row == maxRows - 1 && !fitsRest(entries, i, cx + w, width))) {
                    return new LegendLayout(shown, spots, maxRows, entries.size() - shown.size());
                }
                shown.add(entries.get(i));
                spots.add(new float[] {cx, row});
                cx += w;
            }
            return new LegendLayout(shown, spots, row + 1, 0);
        }

        /** Whether the entries from {@code from} on fit on the rest of the current row. */
        private boolean fitsRest(List<Integer> entries, int from, float cx, float width) {
            float x = cx;
            for (int i = from + 1; i < entries.size(); i++) {
                x += legendWidth(entries.get(i));
                if (x > width) {
                    return false;
                }
            }
            return true;
        }

        private List<Integer> legendEntries() {
            List<Integer> entries = new ArrayList<>();
            for (int i = 0; i <= offers.size() - (delivered ? 0 : 1); i++) {
                entries.add(i);
            }
            return entries;
        }

        private void drawLegend(LegendLayout layout, float x, float top, String more) {
            float size = 7.5f * s;
            float row = 12 * s;
            float sample = 22 * s;
            int p = page;
            for (int i = 0; i < layout.shown().size(); i++) {
                float left = x + layout.spots().get(i)[0];
                float mid = top - (layout.spots().get(i)[1] + 0.5f) * row;
                String label = legendLabel(layout.shown().get(i));
                int index = layout.shown().get(i);
                boolean deliveredEntry = index == offers.size();
                paint(p, c -> {
                    if (deliveredEntry) {
                        c.setStrokingColor(OURS);
                        c.setLineWidth(1.6f * s);
                        c.setLineDashPattern(new float[] {4 * s, 2.5f * s}, 0);
                        c.moveTo(left, mid);
                        c.lineTo(left + sample, mid);
                        c.stroke();
                        c.setLineDashPattern(new float[0], 0);
                        PdfShapes.circle(c, left + sample / 2, mid, 3.2f * s);
                        c.setNonStrokingColor(Color.WHITE);
                        c.setLineWidth(1.3f * s);
                        c.fillAndStroke();
                    } else {
                        boolean ours = offers.get(index).isOurs();
                        c.setStrokingColor(colour(index));
                        c.setLineWidth(ours ? 3.2f * s : 1.4f * s);
                        float[] dash = dash(index);
                        if (dash.length > 0) {
                            c.setLineDashPattern(dash, 0);
                        }
                        c.moveTo(left, mid);
                        c.lineTo(left + sample, mid);
                        c.stroke();
                        c.setLineDashPattern(new float[0], 0);
                        marker(c, index, left + sample / 2, mid, ours ? 3.6f * s : 2.7f * s, colour(index), true);
                    }
                    PdfShapes.text(c, fonts.regular(), size, PdfReport.INK, left + sample + 4 * s, mid - size * 0.35f, label);
                });
            }
            if (layout.hidden() > 0) {
                String note = fonts.drawable(fonts.bold(), "… and " + layout.hidden() + " more " + more);
                float mid = top - (layout.rows() - 0.5f) * row;
                paint(p, c -> PdfShapes.text(c, fonts.bold(), size, PdfReport.MUTED, x, mid - size * 0.35f, note));
            }
        }

        /** The whole legend on pages of its own, for a chart with more offers than its page has room to name. */
        private void legendPages() {
            List<Integer> rest = legendEntries();
            float row = 12 * s;
            boolean first = true;
            while (!rest.isEmpty()) {
                newPage("Strategy canvas: " + name + ", the offers" + (first ? "" : " (continued)"),
                        first ? "Every line on the strategy canvas, in the order of the ratings grid." : null);
                first = false;
                LegendLayout layout = layout(rest, area.width(), Math.max(2, (int) (area.height() / row)));
                drawLegend(layout, area.x(), area.top(), "offers on the next page");
                rest = rest.subList(layout.shown().size(), rest.size());
            }
        }

        // ---- the four actions grid

        private void fourActions() {
            newPage("Four actions and differentiation: " + name, "Kim and Mauborgne's four actions: what the"
                    + " offering should stop doing, do less of, do more of and start doing, each with the team's"
                    + " note. Raise and create can become new promises on the canvas.");
            heading("Four actions", null);
            float gap = 8 * s;
            float cellWidth = (area.width() - gap) / 2;
            FourAction[][] grid = {{FourAction.ELIMINATE, FourAction.RAISE}, {FourAction.REDUCE, FourAction.CREATE}};
            String[][] hints = {{"Which factors the industry takes for granted should go?",
                "Which factors should rise well above the alternatives?"},
                {"Which factors should fall well below the alternatives?",
                    "Which factors should the offering start offering?"}};
            for (int r = 0; r < 2; r++) {
                List<List<PdfBlock.Line>> cells = new ArrayList<>();
                for (int col = 0; col < 2; col++) {
                    cells.add(actionCell(grid[r][col], hints[r][col], cellWidth - 12 * s));
                }
                actionRow(cells, cellWidth, gap, grid[r]);
            }
            List<Factor> undecided = strategy.factorsWith(FourAction.NONE);
            if (!undecided.isEmpty()) {
                y -= 4 * s;
                paragraph("Not yet on the grid: " + undecided.stream()
                        .map(f -> f.actionNote().isEmpty() ? f.name() : f.name() + " (" + f.actionNote() + ")")
                        .collect(Collectors.joining("; ")) + ".", PdfReport.MUTED);
            }
        }

        private List<PdfBlock.Line> actionCell(FourAction action, String hint, float width) {
            List<PdfBlock.Line> lines = new ArrayList<>(pdf.lines(action.title(), fonts.bold(), 11 * s,
                    actionColour(action), width));
            lines.addAll(pdf.lines(hint, fonts.regular(), 6.8f * s, PdfReport.MUTED, width));
            lines.add(PdfBlock.Line.spacer(3 * s));
            List<Factor> factors = strategy.factorsWith(action);
            if (factors.isEmpty()) {
                lines.addAll(pdf.lines("No factor yet.", fonts.regular(), 8 * s, PdfReport.MUTED, width));
            }
            for (Factor factor : factors) {
                lines.addAll(pdf.lines("• " + factor.name(), fonts.bold(), 8.5f * s, PdfReport.INK, width));
                if (!factor.actionNote().isEmpty()) {
                    lines.addAll(pdf.lines(factor.actionNote(), fonts.regular(), 8 * s, PdfReport.INK, width,
                            7 * s));
                }
                lines.add(PdfBlock.Line.spacer(2 * s));
            }
            return lines;
        }

        /**
         * Two cells side by side in tinted boxes as tall as the taller one; what does not fit on the page goes on
         * the next one, in boxes marked "continued".
         */
        private void actionRow(List<List<PdfBlock.Line>> cells, float cellWidth, float gap, FourAction[] actions) {
            float pad = 6 * s;
            List<List<PdfBlock.Line>> rest = cells;
            while (rest.stream().anyMatch(l -> !l.isEmpty())) {
                float available = y - area.bottom() - 2 * pad;
                if (available < 40 * s) {
                    newPage("Four actions and differentiation: " + name + " (continued)", null);
                    available = y - area.bottom() - 2 * pad;
                }
                List<List<PdfBlock.Line>> now = new ArrayList<>();
                List<List<PdfBlock.Line>> later = new ArrayList<>();
                for (List<PdfBlock.Line> cell : rest) {
                    int fit = 0;
                    float h = 0;
                    while (fit < cell.size() && h + cell.get(fit).leading() <= available) {
                        h += cell.get(fit).leading();
                        fit++;
                    }
                    now.add(cell.subList(0, fit));
                    later.add(cell.subList(fit, cell.size()));
                }
                float height = 2 * pad + now.stream().map(l -> (float) l.stream().mapToDouble(PdfBlock.Line::leading)
                        .sum()).max(Float::compare).orElse(0f);
                float top = y;
                int p = page;
                for (int col = 0; col < 2; col++) {
                    float x = area.x() + col * (cellWidth + gap);
                    Color edge = actionColour(actions[col]);
                    Color tint = PdfShapes.towardsWhite(edge, 9);
                    List<PdfBlock.Line> lines = now.get(col);
                    PdfBlock block = PdfBlock.of(lines, new PdfBlock.Style(null, null, 0, false, 0));
                    paint(p, c -> {
                        PdfShapes.roundedRect(c, x, top - height, cellWidth, height, 5 * s);
                        c.setNonStrokingColor(tint);
                        c.setStrokingColor(edge);
                        c.setLineWidth(0.8f);
                        c.fillAndStroke();
                        block.draw(c, x + pad, top - pad, cellWidth - 2 * pad);
                    });
                }
                y -= height + gap;
                rest = new ArrayList<>();
                for (int col = 0; col < 2; col++) {
                    List<PdfBlock.Line> left = new ArrayList<>(later.get(col));
                    if (!left.isEmpty()) {
                        left.addAll(0, pdf.lines(actions[col].title() + " (continued)", fonts.bold(), 8 * s,
                                actionColour(actions[col]), cellWidth - 2 * pad));
                    }
                    rest.add(left);
                }
            }
        }

        // ---- the differentiation table

        private static final float[] WIDTHS = {0, 58, 40, 32, 52, 48, 42, 0};

        private void differentiation() {
            y -= 6 * s;
            heading("Differentiation", "Our rating against the best alternative's on each factor: me-too within "
                    + StrategyFigures.meTooBand() + " (nothing sets us"
                    + " apart), trail or lead beyond it; me-too factors first, heaviest first. Weight: the highest"
                    + " importance of the customer items the factor matters through (3 when none). Margin = ours "
                    + DASH + " best alternative.", 40 * s);
            float[] widths = columns();
            tableHeader(headers(), widths, Drawing::isNumber);
            for (int i = 0; i < report.factors().size(); i++) {
                row(i, report.factors().get(i), widths);
            }
            y -= 8 * s;
            summary();
            rivals();
        }

        private String[] headers() {
            return new String[] {"Factor", "Standing", "Weight", "Ours", delivered ? "Delivered" : "",
                "Best alt.", "Margin", "Leaders"};
        }

        private float[] columns() {
            float[] widths = new float[WIDTHS.length];
            float fixed = 0;
            for (int i = 0; i < WIDTHS.length; i++) {
                widths[i] = (i == 4 && !delivered ? 0 : WIDTHS[i]) * s;
                fixed += widths[i];
            }
            float free = area.width() - fixed;
            widths[0] = free * 0.55f;
            widths[7] = free * 0.45f;
            return widths;
        }

        private static boolean isNumber(int column) {
            return column >= 2 && column <= 6;
        }

        private void row(int index, FactorStanding st, float[] widths) {
            float size = 8.3f * s;
            float pad = 3 * s;
            float leading = size * 1.28f;
            List<PdfBlock.Line> factorText = pdf.lines(st.factor().name(), fonts.regular(), size, PdfReport.INK,
                    widths[0] - 2 * pad);
            String leaders = leaders(st.leaders());
            List<PdfBlock.Line> leaderText = pdf.lines(leaders, fonts.regular(), size, PdfReport.INK,
                    widths[7] - 2 * pad);
            boolean notKept = st.promiseNotKept();
            int lines = Math.max(Math.max(factorText.size(), leaderText.size()), notKept ? 2 : 1);
            float height = lines * leading + 2 * pad;
            if (y - height < area.bottom()) {
                newPage("Four actions and differentiation: " + name + " (continued)", null);
                tableHeader(headers(), widths, Drawing::isNumber);
            }
            int p = page;
            float top = y;
            if (index % 2 == 1) {
                paint(p, c -> {
                    c.setNonStrokingColor(GapReportPages.ZEBRA);
                    c.addRect(area.x(), top - height, area.width(), height);
                    c.fill();
                });
            }
            float baseline = top - pad - leading + leading * 0.22f;
            wrapped(p, factorText, area.x() + pad, top - pad, size);
            String[] values = {null, st.standing().title(), Integer.toString(st.weight()), whole(st.ours()),
                st.delivered() == null ? DASH : GapReportPages.figure(st.delivered()), whole(st.bestAlternative()),
                st.margin() == null ? DASH : signed(st.margin(), 0), null};
            float x = area.x() + widths[0];
            for (int i = 1; i < values.length - 1; i++) {
                if (widths[i] > 0) {
                    boolean standing = i == 1;
                    cell(p, values[i], standing ? fonts.bold() : fonts.regular(), size,
                            standing ? standingColour(st.standing()) : PdfReport.INK, x, baseline, widths[i],
                            isNumber(i));
                }
                x += widths[i];
            }
            wrapped(p, leaderText, x + pad, top - pad, size);
            if (notKept) {
                cell(p, "promise not kept", fonts.bold(), 6.5f * s, GapReportPages.DEFICIT, area.x() + widths[0],
                        baseline - leading, widths[1] + widths[2] + widths[3] + widths[4], false);
            }
            y -= height;
        }

        /** The leading alternatives; when many tie, the first few and how many more. */
        private static String leaders(List<Offer> leaders) {
            if (leaders.isEmpty()) {
                return DASH;
            }
            String named = leaders.stream().limit(MAX_LEADERS).map(Offer::name).collect(Collectors.joining(", "));
            return leaders.size() <= MAX_LEADERS ? named : named + " and " + (leaders.size() - MAX_LEADERS) + " more";
        }

        private void wrapped(int p, List<PdfBlock.Line> lines, float x, float top, float size) {
            float lineY = top;
            for (PdfBlock.Line line : lines) {
                lineY -= line.leading();
                float at = lineY + line.leading() * 0.22f;
                String text = line.text();
                paint(p, c -> PdfShapes.text(c, line.font(), size, line.color(), x, at, text));
            }
        }

        private void summary() {
            if (report.differentiation() == null) {
                paragraph("Differentiation: not yet measured; no factor is rated for both our offering and an"
                        + " alternative.", PdfReport.INK);
                return;
            }
            long rated = StrategyFigures.ratedFactors(report);
            paragraph("Differentiation " + signed(report.differentiation(), 2) + ": the weighted mean margin over "
                    + rated + " rated factor" + (rated == 1 ? "" : "s") + ". Share of their weight: me-too "
                    + percent(report.meTooShare()) + ", trailing " + percent(report.trailShare()) + ", leading "
                    + percent(report.leadShare()) + ".", PdfReport.INK);
        }

        private void rivals() {
            if (report.rivals().isEmpty()) {
                return;
            }
            y -= 4 * s;
            heading("Rivals, strongest first", "Our weighted margin against each alternative over the factors both"
                    + " are rated on; negative: the rival is ahead.", 14 * s);
            for (RivalComparison rival : report.rivals()) {
                String margin = rival.weightedMargin() == null ? "not compared"
                        : signed(rival.weightedMargin(), 2) + " over " + rival.factorsCompared() + " factor"
                        + (rival.factorsCompared() == 1 ? "" : "s");
                paragraph(rival.rival().name() + ": " + margin, rival.weightedMargin() != null
                        && rival.weightedMargin() < 0 ? GapReportPages.DEFICIT : PdfReport.INK);
            }
        }

        // ---- text and pages

        private void heading(String title, String explanation) {
            heading(title, explanation, 14 * s);
        }

        private void heading(String title, String explanation, float keepBelow) {
            List<PdfBlock.Line> lines = new ArrayList<>(pdf.lines(title, fonts.bold(), 11 * s, PdfReport.ACCENT,
                    area.width()));
            if (explanation != null) {
                lines.addAll(pdf.lines(explanation, fonts.regular(), 7.5f * s, PdfReport.MUTED, area.width()));
            }
            place(PdfBlock.of(lines, new PdfBlock.Style(null, null, 0, true, 4 * s)), keepBelow);
        }

        private void paragraph(String text, Color colour) {
            place(PdfBlock.of(pdf.lines(text, fonts.regular(), 8.5f * s, colour, area.width()),
                    new PdfBlock.Style(null, null, 0, false, 3 * s)), 0);
        }

        @Override
        String continuedTitle() {
            return "Four actions and differentiation: " + name + " (continued)";
        }

        private void marker(PDPageContentStream c, int offerIndex, float x, float y, float r, Color colour,
                            boolean filled) throws IOException {
            int shape = offerIndex == 0 ? 0 : 1 + (offerIndex - 1) % 4;
            switch (shape) {
                case 0, 4 -> PdfShapes.circle(c, x, y, r);
                case 1 -> c.addRect(x - r * 0.85f, y - r * 0.85f, r * 1.7f, r * 1.7f);
                case 2 -> {
                    c.moveTo(x, y + r * 1.1f);
                    c.lineTo(x + r, y - r * 0.75f);
                    c.lineTo(x - r, y - r * 0.75f);
                    c.closePath();
                }
                default -> {
                    c.moveTo(x, y + r * 1.15f);
                    c.lineTo(x + r, y);
                    c.lineTo(x, y - r * 1.15f);
                    c.lineTo(x - r, y);
                    c.closePath();
                }
            }
            c.setStrokingColor(colour);
            c.setLineWidth(0.9f * s);
            c.setNonStrokingColor(shape == 4 ? Color.WHITE : colour);
            if (filled) {
                c.fillAndStroke();
            } else {
                c.stroke();
            }
        }
    }

    /** Ours in dark ink; the alternatives in the palette, dashed once the palette has gone round. */
    private static Color colour(int offerIndex) {
        return offerIndex == 0 ? OURS : PALETTE[(offerIndex - 1) % PALETTE.length];
    }

    private static float[] dash(int offerIndex) {
        int round = offerIndex == 0 ? 0 : (offerIndex - 1) / PALETTE.length;
        return switch (round % 3) {
            case 0 -> new float[0];
            case 1 -> new float[] {5, 2.5f};
            default -> new float[] {1.5f, 2};
        };
    }

    private static Color actionColour(FourAction action) {
        return switch (action) {
            case ELIMINATE, REDUCE -> GapReportPages.DEFICIT;
            case RAISE, CREATE -> GapReportPages.SURPLUS;
            case NONE -> PdfReport.MUTED;
        };
    }

    private static Color standingColour(Standing standing) {
        return switch (standing) {
            case ME_TOO -> ME_TOO;
            case TRAIL -> GapReportPages.DEFICIT;
            case LEAD -> GapReportPages.SURPLUS;
            case UNRATED -> PdfReport.MUTED;
        };
    }

    private static String whole(Integer value) {
        return FigureFormat.whole(value, Style.PRINT);
    }

    private static String percent(Double share) {
        return FigureFormat.percent(share, Style.PRINT);
    }
}
