package org.valuebench.io;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.valuebench.analysis.ConfidenceInterval;
import org.valuebench.analysis.GapReport;
import org.valuebench.analysis.PromiseGap;
import org.valuebench.analysis.Quadrant;
import org.valuebench.domain.Item;
import org.valuebench.report.FigureFormat;
import org.valuebench.report.GapFigures;
import org.valuebench.report.Style;

/**
 * The gap report after the fit summary, for a canvas with feedback: the promises ranked by value deficit in a
 * table, the customer needs no promise answers, then the importance-performance chart and the gap bars with
 * their 95% confidence whiskers. Everything is drawn as vector lines, rectangles and text. Promises are numbered
 * by their rank in the table, and the charts use those numbers, so a long promise text never crowds a chart.
 */
public final class GapReportPages implements PdfReportPart {
    static final Color DEFICIT = new Color(0xB4, 0x45, 0x2B);
    static final Color SURPLUS = new Color(0x3A, 0x7D, 0x44);
    static final Color GRID = new Color(0xDD, 0xE1, 0xE5);
    static final Color ZEBRA = new Color(0xF4, 0xF6, 0xF8);
    static final Color CONCENTRATE_TINT = new Color(0xFB, 0xEE, 0xEA);
    private static final String DASH = "–";

    private final GapReport gaps;

    public GapReportPages(GapReport gaps) {
        this.gaps = gaps;
    }

    @Override
    public void addTo(PdfReport report) throws IOException {
        new Drawing(report).draw();
    }

    // ---- figures as printed (also used by tests to find them in the text)

    /** A mean or gap on the 1-5 scale: two decimals, a plain hyphen for minus so a search for "-0.25" finds it. */
    public static String figure(Double value) {
        return FigureFormat.decimal(value, Style.PRINT);
    }

    /** A gap with its sign, "+1.25" or "-0.30"; one that rounds to nothing is "0.00", as no shortfall is. */
    public static String signed(Double value) {
        return FigureFormat.signed(value, 2, Style.PRINT);
    }

    /** The 95% confidence interval of the mean delivered score, clipped to the 1-5 scale. */
    public static String interval(ConfidenceInterval ci) {
        return GapFigures.interval(ci, Style.PRINT, true);
    }

    /** The whole drawing of one report: the fonts, sizes and the page being filled. */
    private final class Drawing extends PdfFlow {
        private final String name;
        private final List<PromiseGap> withFeedback;

        Drawing(PdfReport report) {
            super(report);
            this.name = gaps.canvas().name();
            this.withFeedback = gaps.promises().stream().filter(p -> p.delivered() != null).toList();
        }

        void draw() throws IOException {
            table();
            needs();
            charts();
        }

        // ---- the ranked deficit table

        private static final String[] HEADERS = {"#", "Promise", "n", "Delivered", "Target", "Gap", "95% CI",
            "Importance", "Deficit", "Quadrant"};
        private static final float[] WIDTHS = {20, 0, 50, 52, 40, 44, 70, 58, 48, 112};

        private float[] columns() {
            float[] widths = new float[WIDTHS.length];
            float fixed = 0;
            for (int i = 0; i < WIDTHS.length; i++) {
                widths[i] = WIDTHS[i] * s;
                fixed += widths[i];
            }
            widths[1] = area.width() - fixed;
            return widths;
        }

        private void table() {
            long customerRecords = gaps.headlineRecords();
            long allRecords = gaps.facets().records();
            String subtitle = "From " + count(customerRecords, "customer record") + (allRecords > customerRecords
                    ? " (" + count(allRecords, "record") + " from every voice)" : "") + ", scores on the 1" + DASH
                    + "5 scale. Gap = target " + DASH + " delivered; deficit = importance × max(0, gap); promises"
                    + " ranked by deficit. 95% CI: of the mean delivered score, within the scale. Thin evidence: fewer"
                    + " than 5 records, read with care.";
            newPage("Promise versus delivery: " + name, subtitle);
            float[] widths = columns();
            tableHeader(HEADERS, widths, i -> i != 1 && i != 9);
            for (int rank = 0; rank < gaps.promises().size(); rank++) {
                row(rank, gaps.promises().get(rank), widths);
            }
        }

