package org.valuebench.io;

import java.awt.Color;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.valuebench.analysis.FitAnalysis;
import org.valuebench.analysis.FitReport;
import org.valuebench.domain.CanvasContent;
import org.valuebench.domain.FitLink;
import org.valuebench.domain.Item;
import org.valuebench.report.Figure;
import org.valuebench.report.FitFigures;

/** The pages after the canvas: fit score, unanswered customer items, fluff, promises and the fit links. */
final class FitSummaryPages implements PdfReportPart {
    private static final int COLUMNS = 2;
    private final CanvasContent content;

    FitSummaryPages(CanvasContent content) {
        this.content = content;
    }

    @Override
    public void addTo(PdfReport report) {
        FitReport fit = FitAnalysis.of(content);
        Blocks blocks = new Blocks(report, report.columnWidth(COLUMNS));
        score(blocks, fit);
        blocks.heading("Unanswered customer items (" + fit.unanswered().size() + ")",
                "Wants, needs and fears that no offering item answers, most important first.");
        List<Item> unanswered = fit.unanswered().stream()
                .sorted((a, b) -> Integer.compare(b.importance(), a.importance())).toList();
        if (unanswered.isEmpty()) {
            blocks.paragraph("None: every customer item is answered.");
        }
        unanswered.forEach(item -> blocks.item(item, item.section().title() + " · importance " + item.importance() + "/5"));

        blocks.heading("Fluff (" + fit.fluff().size() + ")", "Offering items that answer no customer item.");
        if (fit.fluff().isEmpty()) {
            blocks.paragraph("None: every offering item answers something.");
        }
        fit.fluff().forEach(item -> blocks.item(item, item.section().title() + (item.promise()
                ? " · promise, target " + item.promiseTarget() + "/5" : "")));

        List<Item> promises = content.promises();
        blocks.heading("Promises (" + promises.size() + ")",
                "Offering items the team promises, with the level of delivery promised.");
        if (promises.isEmpty()) {
            blocks.paragraph("No offering item is flagged as a promise yet.");
        }
        promises.forEach(item -> blocks.item(item, item.section().title() + " · target " + item.promiseTarget() + "/5"));

        links(blocks);
        if (!content.canvas().notes().isEmpty()) {
            blocks.heading("Canvas notes", null);
            blocks.paragraph(content.canvas().notes());
        }
        report.addFlowPages("Fit summary: " + content.canvas().name(), null, COLUMNS, blocks.all);
    }

    private void score(Blocks blocks, FitReport fit) {
        Figure score = FitFigures.score(fit);
        blocks.heading("Fit score: " + (score.isEmpty() ? "not yet scored" : score.text()), score.explanation());
    }

    private void links(Blocks blocks) {
        Map<Long, Item> byId = content.itemsById();
        blocks.heading("Fit links (" + content.links().size() + ")", "Each offering item and the customer items it answers.");
        if (content.links().isEmpty()) {
            blocks.paragraph("No fit links yet.");
        }
        // Grouped in one pass: a scan of every link per item grows with items times links (500 x 3,000).
        Map<Long, List<Item>> answeredBy = new HashMap<>();
        for (FitLink link : content.links()) {
            answeredBy.computeIfAbsent(link.offeringItemId(), id -> new ArrayList<>())
                    .add(byId.get(link.customerItemId()));
        }
        for (Item offering : content.items()) {
            List<Item> answered = answeredBy.getOrDefault(offering.id(), List.of());
            if (!answered.isEmpty()) {
                blocks.link(offering, answered);
            }
        }
    }

    /** Builds the summary's blocks for one column width. */
    private static final class Blocks {
        private final PdfReport report;
        private final float width;
        private final float s;
        private final List<PdfBlock> all = new ArrayList<>();

        Blocks(PdfReport report, float width) {
            this.report = report;
            this.width = width;
            this.s = report.scale();
        }

        void heading(String title, String explanation) {
            List<PdfBlock.Line> lines = new ArrayList<>();
            lines.add(PdfBlock.Line.spacer(4 * s));
            lines.addAll(report.lines(title, report.fonts().bold(), 11 * s, PdfReport.ACCENT, width));
            if (explanation != null) {
                lines.addAll(report.lines(explanation, report.fonts().regular(), 7.5f * s, PdfReport.MUTED, width));
            }
            all.add(PdfBlock.of(lines, new PdfBlock.Style(null, null, 0, true, 4 * s)));
        }

        void paragraph(String text) {
            all.add(new PdfBlock(report.lines(text, report.fonts().regular(), 8.5f * s, PdfReport.INK, width),
                    new PdfBlock.Style(null, null, 0, false, 4 * s), null, 0));
        }

        void item(Item item, String label) {
            float pad = 3.5f * s;
            float inner = width - 2 * pad;
            List<PdfBlock.Line> lines = new ArrayList<>(report.lines(label, report.fonts().bold(), 6.8f * s,
                    PdfReport.MUTED, inner));
            int header = lines.size();
            lines.addAll(report.lines(item.text(), report.fonts().regular(), 8.5f * s, PdfReport.INK, inner));
            Color fill = NoteBlocks.fill(item);
            all.add(new PdfBlock(lines, new PdfBlock.Style(fill, null, pad, false, 3 * s), item, header));
        }

        void link(Item offering, List<Item> answered) {
            float pad = 3.5f * s;
            float inner = width - 2 * pad;
            float indent = 10 * s;
            List<PdfBlock.Line> lines = new ArrayList<>(report.lines(offering.section().title(), report.fonts().bold(),
                    6.8f * s, PdfReport.MUTED, inner));
            int header = lines.size();
            lines.addAll(report.lines(offering.text(), report.fonts().bold(), 8.5f * s, PdfReport.INK, inner));
            for (Item customer : answered) {
                lines.addAll(report.lines("→ " + customer.text() + "  (" + customer.section().title()
                        + ", importance " + customer.importance() + ")", report.fonts().regular(), 8 * s,
                        PdfReport.INK, inner, indent));
            }
            all.add(new PdfBlock(lines, new PdfBlock.Style(new Color(0xF3, 0xF5, 0xF7), null, pad, false, 3 * s),
                    offering, header));
        }
    }
}
