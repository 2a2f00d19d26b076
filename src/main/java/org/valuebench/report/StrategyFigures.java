package org.valuebench.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.valuebench.analysis.DifferentiationAnalysis;
import org.valuebench.analysis.DifferentiationReport;
import org.valuebench.analysis.FactorStanding;
import org.valuebench.analysis.RivalComparison;
import org.valuebench.analysis.Standing;
import org.valuebench.domain.CanvasContent;
import org.valuebench.domain.Item;
import org.valuebench.domain.Offer;
import org.valuebench.domain.Rating;

/**
 * The figures of the differentiation analysis, each with its formula and the inputs behind it (the Strategy
 * tab's tooltips), and the forms the printed and terminal outputs share.
 */
public final class StrategyFigures {
    public static final String MARGIN = "ours − best alternative";
    public static final String WEIGHTED_MARGIN = "weight × margin";
    public static final String DIFFERENTIATION = "Σ(weight × margin) / Σ weight";

    private StrategyFigures() {
    }

    /** The me-too band as the printed outputs and the command line write it: "0.5". */
    public static String meTooBand() {
        return String.format(Locale.ROOT, "%.1f", DifferentiationAnalysis.ME_TOO_BAND);
    }

    /** "me-too", "trail", "lead", "unrated", as JSON writes a standing. */
    public static String key(Standing standing) {
        return standing.title().toLowerCase(Locale.ROOT);
    }

    /** How many factors have a margin, i.e. are rated for us and at least one alternative. */
    public static long ratedFactors(DifferentiationReport report) {
        return report.factors().stream().filter(s -> s.margin() != null).count();
    }

    /** The standing, marked ⚠ where the promise behind it is not kept, with the rule that put it there. */
    public static Figure standing(FactorStanding s) {
        String band = FigureFormat.two(DifferentiationAnalysis.ME_TOO_BAND);
        String rule = switch (s.standing()) {
            case ME_TOO -> "Me-too: within ±" + band + " of the best alternative, nothing sets us apart here";
            case TRAIL -> "Trail: more than " + band + " below the best alternative";
            case LEAD -> "Lead: more than " + band + " above the best alternative";
            case UNRATED -> "Unrated: " + (s.ours() == null ? "our offering is not rated" : "no alternative is rated")
                    + " on this factor yet";
        };
        if (s.margin() != null) {
            rule += "\nmargin = " + MARGIN + " = " + s.ours() + " − " + s.bestAlternative() + " = " + signed(s.margin());
        }
        if (s.promiseNotKept()) {
            rule += "\n⚠ Promise not kept: rated " + s.standing().title().toLowerCase(Locale.ROOT)
                    + ", but customers' feedback puts delivery at " + FigureFormat.two(s.delivered())
                    + ", behind the best alternative's " + s.bestAlternative();
        }
        return new Figure("standing", s.margin(), s.standing().title() + (s.promiseNotKept() ? " ⚠" : ""),
                "margin against ±" + band, rule);
    }

    public static Figure weight(FactorStanding s, CanvasContent content) {
        String formula = "highest importance among the customer items the factor matters through";
        Map<Long, Item> items = content.itemsById();
        List<Item> through = DifferentiationAnalysis.customerItems(content, s.factor()).stream()
                .map(items::get).filter(i -> i != null && i.isCustomer())
                .sorted(Comparator.comparingInt(Item::importance).reversed()).toList();
        String text = Integer.toString(s.weight());
        if (through.isEmpty()) {
            return new Figure("weight", (double) s.weight(), text, formula, "weight = " + s.weight()
                    + ": the factor is linked to no want, need or fear yet, so it counts as middling."
                    + "\nLink it to the customer items it matters through (beside the grid) to weight it.");
        }
        String inputs = through.stream().map(i -> "“" + ShortText.of(i.text(), 30) + "” " + i.importance())
                .collect(Collectors.joining(", "));
        return new Figure("weight", (double) s.weight(), text, formula, "weight = " + formula + " = max(" + inputs
                + ") = " + s.weight());
    }

    public static Figure ours(FactorStanding s) {
        String formula = "our offering's rating";
        if (s.ours() == null) {
            return Figure.none("ours", formula, "Our offering is not rated on this factor: type 1–5 in the “ours”"
                    + " column");
        }
        return new Figure("ours", (double) s.ours(), Integer.toString(s.ours()), formula, "ours = " + s.ours()
                + ": our offering's rating on this factor in the ratings grid (1–5)");
    }

    public static Figure best(FactorStanding s, CanvasContent content) {
        String formula = "highest rating among the rated competitors and substitutes";
        if (s.bestAlternative() == null) {
            return Figure.none("best alternative", formula, "No competitor or substitute is rated on this factor yet");
        }
        List<String> rated = new ArrayList<>();
        for (Offer offer : content.offers()) {
            Rating rating = content.strategy().rating(s.factor().id(), offer.id());
            if (!offer.isOurs() && rating.isKnown()) {
                rated.add(offer.name() + " " + rating.score());
            }
        }
        String leaders = s.leaders().stream().map(Offer::name).collect(Collectors.joining(", "));
        return new Figure("best alternative", (double) s.bestAlternative(), s.bestAlternative() + "  " + leaders,
                formula, "best alternative = " + formula + " = max(" + String.join(", ", rated) + ") = "
                + s.bestAlternative() + "\nleader" + (s.leaders().size() == 1 ? "" : "s") + ": " + leaders);
    }