        private void row(int rank, PromiseGap gap, float[] widths) {
            float size = 8.3f * s;
            float pad = 3 * s;
            float leading = size * 1.28f;
            List<PdfBlock.Line> text = pdf.lines(gap.text(), fonts.regular(), size, PdfReport.INK,
                    widths[1] - 2 * pad);
            boolean thin = gap.n() > 0 && gap.thinEvidence();
            int lines = Math.max(text.size(), thin ? 2 : 1);
            float height = lines * leading + 2 * pad;
            if (y - height < area.bottom()) {
                newPage("Promise versus delivery: " + name + " (continued)", null);
                tableHeader(HEADERS, widths, i -> i != 1 && i != 9);
            }
            int p = page;
            float top = y;
            if (rank % 2 == 1) {
                paint(p, c -> {
                    c.setNonStrokingColor(ZEBRA);
                    c.addRect(area.x(), top - height, area.width(), height);
                    c.fill();
                });
            }
            float baseline = top - pad - leading + leading * 0.22f;
            boolean none = gap.n() == 0;
            Color ink = none ? PdfReport.MUTED : PdfReport.INK;
            String[] values = {
                Integer.toString(rank + 1), null, FigureFormat.count(gap.n()), figure(gap.delivered()),
                Integer.toString(gap.target()), signed(gap.gap()), interval(gap.ci95()),
                Integer.toString(gap.importance()), figure(gap.deficit()),
                gap.quadrant() == null ? "no customer feedback" : gap.quadrant().title()};
            float x = area.x();
            for (int i = 0; i < values.length; i++) {
                if (i == 1) {
                    float lineY = top - pad;
                    float textX = x + pad;
                    for (PdfBlock.Line line : text) {
                        lineY -= line.leading();
                        float at = lineY + line.leading() * 0.22f;
                        String shown = line.text();
                        paint(p, c -> PdfShapes.text(c, fonts.regular(), size, ink, textX, at, shown));
                    }
                } else {
                    Color colour = ink;
                    PDFont font = fonts.regular();
                    if (i == 8 && gap.deficit() != null && gap.deficit() > 0) {
                        font = fonts.bold();
                        colour = DEFICIT;
                    }
                    if (i == 9 && gap.quadrant() == Quadrant.CONCENTRATE_HERE) {
                        colour = DEFICIT;
                    }
                    cell(p, values[i], font, size, colour, x, baseline, widths[i], i != 9);
                }
                x += widths[i];
            }
            if (thin) {
                float nX = area.x() + widths[0] + widths[1];
                cell(p, "thin", fonts.bold(), 6.5f * s, DEFICIT, nX, baseline - leading, widths[2], true);
            }
            y -= height;
        }

        // ---- customer needs no promise answers

        private void needs() {
            List<Item> unanswered = gaps.unanswered();
            List<Item> unpromised = gaps.unpromised();
            y -= 14 * s;
            heading("Unanswered customer needs (" + unanswered.size() + ")",
                    "Wants, needs and fears that no offering item answers: a need nobody promises to meet is a"
                            + " deficit too. Most important first.");
            if (unanswered.isEmpty()) {
                paragraph("None: every customer item is answered by the offering.");
            }
            unanswered.forEach(this::need);
            y -= 6 * s;
            heading("Answered, but not promised (" + unpromised.size() + ")",
                    "Customer items answered only by offering items that are not promises, so no feedback measures"
                            + " them.");
            if (unpromised.isEmpty()) {
                paragraph("None: every answered customer item is answered by a promise.");
            }
            unpromised.forEach(this::need);
        }

        private void heading(String title, String explanation) {
            List<PdfBlock.Line> lines = new ArrayList<>(pdf.lines(title, fonts.bold(), 11 * s, PdfReport.ACCENT,
                    area.width()));
            lines.addAll(pdf.lines(explanation, fonts.regular(), 7.5f * s, PdfReport.MUTED, area.width()));
            // A heading is kept with at least one line below it.
            place(PdfBlock.of(lines, new PdfBlock.Style(null, null, 0, true, 3 * s)), 14 * s);
        }

        private void paragraph(String text) {
            place(PdfBlock.of(pdf.lines(text, fonts.regular(), 8.5f * s, PdfReport.INK, area.width()),
                    new PdfBlock.Style(null, null, 0, false, 3 * s)), 0);
        }

