package org.valuebench.io;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.valuebench.analysis.FactorStanding;
import org.valuebench.domain.Factor;
import org.valuebench.domain.FourAction;
import org.valuebench.domain.Offer;
import org.valuebench.domain.Rating;
import org.valuebench.domain.Strategy;

/**
 * The value curves of the strategy pages: one line per offer across the factors, ours thicker, our delivered
 * level dashed where there is feedback, an unknown rating a gap in its line. A chart shows at most as many
 * factors as stay legible and continues on further pages; the legend goes on pages of its own when the chart's
 * page has no room to name every line.
 */
final class ValueCurveChart extends StrategySection {
    private final String name;
    private final Strategy strategy;
    private final List<Offer> offers;
    private final List<FactorStanding> byPosition;
    private final boolean delivered;
    private final ValueCurveLegend legend;
    private boolean legendOverflows;

    ValueCurveChart(StrategyFlow flow) {
        super(flow);
        this.name = flow.name;
        this.strategy = flow.strategy;
        this.offers = flow.offers;
        this.byPosition = flow.byPosition;
        this.delivered = flow.delivered;
        this.legend = new ValueCurveLegend(flow);
    }

    void draw() {
        int total = strategy.factors().size();
        String subtitle = "Each offer rated 1 (poor) to 5 (best) on the factors customers compare, in their"
                + " order on the canvas. Ours is the thick dark line" + (delivered
                ? "; dashed: what our customers say we deliver (the gap analysis of the factor's promise), joining the"
                + " factors that have a delivered value"
                : "") + ". A gap in a line: that rating is unknown.";
        float plotWidthGuess = pdf.pageSize().getWidth() - 2 * pdf.margin() - 40 * s;
        int perPage = Math.max(2, (int) (plotWidthGuess / (52 * s)));
        int pages = (total + perPage - 1) / perPage;
        int balanced = (total + pages - 1) / pages;
        for (int first = 0; first < total; first += balanced) {
            int last = Math.min(total, first + balanced);
            String title = "Strategy canvas: " + name + (pages > 1
                    ? " (factors " + (first + 1) + StrategyPages.DASH + last + " of " + total + ")" : "");
            flow.newPage(title, first == 0 ? subtitle : null);
            chart(first, last);
        }
        if (legendOverflows) {
            legendPages();
        }
    }

