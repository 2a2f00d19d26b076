package org.valuebench.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.valuebench.analysis.DifferentiationAnalysis;
import org.valuebench.analysis.DifferentiationReport;
import org.valuebench.analysis.FactorStanding;
import org.valuebench.analysis.RivalComparison;
import org.valuebench.analysis.FitAnalysis;
import org.valuebench.analysis.FitReport;
import org.valuebench.analysis.GapReport;
import org.valuebench.domain.CanvasContent;
import org.valuebench.domain.Factor;
import org.valuebench.domain.FitLink;
import org.valuebench.domain.FourAction;
import org.valuebench.domain.Item;
import org.valuebench.domain.Offer;
import org.valuebench.domain.Rating;
import org.valuebench.domain.Section;
import org.valuebench.domain.workshop.WorkshopRecord;
import org.valuebench.domain.SectionGroup;
import org.valuebench.domain.Strategy;
import org.valuebench.report.FigureFormat;
import org.valuebench.report.FitFigures;
import org.valuebench.report.GapFigures;
import org.valuebench.report.StrategyFigures;
import org.valuebench.report.Style;

/**
 * Writes a canvas as Markdown for wikis: the name as the title, groups and sections as headings (offering,
 * customer profile, alternatives, as the canvas is drawn), items as bullets with their importance or promise
 * target, fit links as sub-bullets, then the fit summary, and the strategy canvas when the canvas has
 * competing factors (ratings grid, four actions, differentiation). Everything taken from the canvas is escaped, so an
 * item's text can never turn into markup.
 */
public final class CanvasMarkdownWriter {
    private static final List<SectionGroup> GROUP_ORDER =
            List.of(SectionGroup.OFFERING, SectionGroup.CUSTOMER, SectionGroup.ALTERNATIVES);

    /** Writes the canvas; a strategy canvas is analysed without delivery figures. */
    public void write(CanvasContent content, OutputStream out) {
        write(content, DifferentiationAnalysis.of(content, Map.of()), out);
    }

    /**
     * @param differentiation the differentiation analysis of the canvas's strategy (with delivery where there is
     *                        feedback), shown in the "Strategy" section when the canvas has factors
     */
    public void write(CanvasContent content, DifferentiationReport differentiation, OutputStream out) {
        write(content, differentiation, null, out);
    }

    /**
     * @param gaps the gap report of the canvas's customer feedback, shown as "Promise versus delivery" after the
     *             fit summary as in the PDF; null when the canvas has no feedback
     */
    public void write(CanvasContent content, DifferentiationReport differentiation, GapReport gaps,
                      OutputStream out) {
        write(content, differentiation, gaps, List.of(), out);
    }

