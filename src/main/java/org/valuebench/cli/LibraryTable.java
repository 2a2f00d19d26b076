package org.valuebench.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.valuebench.domain.CanvasSummary;

/**
 * The canvases as aligned columns for a terminal, narrow enough for about 90 columns: long names and
 * segments are cut with an ellipsis; the counts per group are in the JSON.
 */
final class LibraryTable {
    static final int MAX_NAME = 40;
    static final int MAX_SEGMENT = 40;

    private record Column(String header, boolean numeric, Function<CanvasSummary, String> value) {
    }

    private static final List<Column> COLUMNS = List.of(
            new Column("ID", true, s -> Long.toString(s.id())),
            new Column("NAME", false, s -> TerminalText.truncate(TerminalText.oneLine(s.name()), MAX_NAME)),
            new Column("ITEMS", true, s -> Integer.toString(s.items())),
            new Column("PROMISES", true, s -> Integer.toString(s.promises())),
            new Column("LINKS", true, s -> Integer.toString(s.links())),
            new Column("SEGMENT", false, s -> TerminalText.truncate(TerminalText.oneLine(s.segment()), MAX_SEGMENT)));

    private LibraryTable() {
    }

    static List<String> lines(List<CanvasSummary> library) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(COLUMNS.stream().map(Column::header).toList());
        for (CanvasSummary summary : library) {
            rows.add(COLUMNS.stream().map(c -> c.value().apply(summary)).toList());
        }
        int[] widths = new int[COLUMNS.size()];
        for (List<String> row : rows) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], TerminalText.width(row.get(i)));
            }
        }
        List<String> lines = new ArrayList<>();
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < widths.length; i++) {
                Column column = COLUMNS.get(i);
                String cell = row.get(i);
                line.append(i == 0 ? "" : "  ")
                        .append(column.numeric() ? TerminalText.padLeft(cell, widths[i])
                                : TerminalText.padRight(cell, widths[i]));
            }
            lines.add(line.toString().stripTrailing());
        }
        return lines;
    }
}
