package org.valuebench.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.valuebench.app.history.Comparison;
import org.valuebench.report.ChangeRow;
import org.valuebench.report.ChangeRows;
import org.valuebench.report.ChangeSummary;
import org.valuebench.report.FigureChange;
import org.valuebench.report.Style;

/** {@code diff --format text}: the changes grouped by part of the canvas, then the figures that moved, in ASCII signs. */
final class DiffText {
    private static final int SUBJECT = 60;

    private DiffText() {
    }

    static List<String> lines(Comparison c) {
        List<String> lines = new ArrayList<>();
        lines.add("Changes from " + quoted(c.beforeLabel()) + " to " + quoted(c.afterLabel()));
        if (!c.diff().sameCanvas()) {
            lines.add("Two canvases: their cards are matched by section and text, their factors by name.");
        }
        lines.add("Summary: " + TerminalText.oneLine(ChangeSummary.between(c.before(), c.after(), Style.TERMINAL)));
        List<ChangeRow> rows = ChangeRows.of(c.diff(), c.before().content(), c.after().content(), Style.TERMINAL);
        int kindWidth = rows.stream().mapToInt(r -> r.kind().length()).max().orElse(0);
        String group = "";
        for (ChangeRow row : rows) {
            if (!row.group().equals(group)) {
                group = row.group();
                lines.add("");
                lines.add(group.toUpperCase(Locale.ROOT) + (group.equals("Cards") ? " (+ added, - removed, ~ changed)"
                        : ""));
            }
            String line = "  " + row.mark() + " " + TerminalText.padRight(row.kind(), kindWidth) + "  "
                    + TerminalText.truncate(TerminalText.oneLine(row.subject()), SUBJECT);
            if (!row.detail().isEmpty()) {
                line += ": " + TerminalText.oneLine(row.detail());
            }
            lines.add(line.stripTrailing());
        }
        if (rows.isEmpty()) {
            lines.add("");
            lines.add("No cards, links, factors or ratings changed.");
        }
        lines.add("");
        lines.addAll(figures(c.moved(Style.TERMINAL)));
        return lines;
    }

    private static List<String> figures(List<FigureChange> moved) {
        if (moved.isEmpty()) {
            return List.of("No figure moved.");
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"Figure", "Before", "After", "Change"});
        for (FigureChange f : moved) {
            String name = f.subject().isEmpty() ? f.label()
                    : TerminalText.truncate(TerminalText.oneLine(f.subject()), 40) + ": " + f.label();
            rows.add(new String[] {name, f.before().text(), f.after().text(), f.change()});
        }
        int[] widths = new int[4];
        rows.forEach(r -> {
            for (int i = 0; i < 4; i++) {
                widths[i] = Math.max(widths[i], TerminalText.width(r[i]));
            }
        });
        List<String> lines = new ArrayList<>();
        lines.add("FIGURES THAT MOVED");
        for (String[] r : rows) {
            lines.add(("  " + TerminalText.padRight(r[0], widths[0]) + "  " + TerminalText.padLeft(r[1], widths[1])
                    + "  " + TerminalText.padLeft(r[2], widths[2]) + "  " + r[3]).stripTrailing());
        }
        return lines;
    }

    private static String quoted(String label) {
        return "'" + TerminalText.oneLine(label) + "'";
    }
}