        private void need(Item item) {
            String label = item.section().title() + " · importance " + item.importance() + "/5";
            float labelWidth = 120 * s;
            float size = 8.5f * s;
            List<PdfBlock.Line> lines = pdf.lines(item.text(), fonts.regular(), size, PdfReport.INK,
                    area.width() - labelWidth);
            List<PdfBlock.Line> indented = lines.stream()
                    .map(l -> new PdfBlock.Line(l.text(), l.font(), l.size(), l.color(), l.leading(), labelWidth))
                    .toList();
            PdfBlock block = PdfBlock.of(indented, new PdfBlock.Style(null, null, 0, false, 2 * s));
            float top = place(block, 0);
            int p = page;
            float baseline = top - indented.get(0).leading() + indented.get(0).leading() * 0.22f;
            cell(p, label, fonts.bold(), 7 * s, item.importance() >= 4 ? DEFICIT : PdfReport.MUTED, area.x() - 3 * s,
                    baseline, labelWidth, false);
        }

        // ---- the charts

        private void charts() {
            String subtitle = "Customer voice. Numbers are the ranks in the table; crosshairs at "
                    + crosshairs() + ". " + count(withFeedback.size(), "promise") + " with customer feedback"
                    + (withFeedback.size() < gaps.promises().size() ? "; "
                    + (gaps.promises().size() - withFeedback.size()) + " without are left out" : "") + ".";
            newPage("Importance and performance: " + name, subtitle);
            float gutter = 22 * s;
            float side = Math.min(area.height(), (area.width() - gutter) * 0.46f);
            new Scatter(area.x(), area.bottom() + area.height() - side, side, side).draw();
            float barsX = area.x() + side + gutter;
            new Bars(barsX, area.bottom(), area.x() + area.width() - barsX, area.height()).draw(0);
        }

        private String crosshairs() {
            return GapFigures.crosshairsPrinted(gaps.crosshairs());
        }

        /** Martilla & James's grid: delivered across, importance up, the four quadrants named in their corners. */
        private final class Scatter {
            private final float x;
            private final float bottom;
            private final float width;
            private final float height;
            private final float plotX;
            private final float plotBottom;
            private final float plotWidth;
            private final float plotHeight;

            Scatter(float x, float bottom, float width, float height) {
                this.x = x;
                this.bottom = bottom;
                this.width = width;
                this.height = height;
                this.plotX = x + 30 * s;
                this.plotBottom = bottom + 30 * s;
                this.plotWidth = width - 36 * s;
                this.plotHeight = height - 36 * s;
            }

            /** Scale values 1-5 with room around them for the quadrant names, clear of every point. */
            float px(double value) {
                return plotX + (float) ((value - 0.4) / 5.2) * plotWidth;
            }

            float py(double value) {
                return plotBottom + (float) ((value - 0.4) / 5.2) * plotHeight;
            }

            void draw() {
                int p = page;
                float crossX = px(gaps.crosshairs().performance());
                float crossY = py(gaps.crosshairs().importance());
                paint(p, c -> {
                    c.setNonStrokingColor(CONCENTRATE_TINT);
                    c.addRect(plotX, crossY, crossX - plotX, plotBottom + plotHeight - crossY);
                    c.fill();
                    c.setStrokingColor(GRID);
                    c.setLineWidth(0.5f);
                    for (int v = 1; v <= 5; v++) {
                        c.moveTo(px(v), plotBottom);
                        c.lineTo(px(v), plotBottom + plotHeight);
                        c.moveTo(plotX, py(v));
                        c.lineTo(plotX + plotWidth, py(v));
                    }
                    c.stroke();
                    c.setStrokingColor(PdfReport.MUTED);
                    c.setLineWidth(0.8f);
                    c.addRect(plotX, plotBottom, plotWidth, plotHeight);
                    c.stroke();
                    c.setStrokingColor(PdfReport.ACCENT);
                    c.setLineWidth(1.2f);
                    c.setLineDashPattern(new float[] {4, 3}, 0);
                    c.moveTo(crossX, plotBottom);
                    c.lineTo(crossX, plotBottom + plotHeight);
                    c.moveTo(plotX, crossY);
                    c.lineTo(plotX + plotWidth, crossY);
                    c.stroke();
                    c.setLineDashPattern(new float[0], 0);
                });
                float tick = 7 * s;
                for (int v = 1; v <= 5; v++) {
                    String label = Integer.toString(v);
                    centred(p, label, fonts.regular(), tick, PdfReport.MUTED, px(v), plotBottom - 10 * s);
                    float w = fonts.width(fonts.regular(), tick, label);
                    float vy = py(v) - tick * 0.35f;
                    paint(p, c -> PdfShapes.text(c, fonts.regular(), tick, PdfReport.MUTED, plotX - 5 * s - w, vy, label));
                }
                centred(p, "Delivered (mean score, 1" + DASH + "5)", fonts.bold(), 7.5f * s, PdfReport.INK,
                        plotX + plotWidth / 2, bottom + 4 * s);
                String yTitle = fonts.drawable(fonts.bold(), "Importance (1" + DASH + "5)");
                float yTitleWidth = fonts.width(fonts.bold(), 7.5f * s, yTitle);
                float yTitleX = x + 9 * s;
                float yTitleY = plotBottom + plotHeight / 2 - yTitleWidth / 2;
                paint(p, c -> {
                    c.beginText();
                    c.setFont(fonts.bold(), 7.5f * s);
                    c.setNonStrokingColor(PdfReport.INK);
                    c.setTextMatrix(new org.apache.pdfbox.util.Matrix(0, 1, -1, 0, yTitleX, yTitleY));
                    c.showText(yTitle);
                    c.endText();
                });
                quadrantLabels(p, crossX, crossY);
                points(p);
            }

