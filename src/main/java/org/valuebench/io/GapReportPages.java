package org.valuebench.io;

import java.awt.Color;
import java.io.IOException;
import org.valuebench.analysis.ConfidenceInterval;
import org.valuebench.analysis.GapReport;
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
    static final String DASH = "–";

    private final GapReport gaps;

    public GapReportPages(GapReport gaps) {
        this.gaps = gaps;
    }

    @Override
    public void addTo(PdfReport report) throws IOException {
        // One flow, so the needs go on below the table on the same page.
        GapFlow flow = new GapFlow(report, gaps);
        new DeficitTable(flow).draw();
        new UnansweredNeeds(flow).draw();
        charts(flow);
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

    /** The importance-performance chart and the gap bars side by side, on a page of their own. */
    private void charts(GapFlow flow) {
        float s = flow.s;
        String subtitle = "Customer voice. Numbers are the ranks in the table; crosshairs at "
                + crosshairs() + ". " + count(flow.withFeedback.size(), "promise") + " with customer feedback"
                + (flow.withFeedback.size() < gaps.promises().size() ? "; "
                + (gaps.promises().size() - flow.withFeedback.size()) + " without are left out" : "") + ".";
        flow.newPage("Importance and performance: " + flow.name, subtitle);
        float gutter = 22 * s;
        float side = Math.min(flow.area.height(), (flow.area.width() - gutter) * 0.46f);
        new ImportancePerformanceChart(flow, flow.area.x(), flow.area.bottom() + flow.area.height() - side, side,
                side).draw();
        float barsX = flow.area.x() + side + gutter;
        new GapBars(flow, barsX, flow.area.bottom(), flow.area.x() + flow.area.width() - barsX, flow.area.height())
                .draw(0);
    }

    private String crosshairs() {
        return GapFigures.crosshairsPrinted(gaps.crosshairs());
    }

    static double clamp(double value) {
        return GapFigures.withinScale(value);
    }

    static String count(long n, String noun) {
        return FigureFormat.count(n) + " " + FigureFormat.plural(n, noun);
    }
}
