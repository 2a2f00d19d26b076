package org.valuebench.io;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.valuebench.analysis.GapReport;
import org.valuebench.analysis.PromiseGap;
import org.valuebench.analysis.Quadrant;

/**
 * The importance-performance chart of the gap report, Martilla &amp; James's grid: delivered across, importance
 * up, the crosshairs at the canvas's means and the four quadrants named in their corners; each promise a point
 * numbered by its rank in the deficit table.
 */
final class ImportancePerformanceChart {
    private final GapFlow flow;
    private final PdfFonts fonts;
    private final float s;
    private final GapReport gaps;
    private final float x;
    private final float bottom;
    private final float width;
    private final float height;
    private final float plotX;
    private final float plotBottom;
    private final float plotWidth;
    private final float plotHeight;

    ImportancePerformanceChart(GapFlow flow, float x, float bottom, float width, float height) {
        this.flow = flow;
        this.fonts = flow.fonts;
        this.s = flow.s;
        this.gaps = flow.gaps;
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
        int p = flow.page;
        float crossX = px(gaps.crosshairs().performance());
        float crossY = py(gaps.crosshairs().importance());
        flow.paint(p, c -> {
            c.setNonStrokingColor(GapReportPages.CONCENTRATE_TINT);
            c.addRect(plotX, crossY, crossX - plotX, plotBottom + plotHeight - crossY);
            c.fill();
            c.setStrokingColor(GapReportPages.GRID);
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
            flow.centred(p, label, fonts.regular(), tick, PdfReport.MUTED, px(v), plotBottom - 10 * s);
            float w = fonts.width(fonts.regular(), tick, label);
            float vy = py(v) - tick * 0.35f;
            flow.paint(p, c -> PdfShapes.text(c, fonts.regular(), tick, PdfReport.MUTED, plotX - 5 * s - w, vy, label));
        }
        flow.centred(p, "Delivered (mean score, 1" + GapReportPages.DASH + "5)", fonts.bold(), 7.5f * s, PdfReport.INK,
                plotX + plotWidth / 2, bottom + 4 * s);
        String yTitle = fonts.drawable(fonts.bold(), "Importance (1" + GapReportPages.DASH + "5)");
        float yTitleWidth = fonts.width(fonts.bold(), 7.5f * s, yTitle);
        float yTitleX = x + 9 * s;
        float yTitleY = plotBottom + plotHeight / 2 - yTitleWidth / 2;
        flow.paint(p, c -> {
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
        corner(p, Quadrant.CONCENTRATE_HERE, plotX + inset, top, size, false, GapReportPages.DEFICIT);
        corner(p, Quadrant.KEEP_UP_THE_GOOD_WORK, right, top, size, true, GapReportPages.SURPLUS);
        corner(p, Quadrant.LOW_PRIORITY, plotX + inset, low, size, false, PdfReport.MUTED);
        corner(p, Quadrant.POSSIBLE_OVERKILL, right, low, size, true, PdfReport.MUTED);
    }

    private void corner(int p, Quadrant quadrant, float at, float baseline, float size, boolean right,
                        Color colour) {
        String text = fonts.drawable(fonts.bold(), quadrant.title());
        float w = fonts.width(fonts.bold(), size, text);
        float left = right ? at - w : at;
        flow.paint(p, c -> PdfShapes.text(c, fonts.bold(), size, colour, left, baseline, text));
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
            float cx = px(GapReportPages.clamp(gap.delivered()));
            float cy = py(gap.importance());
            boolean thin = gap.thinEvidence();
            Color colour = gap.quadrant() == Quadrant.CONCENTRATE_HERE ? GapReportPages.DEFICIT : PdfReport.ACCENT;
            flow.paint(p, c -> {
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
        List<String> labels = ranks.stream().map(ImportancePerformanceChart::clusterLabel).toList();
        float size = 7 * s;
        for (int i = 0; i < spots.size(); i++) {
            String label = labels.get(i);
            float lx = spots.get(i)[0] + radius + 2 * s;
            float ly = spots.get(i)[1] + radius * 0.4f;
            float w = fonts.width(fonts.bold(), size, label);
            float shownX = lx + w > plotX + plotWidth ? spots.get(i)[0] - radius - 2 * s - w : lx;
            flow.paint(p, c -> PdfShapes.text(c, fonts.bold(), size, PdfReport.INK, shownX, ly, label));
        }
    }

    /** "1, 4" for a few promises at one spot; "1, 2, 3 … 13 promises" for many. */
    private static String clusterLabel(List<Integer> ranks) {
        if (ranks.size() <= 4) {
            return ranks.stream().map(String::valueOf).collect(Collectors.joining(", "));
        }
        return ranks.get(0) + ", " + ranks.get(1) + ", " + ranks.get(2) + " … " + ranks.size() + " promises";
    }
}