            private void quadrantLabels(int p, float crossX, float crossY) {
                float size = 7.5f * s;
                float inset = 4 * s;
                float top = plotBottom + plotHeight - inset - size;
                float low = plotBottom + inset;
                float right = plotX + plotWidth - inset;
                corner(p, Quadrant.CONCENTRATE_HERE, plotX + inset, top, size, false, DEFICIT);
                corner(p, Quadrant.KEEP_UP_THE_GOOD_WORK, right, top, size, true, SURPLUS);
                corner(p, Quadrant.LOW_PRIORITY, plotX + inset, low, size, false, PdfReport.MUTED);
                corner(p, Quadrant.POSSIBLE_OVERKILL, right, low, size, true, PdfReport.MUTED);
            }

            private void corner(int p, Quadrant quadrant, float at, float baseline, float size, boolean right,
                                Color colour) {
                String text = fonts.drawable(fonts.bold(), quadrant.title());
                float w = fonts.width(fonts.bold(), size, text);
                float left = right ? at - w : at;
                paint(p, c -> PdfShapes.text(c, fonts.bold(), size, colour, left, baseline, text));
            }

            /** Points close together share one label ("1, 4"), so no number is drawn over another. */
            private void points(int p) {
                float radius = 3.2f * s;
                float near = 9 * s;
                List<float[]> spots = new ArrayList<>();
                List<List<Integer>> ranks = new ArrayList<>();
                for (int rank = 0; rank < gaps.promises().size(); rank++) {
                    PromiseGap gap = gaps.promises().get(rank);
                    if (gap.delivered() == null) {
                        continue;
                    }
                    float cx = px(clamp(gap.delivered()));
                    float cy = py(gap.importance());
                    boolean thin = gap.thinEvidence();
                    Color colour = gap.quadrant() == Quadrant.CONCENTRATE_HERE ? DEFICIT : PdfReport.ACCENT;
                    paint(p, c -> {
                        PdfShapes.circle(c, cx, cy, radius);
                        c.setLineWidth(1f);
                        c.setStrokingColor(colour);
                        c.setNonStrokingColor(thin ? Color.WHITE : colour);
                        c.fillAndStroke();
                    });
                    int found = -1;
                    for (int i = 0; i < spots.size(); i++) {
                        if (Math.abs(spots.get(i)[0] - cx) < near && Math.abs(spots.get(i)[1] - cy) < near / 2) {
                            found = i;
                            break;
                        }
                    }
                    if (found < 0) {
                        spots.add(new float[] {cx, cy});
                        ranks.add(new ArrayList<>(List.of(rank + 1)));
                    } else {
                        ranks.get(found).add(rank + 1);
                    }
                }
                List<String> labels = ranks.stream().map(Drawing::clusterLabel).toList();
                float size = 7 * s;
                for (int i = 0; i < spots.size(); i++) {
                    String label = labels.get(i);
                    float lx = spots.get(i)[0] + radius + 2 * s;
                    float ly = spots.get(i)[1] + radius * 0.4f;
                    float w = fonts.width(fonts.bold(), size, label);
                    float shownX = lx + w > plotX + plotWidth ? spots.get(i)[0] - radius - 2 * s - w : lx;
                    paint(p, c -> PdfShapes.text(c, fonts.bold(), size, PdfReport.INK, shownX, ly, label));
                }
            }
        }

        /** Gap bars, largest deficit first, each with its 95% confidence whisker. */
        private final class Bars {
            private final float x;
            private final float bottom;
            private final float width;
            private final float height;

