package org.valuebench.ui.strategy;

import java.util.ArrayList;
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
import org.valuebench.ui.fx.GapLabels;
import org.valuebench.ui.gaps.GapFigure;
import org.valuebench.ui.gaps.GapFigures;

/**
 * Turns the differentiation analysis into the texts the Strategy tab shows, each with the formula and the
 * inputs behind it, so every number on screen can explain itself in a tooltip (as the gap view's do).
 */
final class StrategyFigures {

    /** One factor of the differentiation panel. */
    record StandingRow(long factorId, String factor, Standing standing, GapFigure standingText, GapFigure weight,
                       GapFigure ours, GapFigure best, GapFigure margin, GapFigure delivered, boolean promiseNotKept) {
    }

    /** One alternative compared head to head with our offering. */
    record RivalRow(String rival, GapFigure compared, GapFigure margin) {
    }

    private StrategyFigures() {
    }

    static StandingRow row(FactorStanding s, CanvasContent content) {
        String band = GapFigures.two(DifferentiationAnalysis.ME_TOO_BAND);
        String rule = switch (s.standing()) {
            case ME_TOO -> "Me-too: within ±" + band + " of the best alternative, nothing sets us apart here";
            case TRAIL -> "Trail: more than " + band + " below the best alternative";
            case LEAD -> "Lead: more than " + band + " above the best alternative";
            case UNRATED -> "Unrated: " + (s.ours() == null ? "our offering is not rated" : "no alternative is rated")
                    + " on this factor yet";
        };
        if (s.margin() != null) {
            rule += "\nmargin = ours − best alternative = " + s.ours() + " − " + s.bestAlternative() + " = "
                    + GapFigures.signed(s.margin());
        }
        String standingText = s.standing().title() + (s.promiseNotKept() ? " ⚠" : "");
        if (s.promiseNotKept()) {
            rule += "\n⚠ Promise not kept: rated " + s.standing().title().toLowerCase(Locale.ROOT)
                    + ", but customers' feedback puts delivery at " + GapFigures.two(s.delivered())
                    + ", behind the best alternative's " + s.bestAlternative();
        }
        return new StandingRow(s.factor().id(), s.factor().name(), s.standing(), new GapFigure(standingText, rule),
                weight(s, content), ours(s), best(s, content), margin(s), delivered(s), s.promiseNotKept());
    }

    static GapFigure weight(FactorStanding s, CanvasContent content) {
        Map<Long, Item> items = content.itemsById();
        List<Item> through = DifferentiationAnalysis.customerItems(content, s.factor()).stream()
                .map(items::get).filter(i -> i != null && i.isCustomer())
                .sorted(java.util.Comparator.comparingInt(Item::importance).reversed()).toList();
        if (through.isEmpty()) {
            return new GapFigure(Integer.toString(s.weight()), "weight = " + s.weight()
                    + ": the factor is linked to no want, need or fear yet, so it counts as middling."
                    + "\nLink it to the customer items it matters through (beside the grid) to weight it.");
        }
        String inputs = through.stream().map(i -> "“" + GapLabels.shortText(i.text(), 30) + "” " + i.importance())
                .collect(Collectors.joining(", "));
        return new GapFigure(Integer.toString(s.weight()), "weight = highest importance among the customer items the"
                + " factor matters through = max(" + inputs + ") = " + s.weight());
    }

    static GapFigure ours(FactorStanding s) {
        if (s.ours() == null) {
            return GapFigure.empty("Our offering is not rated on this factor: type 1–5 in the “ours” column");
        }
        return new GapFigure(Integer.toString(s.ours()), "ours = " + s.ours()
                + ": our offering's rating on this factor in the ratings grid (1–5)");
    }

    static GapFigure best(FactorStanding s, CanvasContent content) {
        if (s.bestAlternative() == null) {
            return GapFigure.empty("No competitor or substitute is rated on this factor yet");
        }
        List<String> rated = new ArrayList<>();
        for (Offer offer : content.offers()) {
            Rating rating = content.strategy().rating(s.factor().id(), offer.id());
            if (!offer.isOurs() && rating.isKnown()) {
                rated.add(offer.name() + " " + rating.score());
            }
        }
        String leaders = s.leaders().stream().map(Offer::name).collect(Collectors.joining(", "));
        return new GapFigure(s.bestAlternative() + "  " + leaders, "best alternative = highest rating among the"
                + " rated competitors and substitutes = max(" + String.join(", ", rated) + ") = "
                + s.bestAlternative() + "\nleader" + (s.leaders().size() == 1 ? "" : "s") + ": " + leaders);
    }

