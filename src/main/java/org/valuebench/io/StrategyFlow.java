package org.valuebench.io;

import java.awt.Color;
import java.util.List;
import org.valuebench.analysis.DifferentiationReport;
import org.valuebench.analysis.FactorStanding;
import org.valuebench.domain.CanvasContent;
import org.valuebench.domain.Offer;
import org.valuebench.domain.Strategy;

/**
 * The strategy pages as they flow: what the value curves, the four actions grid and the differentiation table
 * all read, and the page and cursor they hand on to each other, since the table continues where the grid ends.
 */
final class StrategyFlow extends PdfFlow {
    final String name;
    final Strategy strategy;
    final List<Offer> offers;
    final DifferentiationReport report;
    /** The factors' standings in their order on the canvas (the report lists them me-too first). */
    final List<FactorStanding> byPosition;
    /** Whether any factor has a delivered level from feedback: the dashed line and the table's column. */
    final boolean delivered;

    StrategyFlow(PdfReport pdf, CanvasContent content, DifferentiationReport report) {
        super(pdf);
        this.name = content.canvas().name();
        this.strategy = content.strategy();
        this.offers = content.offers();
        this.report = report;
        this.byPosition = strategy.factors().stream()
                .map(f -> report.factors().stream().filter(st -> st.factor().id() == f.id()).findFirst()
                        .orElseThrow())
                .toList();
        this.delivered = report.factors().stream().anyMatch(st -> st.delivered() != null);
    }

    void heading(String title, String explanation) {
        heading(title, explanation, 14 * s);
    }

    void heading(String title, String explanation, float keepBelow) {
        place(headingBlock(title, explanation), keepBelow);
    }

    void paragraph(String text, Color colour) {
        place(paragraphBlock(text, colour), 0);
    }

    PdfBlock paragraphBlock(String text, Color colour) {
        return PdfBlock.of(pdf.lines(text, fonts.regular(), 8.5f * s, colour, area.width()),
                new PdfBlock.Style(null, null, 0, false, 3 * s));
    }

    @Override
    String continuedTitle() {
        return "Four actions and differentiation: " + name + " (continued)";
    }
}
