package org.valuebench.cli;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.valuebench.analysis.FitReport;
import org.valuebench.domain.Canvas;
import org.valuebench.domain.CanvasContent;
import org.valuebench.domain.Item;
import org.valuebench.domain.Section;
import org.valuebench.domain.SectionGroup;
import org.valuebench.report.FitFigures;

/**
 * One canvas as {@code show} prints it for a person: the header, each group and section with its items
 * (numbered by id so links can point at them), then what the fit analysis found.
 */
final class CanvasText {
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final String LABEL = "%-10s ";

    private final CanvasContent content;
    private final FitReport fit;
    private final int idWidth;
    private final List<String> lines = new ArrayList<>();

    private CanvasText(CanvasContent content, FitReport fit) {
        this.content = content;
        this.fit = fit;
        this.idWidth = content.items().stream().mapToInt(i -> ref(i.id()).length()).max().orElse(0);
    }

    static List<String> lines(CanvasContent content, FitReport fit) {
        CanvasText text = new CanvasText(content, fit);
        text.header();
        for (SectionGroup group : SectionGroup.values()) {
            text.group(group);
        }
        text.findings();
        return List.copyOf(text.lines);
    }

    private void header() {
        Canvas c = content.canvas();
        lines.add(TerminalText.oneLine(c.name()) + " (canvas " + c.id() + ")");
        labelled("Segment:", c.segment());
        labelled("Offering:", c.offering());
        labelled("Created:", TIME.format(c.created()));
        labelled("Updated:", TIME.format(c.updated()));
        labelled("Notes:", c.notes());
        labelled("Fit:", fitSummary());
    }

    private String fitSummary() {
        if (fit.fitScore() == null) {
            return "no score yet: the customer profile is empty";
        }
        return FitFigures.score(fit).text() + " of the customer profile's importance is answered ("
                + FitFigures.points(fit) + ")";
    }

    /** A header line; empty values are left out, and a value of several lines stays under its first line. */
    private void labelled(String label, String value) {
        if (value.isEmpty()) {
            return;
        }
        String prefix = String.format(Locale.ROOT, LABEL, label);
        indented(prefix, " ".repeat(prefix.length()), TerminalText.lines(value));
    }

    private void group(SectionGroup group) {
        lines.add("");
        lines.add(group.title().toUpperCase(Locale.ROOT));
        for (Section section : Section.of(group)) {
            lines.add("  " + section.title());
            List<Item> items = content.itemsIn(section);
            if (items.isEmpty()) {
                lines.add("    (empty)");
            }
            items.forEach(this::item);
        }
    }

    private void item(Item item) {
        String first = "    " + TerminalText.padRight(ref(item.id()), idWidth) + "  ";
        String rest = " ".repeat(first.length());
        indented(first, rest, TerminalText.lines(item.text()));
        String details = details(item);
        if (!details.isEmpty()) {
            lines.add(rest + details);
        }
        if (!item.notes().isEmpty()) {
            indented(rest + "notes: ", rest + "       ", TerminalText.lines(item.notes()));
        }
    }

    private String details(Item item) {
        List<String> parts = new ArrayList<>();
        String linked = content.linkedTo(item.id()).stream().sorted().map(CanvasText::ref)
                .collect(Collectors.joining(", "));
        if (item.isCustomer()) {
            parts.add("importance " + item.importance());
            parts.add(linked.isEmpty() ? "unanswered" : "answered by " + linked);
        } else if (item.isOffering()) {
            if (item.promise()) {
                parts.add("promise, target " + item.promiseTarget());
            }
            parts.add(linked.isEmpty() ? "fluff: answers nothing" : "answers " + linked);
        }
        if (!item.author().isEmpty()) {
            parts.add("by " + TerminalText.oneLine(item.author()));
        }
        return String.join("; ", parts);
    }

    private void findings() {
        lines.add("");
        lines.add("Unanswered customer items: " + fit.unanswered().size());
        fit.unanswered().forEach(i -> lines.add("  " + TerminalText.padRight(ref(i.id()), idWidth) + "  "
                + TerminalText.oneLine(i.text()) + " (importance " + i.importance() + ")"));
        lines.add("Fluff, offering items that answer nothing: " + fit.fluff().size());
        fit.fluff().forEach(i -> lines.add("  " + TerminalText.padRight(ref(i.id()), idWidth) + "  "
                + TerminalText.oneLine(i.text())));
    }

    private void indented(String first, String rest, String text) {
        String[] parts = text.split("\n", -1);
        for (int i = 0; i < parts.length; i++) {
            lines.add(((i == 0 ? first : rest) + parts[i]).stripTrailing());
        }
    }

    private static String ref(long itemId) {
        return "#" + itemId;
    }
}
