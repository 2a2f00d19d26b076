package org.valuebench.cli;

import java.util.ArrayList;
import java.util.List;
import org.valuebench.app.history.Comparison;
import org.valuebench.report.ChangeRow;
import org.valuebench.report.ChangeRows;
import org.valuebench.report.ChangeSummary;
import org.valuebench.report.FigureChange;
import org.valuebench.report.Style;

/** {@code diff --format md}: the comparison as a Markdown page, a table per part of the canvas and for the figures. */
final class DiffMarkdown {

    private DiffMarkdown() {
    }

    static List<String> lines(Comparison c) {
        List<String> lines = new ArrayList<>();
        lines.add("# Changes from " + escape(c.beforeLabel()) + " to " + escape(c.afterLabel()));
        lines.add("");
        if (!c.diff().sameCanvas()) {
            lines.add("Two canvases: their cards are matched by section and text, their factors by name.");
            lines.add("");
        }
        lines.add("**Summary:** " + escape(ChangeSummary.between(c.before(), c.after(), Style.PRINT)));
        List<ChangeRow> rows = ChangeRows.of(c.diff(), c.before().content(), c.after().content(), Style.PRINT);
        String group = "";
        for (ChangeRow row : rows) {
            if (!row.group().equals(group)) {
                group = row.group();
                lines.add("");
                lines.add("## " + group);
                lines.add("");
                lines.add("| | Kind | What | Change |");
                lines.add("|---|---|---|---|");
            }
            lines.add("| " + row.markWord() + " | " + escape(row.kind()) + " | " + escape(row.subject()) + " | "
                    + escape(row.detail()) + " |");
        }
        lines.add("");
        lines.add("## Figures that moved");
        lines.add("");
        List<FigureChange> moved = c.moved(Style.PRINT);
        if (moved.isEmpty()) {
            lines.add("No figure moved.");
            return lines;
        }
        lines.add("| Figure | Before | After | Change |");
        lines.add("|---|---:|---:|---|");
        for (FigureChange f : moved) {
            String name = f.subject().isEmpty() ? f.label() : f.subject() + ": " + f.label();
            lines.add("| " + escape(name) + " | " + escape(f.before().text()) + " | " + escape(f.after().text()) + " | "
                    + escape(f.change()) + " |");
        }
        return lines;
    }

    /** Text safe in a table cell: one line, Markdown's signs escaped, no HTML. */
    static String escape(String text) {
        String flat = TerminalText.oneLine(text);
        StringBuilder out = new StringBuilder();
        for (char ch : flat.toCharArray()) {
            if ("\\`*_[]|<>".indexOf(ch) >= 0) {
                out.append('\\');
            }
            out.append(ch);
        }
        return out.toString();
    }
}