    /** @param workshops the canvas's workshops, oldest first; the latest is shown after the fit summary */
    public void write(CanvasContent content, DifferentiationReport differentiation, GapReport gaps,
                      List<WorkshopRecord> workshops, OutputStream out) {
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write(markdown(content, differentiation, gaps, workshops));
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String markdown(CanvasContent content) {
        return markdown(content, DifferentiationAnalysis.of(content, Map.of()));
    }

    String markdown(CanvasContent content, DifferentiationReport differentiation) {
        return markdown(content, differentiation, null);
    }

    String markdown(CanvasContent content, DifferentiationReport differentiation, GapReport gaps) {
        return markdown(content, differentiation, gaps, List.of());
    }

    String markdown(CanvasContent content, DifferentiationReport differentiation, GapReport gaps,
                    List<WorkshopRecord> workshops) {
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
        WorkshopMarkdown.append(md, content, workshops);
        if (gaps != null) {
            GapMarkdown.append(md, gaps);
        }
        if (!content.strategy().isEmpty()) {
            strategy(md, content, differentiation);
        }
        return md.toString();
    }

    /** The ratings grid with the evidence notes, the four actions, then the differentiation analysis. */
    private static void strategy(StringBuilder md, CanvasContent content, DifferentiationReport report) {
        Strategy strategy = content.strategy();
        List<Offer> offers = content.offers();
        md.append("## Strategy\n\n### Ratings\n\n");
        md.append("Each offer rated 1 (poor) to 5 (best) on the factors customers compare; – where unknown.\n\n");
        StringBuilder header = new StringBuilder("| Factor |");
        StringBuilder rule = new StringBuilder("|---|");
        for (Offer offer : offers) {
            header.append(' ').append(offer.isOurs() ? "**Ours:** " + inline(offer.name()) : inline(offer.name()))
                    .append(offer.section().map(s -> " *(" + s.title() + ")*").orElse("")).append(" |");
            rule.append("---:|");
        }
        md.append(header).append('\n').append(rule).append('\n');
        List<String> evidence = new ArrayList<>();
        for (Factor factor : strategy.factors()) {
            md.append("| ").append(inline(factor.name())).append(" |");
            for (Offer offer : offers) {
                Rating rating = strategy.rating(factor.id(), offer.id());
                md.append(' ').append(rating.isKnown() ? Integer.toString(rating.score()) : "–").append(" |");
                if (!rating.note().isEmpty()) {
                    evidence.add("- " + inline(factor.name()) + " · " + inline(offer.name()) + ": "
                            + block(rating.note(), "  "));
                }
            }
            md.append('\n');
        }
        md.append('\n');
        if (!evidence.isEmpty()) {
            md.append("Evidence:\n\n");
            evidence.forEach(line -> md.append(line).append('\n'));
            md.append('\n');
        }
        md.append("### Four actions\n\n");
        for (FourAction action : FOUR_ACTIONS) {
            List<Factor> factors = strategy.factorsWith(action);
            md.append("- **").append(action.title()).append(":** ");
            if (factors.isEmpty()) {
                md.append("*none*\n");
                continue;
            }
            md.append(factors.stream().map(f -> inline(f.name())).collect(Collectors.joining(", "))).append('\n');
            for (Factor factor : factors) {
                if (!factor.actionNote().isEmpty()) {
                    md.append("  - ").append(inline(factor.name())).append(": ")
                            .append(block(factor.actionNote(), "    ")).append('\n');
                }
            }
        }
        List<Factor> undecided = strategy.factorsWith(FourAction.NONE);
        if (!undecided.isEmpty()) {
            md.append("- *Undecided:* ").append(undecided.stream().map(f -> inline(f.name()))
                    .collect(Collectors.joining(", "))).append('\n');
        }
        md.append('\n');
        differentiation(md, report);
    }

    private static final List<FourAction> FOUR_ACTIONS =
            List.of(FourAction.ELIMINATE, FourAction.REDUCE, FourAction.RAISE, FourAction.CREATE);

    private static void differentiation(StringBuilder md, DifferentiationReport report) {
        boolean delivered = report.factors().stream().anyMatch(s -> s.delivered() != null);
        md.append("### Differentiation\n\n");
        md.append("Our rating against the best alternative's: me-too within ")
                .append(StrategyFigures.meTooBand())
                .append(", me-too factors first. Weight: the highest importance of the customer items a factor"
                        + " matters through (3 when none).\n\n");
        md.append("| Factor | Standing | Weight | Ours |").append(delivered ? " Delivered |" : "")
                .append(" Best alternative | Margin | Leaders |\n");
        md.append("|---|---|---:|---:|").append(delivered ? "---:|" : "").append("---:|---:|---|\n");
        for (FactorStanding s : report.factors()) {
            md.append("| ").append(inline(s.factor().name())).append(" | ")
                    .append(s.promiseNotKept() ? s.standing().title() + " (promise not kept)" : s.standing().title())
                    .append(" | ").append(s.weight()).append(" | ").append(whole(s.ours())).append(" |");
            if (delivered) {
                md.append(' ').append(FigureFormat.decimal(s.delivered(), Style.PRINT))
                        .append(" |");
            }
            md.append(' ').append(whole(s.bestAlternative())).append(" | ")
                    .append(FigureFormat.signed(s.margin(), 0, Style.PRINT)).append(" | ")
                    .append(s.leaders().isEmpty() ? "–"
                            : s.leaders().stream().map(o -> inline(o.name())).collect(Collectors.joining(", ")))
                    .append(" |\n");
        }
        md.append('\n');
        if (report.differentiation() == null) {
            md.append("Differentiation: not yet measured (no factor is rated for us and an alternative).\n\n");
            return;
        }
        md.append("Differentiation: **").append(FigureFormat.signed(report.differentiation(), 2, Style.PRINT))
                .append("** (weighted mean margin); share of the weight: me-too ").append(percent(report.meTooShare()))
                .append(", trailing ").append(percent(report.trailShare())).append(", leading ")
                .append(percent(report.leadShare())).append(".\n\n");
        md.append("Rivals, strongest first (our weighted margin over the factors both are rated on):\n\n");
        for (RivalComparison rival : report.rivals()) {
            md.append("- ").append(inline(rival.rival().name())).append(": ")
                    .append(rival.weightedMargin() == null ? "not compared"
                            : FigureFormat.signed(rival.weightedMargin(), 2, Style.PRINT)
                            + " over " + rival.factorsCompared() + (rival.factorsCompared() == 1 ? " factor" : " factors"))
                    .append('\n');
        }
        md.append('\n');
    }

    private static String whole(Integer value) {
        return FigureFormat.whole(value, Style.PRINT);
    }

    private static String percent(Double share) {
        return FigureFormat.percent(share, Style.PRINT);
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
            md.append("Fit score: **").append(FitFigures.score(fit).text()).append("** (")
                    .append(FitFigures.points(fit)).append(" importance points answered)\n\n");
        }
        md.append("### ").append(GapFigures.UNANSWERED).append("\n\n");
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
