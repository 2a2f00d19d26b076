package org.valuebench.io;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.valuebench.analysis.DifferentiationReport;
import org.valuebench.analysis.FactorStanding;
import org.valuebench.analysis.RivalComparison;
import org.valuebench.analysis.Standing;
import org.valuebench.domain.Offer;
import org.valuebench.report.FigureFormat;
import org.valuebench.report.StrategyFigures;
import org.valuebench.report.Style;

/**
 * The differentiation table of the strategy pages, me-too factors first, with the summary and the rivals below
 * it. Long names are wrapped whole here, where the chart's axis labels cut them.
 */
final class DifferentiationTable extends StrategySection {
    private static final int MAX_LEADERS = 3;

    private final DifferentiationReport report;
    private final boolean delivered;

    DifferentiationTable(StrategyFlow flow) {
        super(flow);
        this.report = flow.report;
        this.delivered = flow.delivered;
    }

    private static final float[] WIDTHS = {0, 58, 40, 32, 52, 48, 42, 0};

    void draw() {
        flow.y -= 6 * s;
        flow.heading("Differentiation", "Our rating against the best alternative's on each factor: me-too within "
                + StrategyFigures.meTooBand() + " (nothing sets us"
                + " apart), trail or lead beyond it; me-too factors first, heaviest first. Weight: the highest"
                + " importance of the customer items the factor matters through (3 when none). Margin = ours "
                + StrategyPages.DASH + " best alternative.", 40 * s);
        float[] widths = columns();
        flow.tableHeader(headers(), widths, DifferentiationTable::isNumber);
        for (int i = 0; i < report.factors().size(); i++) {
            row(i, report.factors().get(i), widths);
        }
        flow.y -= 8 * s;
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
        float free = flow.area.width() - fixed;
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
        if (flow.y - height < flow.area.bottom()) {
            flow.newPage("Four actions and differentiation: " + flow.name + " (continued)", null);
            flow.tableHeader(headers(), widths, DifferentiationTable::isNumber);
        }
        int p = flow.page;
        float top = flow.y;
        if (index % 2 == 1) {
            flow.paint(p, c -> {
                c.setNonStrokingColor(GapReportPages.ZEBRA);
                c.addRect(flow.area.x(), top - height, flow.area.width(), height);
                c.fill();
            });
        }
        float baseline = top - pad - leading + leading * 0.22f;
        wrapped(p, factorText, flow.area.x() + pad, top - pad, size);
        String[] values = {null, st.standing().title(), Integer.toString(st.weight()), whole(st.ours()),
            st.delivered() == null ? StrategyPages.DASH : GapReportPages.figure(st.delivered()), whole(st.bestAlternative()),
            st.margin() == null ? StrategyPages.DASH : StrategyPages.signed(st.margin(), 0), null};
        float x = flow.area.x() + widths[0];
        for (int i = 1; i < values.length - 1; i++) {
            if (widths[i] > 0) {
                boolean standing = i == 1;
                flow.cell(p, values[i], standing ? fonts.bold() : fonts.regular(), size,
                        standing ? standingColour(st.standing()) : PdfReport.INK, x, baseline, widths[i],
                        isNumber(i));
            }
            x += widths[i];
        }
        wrapped(p, leaderText, x + pad, top - pad, size);
        if (notKept) {
            flow.cell(p, "promise not kept", fonts.bold(), 6.5f * s, GapReportPages.DEFICIT, flow.area.x() + widths[0],
                    baseline - leading, widths[1] + widths[2] + widths[3] + widths[4], false);
        }
        flow.y -= height;
    }

    /** The leading alternatives; when many tie, the first few and how many more. */
    private static String leaders(List<Offer> leaders) {
        if (leaders.isEmpty()) {
            return StrategyPages.DASH;
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
            flow.paint(p, c -> PdfShapes.text(c, line.font(), size, line.color(), x, at, text));
        }
    }

    private void summary() {
        if (report.differentiation() == null) {
            flow.paragraph("Differentiation: not yet measured; no factor is rated for both our offering and an"
                    + " alternative.", PdfReport.INK);
            return;
        }
        long rated = StrategyFigures.ratedFactors(report);
        flow.paragraph("Differentiation " + StrategyPages.signed(report.differentiation(), 2) + ": the weighted mean margin over "
                + rated + " rated factor" + (rated == 1 ? "" : "s") + ". Share of their weight: me-too "
                + percent(report.meTooShare()) + ", trailing " + percent(report.trailShare()) + ", leading "
                + percent(report.leadShare()) + ".", PdfReport.INK);
    }

    private void rivals() {
        if (report.rivals().isEmpty()) {
            return;
        }
        flow.y -= 4 * s;
        PdfBlock heading = flow.headingBlock("Rivals, strongest first", "Our weighted margin against each"
                + " alternative over the factors both are rated on; negative: the rival is ahead.");
        List<PdfBlock> rows = new ArrayList<>();
        for (RivalComparison rival : report.rivals()) {
            String margin = rival.weightedMargin() == null ? "not compared"
                    : StrategyPages.signed(rival.weightedMargin(), 2) + " over " + rival.factorsCompared() + " factor"
                    + (rival.factorsCompared() == 1 ? "" : "s");
            rows.add(flow.paragraphBlock(rival.rival().name() + ": " + margin, rival.weightedMargin() != null
                    && rival.weightedMargin() < 0 ? GapReportPages.DEFICIT : PdfReport.INK));
        }
        flow.placeList(heading, rows);
    }

    private static Color standingColour(Standing standing) {
        return switch (standing) {
            case ME_TOO -> StrategyPages.ME_TOO;
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