            Bars(float x, float bottom, float width, float height) {
                this.x = x;
                this.bottom = bottom;
                this.width = width;
                this.height = height;
            }

            /** Draws the bars from {@code first} on; the ones that do not fit go on following pages. */
            void draw(int first) {
                float labelWidth = width * 0.42f;
                float plotX = x + labelWidth;
                float plotWidth = width - labelWidth - 34 * s;
                float axisHeight = 30 * s;
                float legendHeight = 34 * s;
                float titleHeight = 16 * s;
                float rowHeight = 24 * s;
                int fits = Math.max(1, (int) ((height - axisHeight - legendHeight - titleHeight) / rowHeight));
                int last = Math.min(withFeedback.size(), first + fits);
                double[] range = range();
                float top = bottom + height - titleHeight;
                float plotBottom = top - (last - first) * rowHeight;
                int p = page;
                paint(p, c -> PdfShapes.text(c, fonts.bold(), 10 * s, PdfReport.ACCENT, x, top + 4 * s,
                        fonts.drawable(fonts.bold(), "Gap to target, with 95% confidence"
                                + (first > 0 ? " (continued)" : ""))));
                java.util.function.DoubleFunction<Float> gx =
                        v -> plotX + (float) ((v - range[0]) / (range[1] - range[0])) * plotWidth;
                paint(p, c -> {
                    c.setStrokingColor(GRID);
                    c.setLineWidth(0.5f);
                    for (double v = range[0]; v <= range[1] + 1e-9; v += 0.5) {
                        c.moveTo(gx.apply(v), plotBottom);
                        c.lineTo(gx.apply(v), top);
                    }
                    c.stroke();
                    c.setStrokingColor(PdfReport.INK);
                    c.setLineWidth(1f);
                    c.moveTo(gx.apply(0), plotBottom - 3 * s);
                    c.lineTo(gx.apply(0), top);
                    c.moveTo(plotX, plotBottom);
                    c.lineTo(plotX + plotWidth, plotBottom);
                    c.stroke();
                });
                float tick = 7 * s;
                for (double v = range[0]; v <= range[1] + 1e-9; v += 1) {
                    centred(p, String.format(Locale.ROOT, "%+.0f", v).replace("+0", "0"), fonts.regular(), tick,
                            PdfReport.MUTED, gx.apply(v), plotBottom - 10 * s);
                }
                centred(p, "Gap = target " + DASH + " delivered (right of 0: a deficit)", fonts.bold(), 7.5f * s,
                        PdfReport.INK, plotX + plotWidth / 2, plotBottom - 21 * s);
                for (int i = first; i < last; i++) {
                    bar(p, i, top - (i - first + 1) * rowHeight, rowHeight, labelWidth, gx);
                }
                legend(p, x, plotBottom - axisHeight - 4 * s, width);
                if (last < withFeedback.size()) {
                    newPage("Importance and performance: " + name + " (continued)", null);
                    new Bars(area.x(), area.bottom(), area.width(), area.height()).draw(last);
                }
            }

            /** Whole numbers around every gap and whisker, at least -1 to +1, at most -4 to +4. */
            private double[] range() {
                double low = -1;
                double high = 1;
                for (PromiseGap gap : withFeedback) {
                    low = Math.min(low, gap.gap());
                    high = Math.max(high, gap.gap());
                    if (gap.ci95() != null) {
                        low = Math.min(low, gap.target() - clamp(gap.ci95().high()));
                        high = Math.max(high, gap.target() - clamp(gap.ci95().low()));
                    }
                }
                return new double[] {Math.max(-4, Math.floor(low)), Math.min(4, Math.ceil(high))};
            }

