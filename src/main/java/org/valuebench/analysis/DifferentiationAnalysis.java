package org.valuebench.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.valuebench.domain.CanvasContent;
import org.valuebench.domain.Factor;
import org.valuebench.domain.Item;
import org.valuebench.domain.Limits;
import org.valuebench.domain.Offer;
import org.valuebench.domain.Rating;
import org.valuebench.domain.Strategy;

/**
 * The differentiation analysis of a strategy canvas. A factor is weighted by the highest importance among the
 * customer items it matters through: those linked to it, its source item when that is a customer item, and
 * the customer items its source answers (fit links) when the source is an offering item. Our standing on a
 * factor is our rating against the best alternative's: within {@link #ME_TOO_BAND} is me-too.
 */
public final class DifferentiationAnalysis {
    public static final double ME_TOO_BAND = 0.5;

    private DifferentiationAnalysis() {
    }

    /**
     * @param deliveredByPromise delivered level (1-5) of each promise that has customer feedback, by item id
     */
    public static DifferentiationReport of(CanvasContent content, Map<Long, Double> deliveredByPromise) {
        Strategy strategy = content.strategy();
        List<Offer> alternatives = content.offers().stream().filter(o -> !o.isOurs()).toList();
        Map<Long, Item> items = content.itemsById();
        List<FactorStanding> standings = new ArrayList<>();
        for (Factor factor : strategy.factors()) {
            standings.add(standing(content, items, factor, alternatives, deliveredByPromise));
        }
        double weightSum = 0;
        double weightedSum = 0;
        double meToo = 0;
        double trail = 0;
        double lead = 0;
        for (FactorStanding s : standings) {
            if (s.margin() == null) {
                continue;
            }
            weightSum += s.weight();
            weightedSum += s.weightedMargin();
            switch (s.standing()) {
                case ME_TOO -> meToo += s.weight();
                case TRAIL -> trail += s.weight();
                case LEAD -> lead += s.weight();
                default -> throw new IllegalStateException("a rated factor has a standing");
            }
        }
        List<FactorStanding> ordered = standings.stream().sorted(ORDER).toList();
        List<RivalComparison> rivals = alternatives.stream().map(o -> rival(strategy, standings, o))
                .sorted(Comparator.comparing(RivalComparison::weightedMargin, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        return weightSum == 0
                ? new DifferentiationReport(ordered, rivals, null, null, null, null)
                : new DifferentiationReport(ordered, rivals, weightedSum / weightSum, meToo / weightSum,
                        trail / weightSum, lead / weightSum);
    }

    /** Me-too first (heaviest first), then trailing (worst first), then leading (strongest first), then unrated. */
    private static final Comparator<FactorStanding> ORDER = Comparator
            .comparingInt((FactorStanding s) -> s.standing().ordinal())
            .thenComparing((a, b) -> switch (a.standing()) {
                case ME_TOO -> Integer.compare(b.weight(), a.weight());
                case TRAIL -> Double.compare(a.weightedMargin(), b.weightedMargin());
                case LEAD -> Double.compare(b.weightedMargin(), a.weightedMargin());
                case UNRATED -> 0;
            })
            .thenComparingInt(s -> s.factor().position());

    private static FactorStanding standing(CanvasContent content, Map<Long, Item> items, Factor factor,
                                           List<Offer> alternatives, Map<Long, Double> deliveredByPromise) {
        Strategy strategy = content.strategy();
        int weight = weight(content, items, factor);
        Rating our = strategy.rating(factor.id(), Offer.OURS);
        Integer ours = our.isKnown() ? our.score() : null;
        Integer best = null;
        List<Offer> leaders = new ArrayList<>();
        for (Offer offer : alternatives) {
            Rating rating = strategy.rating(factor.id(), offer.id());
            if (!rating.isKnown()) {
                continue;
            }
            if (best == null || rating.score() > best) {
                best = rating.score();
                leaders.clear();
            }
            if (rating.score() == best) {
                leaders.add(offer);
            }
        }
        Item source = items.get(factor.sourceItemId());
        Double delivered = source != null && source.promise() ? deliveredByPromise.get(source.id()) : null;
        Double margin = ours == null || best == null ? null : (double) (ours - best);
        Double deliveredMargin = delivered == null || best == null ? null : delivered - best;
        return new FactorStanding(factor, weight, ours, delivered, best, leaders, margin,
                margin == null ? null : weight * margin, standingOf(margin), deliveredMargin,
                standingOf(deliveredMargin));
    }

    static Standing standingOf(Double margin) {
        if (margin == null) {
            return Standing.UNRATED;
        }
        if (margin > ME_TOO_BAND) {
            return Standing.LEAD;
        }
        return margin < -ME_TOO_BAND ? Standing.TRAIL : Standing.ME_TOO;
    }

    /** The customer items a factor matters through, whether linked to it directly or through its source. */
    public static Set<Long> customerItems(CanvasContent content, Factor factor) {
        Set<Long> ids = new HashSet<>(content.strategy().customerItemsOf(factor.id()));
        content.item(factor.sourceItemId()).ifPresent(source -> {
            if (source.isCustomer()) {
                ids.add(source.id());
            } else if (source.isOffering()) {
                content.links().stream().filter(l -> l.offeringItemId() == source.id())
                        .forEach(l -> ids.add(l.customerItemId()));
            }
        });
        return ids;
    }

    private static int weight(CanvasContent content, Map<Long, Item> items, Factor factor) {
        return customerItems(content, factor).stream()
                .map(items::get)
                .filter(i -> i != null && i.isCustomer())
                .mapToInt(Item::importance)
                .max()
                .orElse(Limits.DEFAULT_IMPORTANCE);
    }

    private static RivalComparison rival(Strategy strategy, List<FactorStanding> standings, Offer rival) {
        int compared = 0;
        double weights = 0;
        double sum = 0;
        for (FactorStanding s : standings) {
            Rating theirs = strategy.rating(s.factor().id(), rival.id());
            if (s.ours() == null || !theirs.isKnown()) {
                continue;
            }
            compared++;
            weights += s.weight();
            sum += s.weight() * (double) (s.ours() - theirs.score());
        }
        return new RivalComparison(rival, compared, compared == 0 ? null : sum / weights);
    }
}