    public static Figure margin(FactorStanding s) {
        if (s.margin() == null) {
            return Figure.none("margin", MARGIN, "margin = " + MARGIN + " needs both ratings");
        }
        return new Figure("margin", s.margin(), signed(s.margin()), MARGIN, "margin = " + MARGIN + " = " + s.ours()
                + " − " + s.bestAlternative() + " = " + signed(s.margin()) + "\nweighted margin = " + WEIGHTED_MARGIN
                + " = " + s.weight() + " × " + signed(s.margin()) + " = " + signed(s.weightedMargin()));
    }

    public static Figure delivered(FactorStanding s) {
        String formula = "customers' delivered level of the factor's promise";
        if (s.delivered() == null) {
            return Figure.none("delivered", formula, s.factor().hasSource()
                    ? "No delivered level: the factor's source is not a promise with customer feedback"
                    : "No delivered level: only a factor made from a promise with customer feedback has one");
        }
        String text = FigureFormat.two(s.delivered());
        String explanation = "delivered = " + text + ": " + formula + ", from the gap analysis (Gaps tab)";
        if (s.deliveredMargin() != null) {
            explanation += "\ndelivered − best alternative = " + text + " − " + s.bestAlternative() + " = "
                    + signed(s.deliveredMargin()) + " → " + s.deliveredStanding().title().toLowerCase(Locale.ROOT);
        }
        return new Figure("delivered", s.delivered(), text, formula, explanation);
    }

    /** The summary line: weighted differentiation and the shares of weight me-too, trailing and leading. */
    public static Figure summary(DifferentiationReport report) {
        if (report == null || report.differentiation() == null) {
            return Figure.none("differentiation", DIFFERENTIATION, "Rate our offering and at least one alternative"
                    + " on a factor to see what sets the offering apart");
        }
        List<FactorStanding> rated = report.factors().stream().filter(f -> f.margin() != null).toList();
        int weights = rated.stream().mapToInt(FactorStanding::weight).sum();
        double weighted = rated.stream().mapToDouble(FactorStanding::weightedMargin).sum();
        String text = "Differentiation " + signed(report.differentiation()) + "  ·  me-too "
                + percent(report.meTooShare()) + "  ·  trailing " + percent(report.trailShare()) + "  ·  leading "
                + percent(report.leadShare()) + " of the weight";
        String explanation = "differentiation = " + DIFFERENTIATION + " = " + signed(weighted) + " / " + weights
                + " = " + signed(report.differentiation()) + " over " + rated.size() + " rated "
                + FigureFormat.plural(rated.size(), "factor")
                + "\nme-too share = weight of the me-too factors / Σ weight = " + share(report, Standing.ME_TOO, weights)
                + "\ntrailing share = " + share(report, Standing.TRAIL, weights)
                + "\nleading share = " + share(report, Standing.LEAD, weights)
                + "\nA factor is me-too within ±" + FigureFormat.two(DifferentiationAnalysis.ME_TOO_BAND)
                + " of the best alternative.";
        return new Figure("differentiation", report.differentiation(), text, DIFFERENTIATION, explanation);
    }

    private static String share(DifferentiationReport report, Standing standing, int weights) {
        int weight = report.with(standing).stream().mapToInt(FactorStanding::weight).sum();
        return weight + " / " + weights + " = " + percent((double) weight / weights);
    }

    /** How many factors are rated for both us and the rival. */
    public static Figure compared(RivalComparison rival) {
        int n = rival.factorsCompared();
        return new Figure("factors compared", (double) n, Integer.toString(n), "factors rated for both",
                n + " factor" + (n == 1 ? " is" : "s are") + " rated for both us and " + rival.rival().name());
    }

    /** Our weighted margin against one rival, head to head. */
    public static Figure headToHead(RivalComparison rival) {
        String name = rival.rival().name();
        String formula = "Σ weight × (ours − " + name + ") / Σ weight over the factors rated for both";
        if (rival.weightedMargin() == null) {
            return Figure.none("head to head", formula, "No factor is rated for both us and " + name);
        }
        double m = rival.weightedMargin();
        String sense = m > DifferentiationAnalysis.ME_TOO_BAND ? "we are ahead"
                : m < -DifferentiationAnalysis.ME_TOO_BAND ? name + " is ahead" : "hard to tell apart";
        return new Figure("head to head", m, signed(m), formula, "head to head = " + formula + " = " + signed(m)
                + " (" + sense + ")");
    }

    /** The rival's name with its section: "Corner shop (Competitors)". */
    public static String rivalName(RivalComparison rival) {
        return rival.rival().name() + rival.rival().section().map(s -> " (" + s.title() + ")").orElse("");
    }

    private static String signed(double value) {
        return FigureFormat.signed(value, 2, Style.SCREEN);
    }

    private static String percent(Double share) {
        return FigureFormat.percent(share, Style.SCREEN);
    }
}
