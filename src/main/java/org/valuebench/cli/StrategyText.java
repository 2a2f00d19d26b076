package org.valuebench.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.valuebench.analysis.DifferentiationReport;
import org.valuebench.analysis.FactorStanding;
import org.valuebench.analysis.RivalComparison;
import org.valuebench.domain.CanvasContent;
import org.valuebench.domain.Factor;
import org.valuebench.domain.Offer;
import org.valuebench.domain.Rating;
import org.valuebench.report.FigureFormat;
import org.valuebench.report.StrategyFigures;
import org.valuebench.report.Style;

/**
 * A strategy canvas as {@code strategy} prints it for a person: the ratings grid (factors in their order, one
 * column per offer, ours first), then the differentiation table (me-too first), the summary and the rivals.
 * Names are cut to keep the columns within a terminal; the JSON has them whole.
 */
final class StrategyText {
    static final int MAX_FACTOR = 30;
    static final int MAX_OFFER = 16;
    private static final String UNKNOWN = "-";

    private final CanvasContent content;
    private final DifferentiationReport report;
    private final List<String> lines = new ArrayList<>();

    private StrategyText(CanvasContent content, DifferentiationReport report) {
        this.content = content;
        this.report = report;
    }

    static List<String> lines(CanvasContent content, DifferentiationReport report) {
        StrategyText text = new StrategyText(content, report);
        text.print();
        return List.copyOf(text.lines);
    }

    private void print() {
        List<Offer> offers = content.offers();
        int factors = content.strategy().factors().size();
        lines.add("Strategy canvas of '" + TerminalText.oneLine(content.canvas().name()) + "' (canvas "
                + content.canvas().id() + "): " + count(factors, "factor") + ", " + count(offers.size(), "offer")
                + " (ours and " + count(offers.size() - 1, "alternative") + ")");
        if (factors == 0) {
            lines.add("No competing factors yet: add them in the window's Strategy tab.");
            return;
        }
        lines.add("");
        grid(offers);
        lines.add("");
        differentiation();
        lines.add("");
        rivals();
    }

    private void grid(List<Offer> offers) {
        lines.add("RATINGS (1-5; " + UNKNOWN + " unknown)");
        List<String[]> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("#", "Factor", "Action"));
        offers.forEach(o -> header.add(o.isOurs() ? "Ours" : name(o.name(), MAX_OFFER)));
        rows.add(header.toArray(String[]::new));
        int number = 1;
        for (Factor factor : content.strategy().factors()) {
            List<String> row = new ArrayList<>(List.of(Integer.toString(number++), name(factor.name(), MAX_FACTOR),
                    factor.action().title()));
            for (Offer offer : offers) {
                Rating rating = content.strategy().rating(factor.id(), offer.id());
                row.add(rating.isKnown() ? Integer.toString(rating.score()) : UNKNOWN);
            }
            rows.add(row.toArray(String[]::new));
        }
        table(rows, Set.of(1, 2));
        lines.add("  Ours: " + name(offers.get(0).name(), 80));
    }

    private void differentiation() {
        boolean delivered = report.factors().stream().anyMatch(s -> s.delivered() != null);
        lines.add("DIFFERENTIATION (against the best alternative; me-too within "
                + StrategyFigures.meTooBand() + "; weight: the highest"
                + " importance of the customer items a factor matters through, 3 when none)");
        List<String[]> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("Factor", "Standing", "Weight", "Ours"));
        if (delivered) {
            header.add("Delivered");
        }
        header.addAll(List.of("Best", "Margin", "Leaders"));
        rows.add(header.toArray(String[]::new));
        for (FactorStanding s : report.factors()) {
            List<String> row = new ArrayList<>(List.of(name(s.factor().name(), MAX_FACTOR), s.standing().title(),
                    Integer.toString(s.weight()), whole(s.ours())));
            if (delivered) {
                row.add(FigureFormat.decimal(s.delivered(), Style.TERMINAL));
            }
            row.addAll(List.of(whole(s.bestAlternative()),
                    FigureFormat.signed(s.margin(), 0, Style.TERMINAL),
                    s.leaders().isEmpty() ? UNKNOWN
                            : s.leaders().stream().map(o -> name(o.name(), MAX_OFFER)).collect(Collectors.joining(", "))));
            rows.add(row.toArray(String[]::new));
        }
        table(rows, Set.of(0, 1, header.size() - 1));
        if (report.differentiation() == null) {
            lines.add("Differentiation: not yet measured (no factor is rated for us and an alternative)");
        } else {
            long rated = StrategyFigures.ratedFactors(report);
            lines.add("Differentiation: " + FigureFormat.signed(report.differentiation(), 2, Style.TERMINAL)
                    + " (weighted mean margin over "
                    + count(rated, "rated factor") + ")");
            lines.add("Share of the weight: me-too " + percent(report.meTooShare()) + ", trailing "
                    + percent(report.trailShare()) + ", leading " + percent(report.leadShare()));
        }
        for (FactorStanding s : report.factors()) {
            if (s.promiseNotKept()) {
                lines.add("Promise not kept: " + name(s.factor().name(), MAX_FACTOR) + " is rated "
                        + s.standing().title().toLowerCase(Locale.ROOT) + " but delivered "
                        + FigureFormat.decimal(s.delivered(), Style.TERMINAL) + " against the best alternative's "
                        + s.bestAlternative());
            }
        }
    }

    private void rivals() {
        lines.add("RIVALS, strongest first (our weighted margin over the factors both are rated on; negative: the"
                + " rival is ahead)");
        if (report.rivals().isEmpty()) {
            lines.add("  none: the canvas lists no competitors or substitutes");
            return;
        }
        List<String[]> rows = new ArrayList<>();
        for (RivalComparison rival : report.rivals()) {
            rows.add(new String[] {name(rival.rival().name(), 40),
                FigureFormat.signed(rival.weightedMargin(), 2, Style.TERMINAL),
                count(rival.factorsCompared(), "factor")});
        }
        table(rows, Set.of(0, 2));
    }

    /** Aligned columns, two spaces apart, indented by two: the columns in {@code text} to the left, numbers right. */
    private void table(List<String[]> rows, Set<Integer> text) {
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], TerminalText.width(row[i]));
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                line.append("  ").append(text.contains(i) ? TerminalText.padRight(row[i], widths[i])
                        : TerminalText.padLeft(row[i], widths[i]));
            }
            lines.add(line.toString().stripTrailing());
        }
    }

    private static String name(String text, int max) {
        return TerminalText.truncate(TerminalText.oneLine(text), max);
    }

    private static String whole(Integer value) {
        return FigureFormat.whole(value, Style.TERMINAL);
    }

    private static String percent(Double share) {
        return FigureFormat.percent(share, Style.TERMINAL);
    }

    private static String count(long n, String noun) {
        return n + " " + FigureFormat.plural(n, noun);
    }
}
