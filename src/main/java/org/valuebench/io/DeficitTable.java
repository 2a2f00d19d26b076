package org.valuebench.io;

import java.awt.Color;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.valuebench.analysis.GapReport;
import org.valuebench.analysis.PromiseGap;
import org.valuebench.analysis.Quadrant;
import org.valuebench.report.FigureFormat;

/**
 * The first page of the gap report: the promises ranked by value deficit in a table, one row each with its
 * figures, thin evidence marked under the count. The rank is the number the charts use for the promise.
 */
final class DeficitTable {
    private final GapFlow flow;
    private final PdfReport pdf;
    private final PdfFonts fonts;
    private final float s;
    private final GapReport gaps;
    private final String name;

    DeficitTable(GapFlow flow) {
        this.flow = flow;
        this.pdf = flow.pdf;
        this.fonts = flow.fonts;
        this.s = flow.s;
        this.gaps = flow.gaps;
        this.name = flow.name;
    }

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
        widths[1] = flow.area.width() - fixed;
        return widths;
    }

    void draw() {
        long customerRecords = gaps.headlineRecords();
        long allRecords = gaps.facets().records();
        String subtitle = "From " + GapReportPages.count(customerRecords, "customer record") + (allRecords > customerRecords
                ? " (" + GapReportPages.count(allRecords, "record") + " from every voice)" : "") + ", scores on the 1" + GapReportPages.DASH
                + "5 scale. Gap = target " + GapReportPages.DASH + " delivered; deficit = importance × max(0, gap); promises"
                + " ranked by deficit. 95% CI: of the mean delivered score, within the scale. Thin evidence: fewer"
                + " than 5 records, read with care.";
        flow.newPage("Promise versus delivery: " + name, subtitle);
        float[] widths = columns();
        flow.tableHeader(HEADERS, widths, i -> i != 1 && i != 9);
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
        if (flow.y - height < flow.area.bottom()) {
            flow.newPage("Promise versus delivery: " + name + " (continued)", null);
            flow.tableHeader(HEADERS, widths, i -> i != 1 && i != 9);
        }
        int p = flow.page;
        float top = flow.y;
        if (rank % 2 == 1) {
            flow.paint(p, c -> {
                c.setNonStrokingColor(GapReportPages.ZEBRA);
                c.addRect(flow.area.x(), top - height, flow.area.width(), height);
                c.fill();
            });
        }
        float baseline = top - pad - leading + leading * 0.22f;
        boolean none = gap.n() == 0;
        Color ink = none ? PdfReport.MUTED : PdfReport.INK;
        String[] values = {
            Integer.toString(rank + 1), null, FigureFormat.count(gap.n()), GapReportPages.figure(gap.delivered()),
            Integer.toString(gap.target()), GapReportPages.signed(gap.gap()), GapReportPages.interval(gap.ci95()),
            Integer.toString(gap.importance()), GapReportPages.figure(gap.deficit()),
            gap.quadrant() == null ? "no customer feedback" : gap.quadrant().title()};
        float x = flow.area.x();
        for (int i = 0; i < values.length; i++) {
            if (i == 1) {
                float lineY = top - pad;
                float textX = x + pad;
                for (PdfBlock.Line line : text) {
                    lineY -= line.leading();
                    float at = lineY + line.leading() * 0.22f;
                    String shown = line.text();
                    flow.paint(p, c -> PdfShapes.text(c, fonts.regular(), size, ink, textX, at, shown));
                }
            } else {
                Color colour = ink;
                PDFont font = fonts.regular();
                if (i == 8 && gap.deficit() != null && gap.deficit() > 0) {
                    font = fonts.bold();
                    colour = GapReportPages.DEFICIT;
                }
                if (i == 9 && gap.quadrant() == Quadrant.CONCENTRATE_HERE) {
                    colour = GapReportPages.DEFICIT;
                }
                flow.cell(p, values[i], font, size, colour, x, baseline, widths[i], i != 9);
            }
            x += widths[i];
        }
        if (thin) {
            float nX = flow.area.x() + widths[0] + widths[1];
            flow.cell(p, "thin", fonts.bold(), 6.5f * s, GapReportPages.DEFICIT, nX, baseline - leading, widths[2], true);
        }
        flow.y -= height;
    }
}