    static GapFigure margin(FactorStanding s) {
        if (s.margin() == null) {
            return GapFigure.empty("margin = ours − best alternative needs both ratings");
        }
        return new GapFigure(GapFigures.signed(s.margin()), "margin = ours − best alternative = " + s.ours() + " − "
                + s.bestAlternative() + " = " + GapFigures.signed(s.margin())
                + "\nweighted margin = weight × margin = " + s.weight() + " × " + GapFigures.signed(s.margin())
                + " = " + GapFigures.signed(s.weightedMargin()));
    }

    static GapFigure delivered(FactorStanding s) {
        if (s.delivered() == null) {
            return GapFigure.empty(s.factor().hasSource()
                    ? "No delivered level: the factor's source is not a promise with customer feedback"
                    : "No delivered level: only a factor made from a promise with customer feedback has one");
        }
        String text = GapFigures.two(s.delivered());
        String explanation = "delivered = " + text + ": customers' delivered level of the factor's promise, from"
                + " the gap analysis (Gaps tab)";
        if (s.deliveredMargin() != null) {
            explanation += "\ndelivered − best alternative = " + text + " − " + s.bestAlternative() + " = "
                    + GapFigures.signed(s.deliveredMargin()) + " → " + s.deliveredStanding().title().toLowerCase(Locale.ROOT);
        }
        return new GapFigure(text, explanation);
    }

    /** The summary line: weighted differentiation and the shares of weight me-too, trailing and leading. */
    static GapFigure summary(DifferentiationReport report) {
        if (report == null || report.differentiation() == null) {
            return GapFigure.empty("Rate our offering and at least one alternative on a factor to see what sets"
                    + " the offering apart");
        }
        List<FactorStanding> rated = report.factors().stream().filter(f -> f.margin() != null).toList();
        int weights = rated.stream().mapToInt(FactorStanding::weight).sum();
        double weighted = rated.stream().mapToDouble(FactorStanding::weightedMargin).sum();
        String text = "Differentiation " + GapFigures.signed(report.differentiation()) + "  ·  me-too "
                + percent(report.meTooShare()) + "  ·  trailing " + percent(report.trailShare()) + "  ·  leading "
                + percent(report.leadShare()) + " of the weight";
        String explanation = "differentiation = Σ(weight × margin) / Σ weight = " + GapFigures.signed(weighted) + " / "
                + weights + " = " + GapFigures.signed(report.differentiation()) + " over " + rated.size()
                + " rated factor" + (rated.size() == 1 ? "" : "s")
                + "\nme-too share = weight of the me-too factors / Σ weight = " + share(report, Standing.ME_TOO, weights)
                + "\ntrailing share = " + share(report, Standing.TRAIL, weights)
                + "\nleading share = " + share(report, Standing.LEAD, weights)
                + "\nA factor is me-too within ±" + GapFigures.two(DifferentiationAnalysis.ME_TOO_BAND)
                + " of the best alternative.";
        return new GapFigure(text, explanation);
    }

    private static String share(DifferentiationReport report, Standing standing, int weights) {
        int weight = report.with(standing).stream().mapToInt(FactorStanding::weight).sum();
        return weight + " / " + weights + " = " + percent((double) weight / weights);
    }

    static RivalRow rival(RivalComparison rival) {
        String name = rival.rival().name() + rival.rival().section().map(s -> " (" + s.title() + ")").orElse("");
        GapFigure compared = new GapFigure(Integer.toString(rival.factorsCompared()), rival.factorsCompared()
                + " factor" + (rival.factorsCompared() == 1 ? " is" : "s are") + " rated for both us and "
                + rival.rival().name());
        if (rival.weightedMargin() == null) {
            return new RivalRow(name, compared, GapFigure.empty("No factor is rated for both us and "
                    + rival.rival().name()));
        }
        double m = rival.weightedMargin();
        String sense = m > DifferentiationAnalysis.ME_TOO_BAND ? "we are ahead"
                : m < -DifferentiationAnalysis.ME_TOO_BAND ? rival.rival().name() + " is ahead" : "hard to tell apart";
        return new RivalRow(name, compared, new GapFigure(GapFigures.signed(m), "head to head = Σ weight × (ours − "
                + rival.rival().name() + ") / Σ weight over the factors rated for both = " + GapFigures.signed(m)
                + " (" + sense + ")"));
    }

    static String percent(Double share) {
        return share == null ? "—" : String.format(Locale.ROOT, "%.0f%%", 100 * share);
    }
}
