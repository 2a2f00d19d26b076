package org.valuebench.io;

import java.awt.Color;
import java.io.IOException;
import org.valuebench.analysis.DifferentiationReport;
import org.valuebench.domain.CanvasContent;
import org.valuebench.report.FigureFormat;
import org.valuebench.report.Style;

/**
 * The strategy canvas of a canvas with competing factors, drawn as vector graphics: the value curves (one line
 * per offer across the factors, ours thicker, a legend; an unknown rating leaves a gap in its line; our
 * delivered level dashed where there is feedback), then the four actions grid with its notes and the
 * differentiation table, me-too factors first, with the summary and the rivals. A chart shows at most as many
 * factors as stay legible and continues on further pages; long names are wrapped, and cut with … only in
 * the chart's axis labels, where the table below has them whole. Each of the three is drawn by its own class
 * ({@link ValueCurveChart}, {@link FourActionsGrid}, {@link DifferentiationTable}) over one {@link StrategyFlow}.
 */
public final class StrategyPages implements PdfReportPart {
    /** Okabe and Ito's colour-blind-safe palette, minus its yellow, which vanishes on white paper and projectors. */
    static final Color[] PALETTE = {
        new Color(0xE6, 0x9F, 0x00), new Color(0x56, 0xB4, 0xE9), new Color(0x00, 0x9E, 0x73),
        new Color(0xCC, 0x79, 0xA7), new Color(0xD5, 0x5E, 0x00), new Color(0x00, 0x72, 0xB2),
        new Color(0x88, 0x88, 0x88)};
    static final Color OURS = new Color(0x1B, 0x1F, 0x3B);
    static final Color ME_TOO = new Color(0x9A, 0x6A, 0x00);
    static final String DASH = "–";

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
        // One flow, so the differentiation table goes on below the grid on the same page.
        StrategyFlow flow = new StrategyFlow(report, content, this.report);
        new ValueCurveChart(flow).draw();
        new FourActionsGrid(flow).draw();
        new DifferentiationTable(flow).draw();
    }

    /** An integer margin or a weighted one with its sign; zero without one. */
    static String signed(double value, int decimals) {
        return FigureFormat.signed(value, decimals, Style.PRINT);
    }
}
