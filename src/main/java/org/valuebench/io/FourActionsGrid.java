package org.valuebench.io;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.valuebench.domain.Factor;
import org.valuebench.domain.FourAction;
import org.valuebench.domain.Strategy;

/**
 * The four actions grid of the strategy pages: eliminate and raise, reduce and create, each box with its factors
 * and the team's notes, then the factors not yet on the grid. It starts the page the differentiation table
 * continues.
 */
final class FourActionsGrid extends StrategySection {
    private final String name;
    private final Strategy strategy;

    FourActionsGrid(StrategyFlow flow) {
        super(flow);
        this.name = flow.name;
        this.strategy = flow.strategy;
    }

    void draw() {
        flow.newPage("Four actions and differentiation: " + name, "Kim and Mauborgne's four actions: what the"
                + " offering should stop doing, do less of, do more of and start doing, each with the team's"
                + " note. Raise and create can become new promises on the canvas.");
        flow.heading("Four actions", null);
        float gap = 8 * s;
        float cellWidth = (flow.area.width() - gap) / 2;
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
            flow.y -= 4 * s;
            flow.paragraph("Not yet on the grid: " + undecided.stream()
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
            float available = flow.y - flow.area.bottom() - 2 * pad;
            if (available < 40 * s) {
                flow.newPage("Four actions and differentiation: " + name + " (continued)", null);
                available = flow.y - flow.area.bottom() - 2 * pad;
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
            float top = flow.y;
            int p = flow.page;
            for (int col = 0; col < 2; col++) {
                float x = flow.area.x() + col * (cellWidth + gap);
                Color edge = actionColour(actions[col]);
                Color tint = PdfShapes.towardsWhite(edge, 9);
                List<PdfBlock.Line> lines = now.get(col);
                PdfBlock block = PdfBlock.of(lines, new PdfBlock.Style(null, null, 0, false, 0));
                flow.paint(p, c -> {
                    PdfShapes.roundedRect(c, x, top - height, cellWidth, height, 5 * s);
                    c.setNonStrokingColor(tint);
                    c.setStrokingColor(edge);
                    c.setLineWidth(0.8f);
                    c.fillAndStroke();
                    block.draw(c, x + pad, top - pad, cellWidth - 2 * pad);
                });
            }
            flow.y -= height + gap;
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
    private static Color actionColour(FourAction action) {
        return switch (action) {
            case ELIMINATE, REDUCE -> GapReportPages.DEFICIT;
            case RAISE, CREATE -> GapReportPages.SURPLUS;
            case NONE -> PdfReport.MUTED;
        };
    }
}