    private void chart(int first, int last) {
        int n = last - first;
        float row = 12 * s;
        ValueCurveLegend.Layout placed = legend.layout(legend.entries(), flow.area.width(), Math.max(2, (int) (flow.area.height() * 0.22f / row)));
        legendOverflows |= placed.hidden() > 0;
        float legendHeight = placed.rows() * row;
        float labelSize = 7.2f * s;
        float labelLeading = labelSize * 1.2f;
        float axisLabels = 4 * labelLeading + 6 * s;
        float plotX = flow.area.x() + 34 * s;
        float plotWidth = flow.area.x() + flow.area.width() - 6 * s - plotX;
        float plotBottom = flow.area.bottom() + legendHeight + 10 * s + axisLabels;
        float plotTop = flow.area.top() - 4 * s;
        float plotHeight = plotTop - plotBottom;
        float step = plotWidth / n;
        int p = flow.page;
        // Scores 1..5 sit on the gridlines, half a step clear of the frame.
        DoubleFunction<Float> yOf =
                v -> plotBottom + (float) ((v - 0.5) / 5.0) * plotHeight;
        flow.paint(p, c -> {
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
            flow.paint(p, c -> PdfShapes.text(c, fonts.regular(), 8 * s, PdfReport.MUTED, plotX - 5 * s - w, at, label));
        }
        String axisTitle = fonts.drawable(fonts.bold(), "Rating");
        float titleX = flow.area.x() + 8 * s;
        float titleY = plotBottom + plotHeight / 2 - fonts.width(fonts.bold(), 7.5f * s, axisTitle) / 2;
        flow.paint(p, c -> {
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
        legend.draw(placed, flow.area.x(), flow.area.bottom() + legendHeight, "offers: every line is named after the chart");
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
            flow.paint(p, c -> PdfShapes.text(c, font, size, colour, at, baseline, text));
        }
    }

    private void curve(int p, int offerIndex, int first, int last, float plotX, float step,
                       DoubleFunction<Float> yOf) {
        Offer offer = offers.get(offerIndex);
        Color colour = OfferLines.colour(offerIndex);
        boolean ours = offer.isOurs();
        float nudge = nudge(offerIndex, step);
        List<float[]> points = new ArrayList<>();
        for (int i = first; i < last; i++) {
            Rating rating = strategy.rating(strategy.factors().get(i).id(), offer.id());
            points.add(rating.isKnown()
                    ? new float[] {plotX + (i - first + 0.5f) * step + nudge, yOf.apply(rating.score())} : null);
        }
        float width = ours ? 3.2f * s : 1.4f * s;
        float[] dash = OfferLines.dash(offerIndex);
        flow.paint(p, c -> {
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
                    OfferLines.marker(c, s, offerIndex, point[0], point[1], ours ? 3.6f * s : 2.7f * s, colour, true);
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

    /**
     * Joins the known points in order, passing over a factor without one: the delivered curve only has values on
     * factors that come from promises with feedback, and broken there it fell apart into lone markers.
     */
    private static void joinedLine(PDPageContentStream c, List<float[]> points) throws IOException {
        boolean started = false;
        for (float[] point : points) {
            if (point == null) {
                continue;
            }
            if (started) {
                c.lineTo(point[0], point[1]);
            } else {
                c.moveTo(point[0], point[1]);
                started = true;
            }
        }
        c.stroke();
        c.setLineDashPattern(new float[0], 0);
        c.setLineCapStyle(1);
    }

    /** Offers level on a factor would hide each other: each is moved sideways by its place in the legend. */
    private float nudge(int offerIndex, float step) {
        float spread = Math.min(6 * s, step * 0.5f / Math.max(1, offers.size()));
        return (offerIndex - (offers.size() - 1) / 2f) * spread;
    }

    private void deliveredCurve(int p, int first, int last, float plotX, float step,
                                DoubleFunction<Float> yOf) {
        float nudge = nudge(0, step);
        List<float[]> points = new ArrayList<>();
        for (int i = first; i < last; i++) {
            Double value = byPosition.get(i).delivered();
            points.add(value == null ? null : new float[] {plotX + (i - first + 0.5f) * step + nudge,
                yOf.apply(Math.max(1, Math.min(5, value)))});
        }
        flow.paint(p, c -> {
            c.setStrokingColor(StrategyPages.OURS);
            c.setLineWidth(OfferLines.DELIVERED_WIDTH * s);
            c.setLineCapStyle(0);
            c.setLineDashPattern(OfferLines.deliveredDash(s), 0);
            joinedLine(c, points);
            for (float[] point : points) {
                if (point != null) {
                    PdfShapes.circle(c, point[0], point[1], 3.2f * s);
                    c.setNonStrokingColor(Color.WHITE);
                    c.setStrokingColor(StrategyPages.OURS);
                    c.setLineWidth(1.3f * s);
                    c.fillAndStroke();
                }
            }
        });
    }

    /** The whole legend on pages of its own, for a chart with more offers than its page has room to name. */
    private void legendPages() {
        List<Integer> rest = legend.entries();
        float row = 12 * s;
        boolean first = true;
        while (!rest.isEmpty()) {
            flow.newPage("Strategy canvas: " + name + ", the offers" + (first ? "" : " (continued)"),
                    first ? "Every line on the strategy canvas, in the order of the ratings grid." : null);
            first = false;
            ValueCurveLegend.Layout layout = legend.layout(rest, flow.area.width(), Math.max(2, (int) (flow.area.height() / row)));
            legend.draw(layout, flow.area.x(), flow.area.top(), "offers on the next page");
            rest = rest.subList(layout.shown().size(), rest.size());
        }
    }
}
