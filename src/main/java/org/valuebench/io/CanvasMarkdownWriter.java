package org.valuebench.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.valuebench.analysis.FitAnalysis;
import org.valuebench.analysis.FitReport;
import org.valuebench.domain.CanvasContent;
import org.valuebench.domain.FitLink;
import org.valuebench.domain.Item;
import org.valuebench.domain.Section;
import org.valuebench.domain.SectionGroup;

/**
 * Writes a canvas as Markdown for wikis: the name as the title, groups and sections as headings (offering,
 * customer profile, alternatives, as the canvas is drawn), items as bullets with their importance or promise
 * target, fit links as sub-bullets, then the fit summary. Everything taken from the canvas is escaped, so an
 * item's text can never turn into markup.
 */
public final class CanvasMarkdownWriter {
    private static final List<SectionGroup> GROUP_ORDER =
            List.of(SectionGroup.OFFERING, SectionGroup.CUSTOMER, SectionGroup.ALTERNATIVES);

    public void write(CanvasContent content, OutputStream out) {
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write(markdown(content));
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String markdown(CanvasContent content) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(inline(content.canvas().name())).append("\n\n");
        if (!content.canvas().segment().isEmpty()) {
            md.append("**Customer segment:** ").append(inline(content.canvas().segment())).append("  \n");
        }
        if (!content.canvas().offering().isEmpty()) {
            md.append("**Offering:** ").append(inline(content.canvas().offering())).append("  \n");
        }
        md.append("**Last changed:** ").append(content.canvas().updated().toString(), 0, 10).append("\n\n");
        if (!content.canvas().notes().isEmpty()) {
            md.append(block(content.canvas().notes(), "")).append("\n\n");
        }
        Map<Long, Item> byId = content.itemsById();
        for (SectionGroup group : GROUP_ORDER) {
            md.append("## ").append(group.title()).append("\n\n");
            for (Section section : Section.of(group)) {
                md.append("### ").append(section.title()).append("\n\n");
                List<Item> items = content.itemsIn(section);
                if (items.isEmpty()) {
                    md.append("*No items.*\n\n");
                    continue;
                }
                for (Item item : items) {
                    item(md, item, content, byId);
                }
                md.append('\n');
            }
        }
        fit(md, content);
        return md.toString();
    }

    private static void item(StringBuilder md, Item item, CanvasContent content, Map<Long, Item> byId) {
        md.append("- ");
        if (item.isCustomer()) {
            md.append("**[importance ").append(item.importance()).append("/5]** ");
        } else if (item.promise()) {
            md.append("**[promise, target ").append(item.promiseTarget()).append("/5]** ");
        }
        md.append(block(item.text(), "  "));
        if (!item.author().isEmpty()) {
            md.append(" — *").append(inline(item.author())).append('*');
        }
        md.append('\n');
        if (!item.notes().isEmpty()) {
            md.append("  - Notes: ").append(block(item.notes(), "    ")).append('\n');
        }
        if (item.isOffering()) {
            content.links().stream()
                    .filter(l -> l.offeringItemId() == item.id())
                    .map(FitLink::customerItemId)
                    .map(byId::get)
                    .forEach(customer -> md.append("  - answers: ").append(inline(customer.text())).append(" *(")
                            .append(customer.section().title()).append(")*\n"));
        }
    }

    private static void fit(StringBuilder md, CanvasContent content) {
        FitReport fit = FitAnalysis.of(content);
        md.append("## Fit\n\n");
        if (fit.fitScore() == null) {
            md.append("Fit score: not yet scored (no customer items).\n\n");
        } else {
            md.append("Fit score: **").append(Math.round(fit.fitScore() * 100)).append("%** (")
                    .append(fit.answeredWeight()).append(" of ").append(fit.totalWeight())
                    .append(" importance points answered)\n\n");
        }
        md.append("### Unanswered customer items\n\n");
        list(md, fit.unanswered(), "None.");
        md.append("### Fluff (offering items that answer nothing)\n\n");
        list(md, fit.fluff(), "None.");
    }

    private static void list(StringBuilder md, List<Item> items, String none) {
        if (items.isEmpty()) {
            md.append(none).append("\n\n");
            return;
        }
        for (Item item : items) {
            md.append("- ").append(item.section().title()).append(": ").append(inline(item.text())).append('\n');
        }
        md.append('\n');
    }

    /** One line of text: line breaks become spaces. */
    static String inline(String text) {
        return escapeLine(text.replaceAll("[\\r\\n\\u2028\\u2029]+", " ").strip());
    }

    /**
     * Text that may span lines, inside a list item: each line break becomes a hard break, and continuation
     * lines are indented so they stay in the item. Blank lines are dropped because they would end the list.
     */
    static String block(String text, String indent) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\\r\\n|[\\r\\n\\u2028\\u2029]")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            if (out.length() > 0) {
                out.append("  \n").append(indent);
            }
            out.append(escapeLine(trimmed));
        }
        return out.toString();
    }

    /**
     * Escapes what Markdown would read as markup: inline syntax anywhere, block syntax at the start of a line.
     * Control characters, which no wiki shows, become U+FFFD so their presence stays visible.
     */
    static String escapeLine(String line) {
        StringBuilder out = new StringBuilder(line.length() + 8);
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isISOControl(c) && c != '\t') {
                out.append('\uFFFD');
            } else if ("\\`*_[]<>|~&".indexOf(c) >= 0) {
                out.append('\\').append(c);
            } else {
                out.append(c);
            }
        }
        return escapeLineStart(out.toString());
    }

    private static String escapeLineStart(String line) {
        if (line.isEmpty()) {
            return line;
        }
        char first = line.charAt(0);
        if (first == '#' || first == '>' || first == '=' || ((first == '-' || first == '+') && startsBlock(line, 1))) {
            return "\\" + line;
        }
        int digits = 0;
        while (digits < line.length() && digits < 10 && Character.isDigit(line.charAt(digits))) {
            digits++;
        }
        if (digits > 0 && digits < line.length() && (line.charAt(digits) == '.' || line.charAt(digits) == ')')) {
            return line.substring(0, digits) + "\\" + line.substring(digits);
        }
        return line;
    }

    /** "-" or "+" starts a list or a rule when followed by a space, the end, or more of itself. */
    private static boolean startsBlock(String line, int from) {
        return from >= line.length() || line.charAt(from) == ' ' || line.charAt(from) == '\t'
                || line.charAt(from) == line.charAt(0);
    }
}
