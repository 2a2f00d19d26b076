package org.valuebench.io;

import java.awt.Color;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;
import org.valuebench.analysis.ConfidenceInterval;
import org.valuebench.analysis.PromiseGap;

/**
 * The gap bars of the gap report, beside the importance-performance chart: largest deficit first, each with its
 * 95% confidence whisker; the bars that do not fit go on following pages.
 */
final class GapBars {
    private final GapFlow flow;
    private final PdfReport pdf;
    private final PdfFonts fonts;
    private final float s;
    private final List<PromiseGap> withFeedback;
    private final float x;
    private final float bottom;
    private final float width;
    private final float height;

    GapBars(GapFlow flow, float x, float bottom, float width, float height) {
        this.flow = flow;
        this.pdf = flow.pdf;
        this.fonts = flow.fonts;
        this.s = flow.s;
        this.withFeedback = flow.withFeedback;
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
        int p = flow.page;
        flow.paint(p, c -> PdfShapes.text(c, fonts.bold(), 10 * s, PdfReport.ACCENT, x, top + 4 * s,
                fonts.drawable(fonts.bold(), "Gap to target, with 95% confidence"
                        + (first > 0 ? " (continued)" : ""))));
        DoubleFunction<Float> gx =
                v -> plotX + (float) ((v - range[0]) / (range[1] - range[0])) * plotWidth;
        flow.paint(p, c -> {
            c.setStrokingColor(GapReportPages.GRID);
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
            flow.centred(p, String.format(Locale.ROOT, "%+.0f", v).replace("+0", "0"), fonts.regular(), tick,
                    PdfReport.MUTED, gx.apply(v), plotBottom - 10 * s);
        }
        flow.centred(p, "Gap = target " + GapReportPages.DASH + " delivered (right of 0: a deficit)", fonts.bold(), 7.5f * s,
                PdfReport.INK, plotX + plotWidth / 2, plotBottom - 21 * s);
        for (int i = first; i < last; i++) {
            bar(p, i, top - (i - first + 1) * rowHeight, rowHeight, labelWidth, gx);
        }
        legend(p, x, plotBottom - axisHeight - 4 * s, width);
        if (last < withFeedback.size()) {
            flow.newPage("Importance and performance: " + flow.name + " (continued)", null);
            new GapBars(flow, flow.area.x(), flow.area.bottom(), flow.area.width(), flow.area.height()).draw(last);
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
                low = Math.min(low, gap.target() - GapReportPages.clamp(gap.ci95().high()));
                high = Math.max(high, gap.target() - GapReportPages.clamp(gap.ci95().low()));
            }
        }
        return new double[] {Math.max(-4, Math.floor(low)), Math.min(4, Math.ceil(high))};
    }

    private void bar(int p, int index, float rowBottom, float rowHeight, float labelWidth,
                     DoubleFunction<Float> gx) {
        PromiseGap gap = withFeedback.get(index);
        int rank = flow.rank(gap);
        float size = 7.5f * s;
        float baseline = rowBottom + rowHeight / 2 - size * 0.35f;
        label(p, rank + ". " + gap.text().replaceAll("\\s+", " "), size, labelWidth - 6 * s, baseline);
        double value = gap.gap();
        boolean thin = gap.thinEvidence();
        Color colour = value > 0 ? GapReportPages.DEFICIT : GapReportPages.SURPLUS;
        float barHeight = rowHeight * 0.55f;
        float barBottom = rowBottom + (rowHeight - barHeight) / 2;
        float from = gx.apply(Math.min(0, value));
        float to = gx.apply(Math.max(0, value));
        ConfidenceInterval ci = gap.ci95();
        flow.paint(p, c -> {
            c.addRect(from, barBottom, Math.max(0.8f, to - from), barHeight);
            c.setStrokingColor(colour);
            c.setLineWidth(0.8f);
            c.setNonStrokingColor(thin ? PdfShapes.towardsWhite(colour, 3) : colour);
            c.fillAndStroke();
            if (ci != null) {
                float mid = rowBottom + rowHeight / 2;
                float a = gx.apply(clampGap(gap.target() - GapReportPages.clamp(ci.high())));
                float b = gx.apply(clampGap(gap.target() - GapReportPages.clamp(ci.low())));
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
        float end = Math.max(to, ci == null ? to : gx.apply(clampGap(gap.target() - GapReportPages.clamp(ci.low()))));
        String value2 = GapReportPages.signed(value) + (thin ? " thin" : "");
        flow.paint(p, c -> PdfShapes.text(c, fonts.regular(), 7 * s, thin ? GapReportPages.DEFICIT : PdfReport.MUTED, end + 3 * s,
                baseline, value2));
    }

    /** The promise's rank and text on one or two lines, the second shortened with … if need be. */
    private void label(int p, String text, float size, float labelWidth, float middleBaseline) {
        List<PdfBlock.Line> lines = pdf.lines(text, fonts.regular(), size, PdfReport.INK, labelWidth);
        float leading = size * 1.2f;
        if (lines.size() == 1) {
            String only = lines.get(0).text();
            flow.paint(p, c -> PdfShapes.text(c, fonts.regular(), size, PdfReport.INK, x, middleBaseline, only));
            return;
        }
        String first = lines.get(0).text();
        String rest = lines.size() == 2 ? lines.get(1).text()
                : pdf.fitted(lines.get(1).text() + " " + lines.get(2).text(), fonts.regular(), size,
                labelWidth);
        flow.paint(p, c -> {
            PdfShapes.text(c, fonts.regular(), size, PdfReport.INK, x, middleBaseline + leading / 2, first);
            PdfShapes.text(c, fonts.regular(), size, PdfReport.INK, x, middleBaseline - leading / 2, rest);
        });
    }

    private void legend(int p, float left, float top, float legendWidth) {
        List<PdfBlock.Line> lines = pdf.lines("Bar: the gap between the target and the mean delivered"
                + " score (red: short of the target; green: above it). Whisker: the 95% confidence interval"
                + " of the mean (Student's t, within the 1" + GapReportPages.DASH + "5 scale), none with a single record. Pale bar: thin evidence, fewer"
                + " than 5 records.", fonts.regular(), 6.8f * s, PdfReport.MUTED, legendWidth);
        PdfBlock block = PdfBlock.of(lines, new PdfBlock.Style(null, null, 0, false, 0));
        flow.paint(p, c -> block.draw(c, left, top, legendWidth));
    }

    private static double clampGap(double value) {
        return Math.max(-4, Math.min(4, value));
    }
}