            private void bar(int p, int index, float rowBottom, float rowHeight, float labelWidth,
                             java.util.function.DoubleFunction<Float> gx) {
                PromiseGap gap = withFeedback.get(index);
                int rank = gaps.promises().indexOf(gap) + 1;
                float size = 7.5f * s;
                float baseline = rowBottom + rowHeight / 2 - size * 0.35f;
                label(p, rank + ". " + gap.text().replaceAll("\\s+", " "), size, labelWidth - 6 * s, baseline);
                double value = gap.gap();
                boolean thin = gap.thinEvidence();
                Color colour = value > 0 ? DEFICIT : SURPLUS;
                float barHeight = rowHeight * 0.55f;
                float barBottom = rowBottom + (rowHeight - barHeight) / 2;
                float from = gx.apply(Math.min(0, value));
                float to = gx.apply(Math.max(0, value));
                ConfidenceInterval ci = gap.ci95();
                paint(p, c -> {
                    c.addRect(from, barBottom, Math.max(0.8f, to - from), barHeight);
                    c.setStrokingColor(colour);
                    c.setLineWidth(0.8f);
                    c.setNonStrokingColor(thin ? PdfShapes.towardsWhite(colour, 3) : colour);
                    c.fillAndStroke();
                    if (ci != null) {
                        float mid = rowBottom + rowHeight / 2;
                        float a = gx.apply(clampGap(gap.target() - clamp(ci.high())));
                        float b = gx.apply(clampGap(gap.target() - clamp(ci.low())));
                        float cap = barHeight * 0.45f;
                        c.setStrokingColor(PdfReport.INK);
                        c.setLineWidth(0.9f);
                        c.moveTo(a, mid);
                        c.lineTo(b, mid);
                        c.moveTo(a, mid - cap);
                        c.lineTo(a, mid + cap);
                        c.moveTo(b, mid - cap);
                        c.lineTo(b, mid + cap);
                        c.stroke();
                    }
                });
                float end = Math.max(to, ci == null ? to : gx.apply(clampGap(gap.target() - clamp(ci.low()))));
                String value2 = signed(value) + (thin ? " thin" : "");
                paint(p, c -> PdfShapes.text(c, fonts.regular(), 7 * s, thin ? DEFICIT : PdfReport.MUTED, end + 3 * s,
                        baseline, value2));
            }

            /** The promise's rank and text on one or two lines, the second shortened with … if need be. */
            private void label(int p, String text, float size, float labelWidth, float middleBaseline) {
                List<PdfBlock.Line> lines = pdf.lines(text, fonts.regular(), size, PdfReport.INK, labelWidth);
                float leading = size * 1.2f;
                if (lines.size() == 1) {
                    String only = lines.get(0).text();
                    paint(p, c -> PdfShapes.text(c, fonts.regular(), size, PdfReport.INK, x, middleBaseline, only));
                    return;
                }
                String first = lines.get(0).text();
                String rest = lines.size() == 2 ? lines.get(1).text()
                        : pdf.fitted(lines.get(1).text() + " " + lines.get(2).text(), fonts.regular(), size,
                        labelWidth);
                paint(p, c -> {
                    PdfShapes.text(c, fonts.regular(), size, PdfReport.INK, x, middleBaseline + leading / 2, first);
                    PdfShapes.text(c, fonts.regular(), size, PdfReport.INK, x, middleBaseline - leading / 2, rest);
                });
            }

            private void legend(int p, float left, float top, float legendWidth) {
                List<PdfBlock.Line> lines = pdf.lines("Bar: the gap between the target and the mean delivered"
                        + " score (red: short of the target; green: above it). Whisker: the 95% confidence interval"
                        + " of the mean (Student's t, within the 1" + DASH + "5 scale), none with a single record. Pale bar: thin evidence, fewer"
                        + " than 5 records.", fonts.regular(), 6.8f * s, PdfReport.MUTED, legendWidth);
                PdfBlock block = PdfBlock.of(lines, new PdfBlock.Style(null, null, 0, false, 0));
                paint(p, c -> block.draw(c, left, top, legendWidth));
            }
        }

        /** "1, 4" for a few promises at one spot; "1, 2, 3 … 13 promises" for many. */
        private static String clusterLabel(List<Integer> ranks) {
            if (ranks.size() <= 4) {
                return ranks.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", "));
            }
            return ranks.get(0) + ", " + ranks.get(1) + ", " + ranks.get(2) + " … " + ranks.size() + " promises";
        }

        // ---- pages and primitives

        @Override
        String continuedTitle() {
            return "Promise versus delivery: " + name + " (continued)";
        }

        private void centred(int p, String text, PDFont font, float size, Color colour, float cx, float baseline) {
            String shown = fonts.drawable(font, text);
            float w = fonts.width(font, size, shown);
            paint(p, c -> PdfShapes.text(c, font, size, colour, cx - w / 2, baseline, shown));
        }
    }

    private static double clamp(double value) {
        return GapFigures.withinScale(value);
    }

    private static double clampGap(double value) {
        return Math.max(-4, Math.min(4, value));
    }

    private static String count(long n, String noun) {
        return FigureFormat.count(n) + " " + FigureFormat.plural(n, noun);
    }
}
