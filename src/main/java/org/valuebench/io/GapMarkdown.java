package org.valuebench.io;

import java.util.List;
import org.valuebench.analysis.GapReport;
import org.valuebench.analysis.PromiseGap;
import org.valuebench.domain.Item;
import org.valuebench.report.FigureFormat;
import org.valuebench.report.GapFigures;

/**
 * The promise-versus-delivery section of the Markdown export: what the PDF's deficit table and unanswered lists
 * hold, as text, with the figures in the same print style ({@link GapReportPages}).
 */
final class GapMarkdown {
    private GapMarkdown() {
    }

    static void append(StringBuilder md, GapReport gaps) {
        md.append("## Promise versus delivery\n\n");
        md.append("From ").append(GapReportPages.count(gaps.headlineRecords(), "customer record"))
                .append(", scores on the 1–5 scale. Gap = ").append(GapFigures.GAP).append("; deficit = ")
                .append(GapFigures.DEFICIT).append("; promises ranked by deficit. 95% CI: of the mean delivered")
                .append(" score, within the scale. Thin evidence: fewer than 5 records, read with care.\n\n");
        md.append("| # | Promise | n | Delivered | Target | Gap | 95% CI | Importance | Deficit | Quadrant |\n");
        md.append("|---:|---|---:|---:|---:|---:|---:|---:|---:|---|\n");
        List<PromiseGap> promises = gaps.promises();
        for (int rank = 0; rank < promises.size(); rank++) {
            PromiseGap gap = promises.get(rank);
            md.append("| ").append(rank + 1).append(" | ").append(CanvasMarkdownWriter.inline(gap.text()))
                    .append(" | ").append(FigureFormat.count(gap.n()))
                    .append(gap.n() > 0 && gap.thinEvidence() ? " (thin)" : "")
                    .append(" | ").append(GapReportPages.figure(gap.delivered()))
                    .append(" | ").append(gap.target())
                    .append(" | ").append(GapReportPages.signed(gap.gap()))
                    .append(" | ").append(GapReportPages.interval(gap.ci95()))
                    .append(" | ").append(gap.importance())
                    .append(" | ").append(GapReportPages.figure(gap.deficit()))
                    .append(" | ").append(gap.quadrant() == null ? "no customer feedback" : gap.quadrant().title())
                    .append(" |\n");
        }
        md.append('\n');
        items(md, GapFigures.UNANSWERED + " (" + gaps.unanswered().size() + ")", gaps.unanswered(),
                "None: every customer item is answered by the offering.");
        items(md, "Answered, but not promised (" + gaps.unpromised().size() + ")", gaps.unpromised(),
                "None: every answered customer item is answered by a promise.");
    }

    private static void items(StringBuilder md, String title, List<Item> items, String none) {
        md.append("### ").append(title).append("\n\n");
        if (items.isEmpty()) {
            md.append(none).append("\n\n");
            return;
        }
        for (Item item : items) {
            md.append("- ").append(item.section().title()).append(": ").append(CanvasMarkdownWriter.inline(item.text()))
                    .append(" (importance ").append(item.importance()).append(")\n");
        }
        md.append('\n');
    }
}
