package org.valuebench.cli;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.valuebench.analysis.DifferentiationReport;
import org.valuebench.analysis.FactorStanding;
import org.valuebench.analysis.RivalComparison;
import org.valuebench.analysis.Standing;
import org.valuebench.domain.CanvasContent;
import org.valuebench.domain.Factor;
import org.valuebench.domain.Offer;
import org.valuebench.domain.Rating;
import org.valuebench.domain.Strategy;
import org.valuebench.report.StrategyFigures;

/**
 * A strategy canvas as {@code strategy --format json} writes it: the offers (id 0 is our own offering), the
 * factors in their order with a full row of ratings (null scores where unknown) and their differentiation
 * figures, the weighted summary and the rivals, strongest first. Figures without data are null.
 */
record StrategyJson(String canvas, long canvasId, List<OfferJson> offers, List<FactorJson> factors,
                    DifferentiationJson differentiation, List<RivalJson> rivals) {

    /** @param section "competitors" or "substitutes"; null for our own offering */
    record OfferJson(long id, String name, String section) {
    }

    record RatingJson(long offer, Integer score, String note) {
    }

    /**
     * @param customerItems the customer items linked to the factor, in canvas order
     * @param leaders       the ids of the alternatives rated {@code bestAlternative}
     */
    record FactorJson(long id, int position, String name, Long sourceItemId, String action, String actionNote,
                      List<Long> customerItems, List<RatingJson> ratings, int weight, Integer ours, Double delivered,
                      Integer bestAlternative, List<Long> leaders, Double margin, Double weightedMargin,
                      String standing, Double deliveredMargin, String deliveredStanding, boolean promiseNotKept) {
    }

    /**
     * @param score sum(weight x margin) / sum(weight) over the rated factors
     * @param order the factor ids as the analysis lists them: me-too first, then trailing, leading, unrated
     */
    record DifferentiationJson(Double score, Double meTooShare, Double trailShare, Double leadShare,
                               int meToo, int trail, int lead, int unrated, List<Long> order) {
    }

    record RivalJson(long offer, String name, int factorsCompared, Double weightedMargin) {
    }

    static StrategyJson of(CanvasContent content, DifferentiationReport report) {
        Strategy strategy = content.strategy();
        List<Offer> offers = content.offers();
        Map<Long, FactorStanding> standings = new HashMap<>();
        report.factors().forEach(s -> standings.put(s.factor().id(), s));
        Map<Long, Integer> order = new HashMap<>();
        for (int i = 0; i < content.items().size(); i++) {
            order.put(content.items().get(i).id(), i);
        }
        List<FactorJson> factors = strategy.factors().stream()
                .map(f -> factor(f, strategy, offers, standings.get(f.id()), order))
                .toList();
        DifferentiationJson summary = new DifferentiationJson(report.differentiation(), report.meTooShare(),
                report.trailShare(), report.leadShare(), report.with(Standing.ME_TOO).size(),
                report.with(Standing.TRAIL).size(), report.with(Standing.LEAD).size(),
                report.with(Standing.UNRATED).size(), report.factors().stream().map(s -> s.factor().id()).toList());
        List<RivalJson> rivals = report.rivals().stream().map(StrategyJson::rival).toList();
        return new StrategyJson(content.canvas().name(), content.canvas().id(),
                offers.stream().map(StrategyJson::offer).toList(), factors, summary, rivals);
    }

    private static OfferJson offer(Offer offer) {
        return new OfferJson(offer.id(), offer.name(),
                offer.section().map(s -> s.name().toLowerCase(Locale.ROOT)).orElse(null));
    }

    private static FactorJson factor(Factor factor, Strategy strategy, List<Offer> offers, FactorStanding s,
                                     Map<Long, Integer> order) {
        List<RatingJson> ratings = offers.stream().map(o -> {
            Rating rating = strategy.rating(factor.id(), o.id());
            return new RatingJson(o.id(), rating.isKnown() ? rating.score() : null, rating.note());
        }).toList();
        List<Long> customers = strategy.customerItemsOf(factor.id()).stream()
                .sorted(Comparator.comparing(id -> order.getOrDefault(id, Integer.MAX_VALUE))).toList();
        return new FactorJson(factor.id(), factor.position(), factor.name(),
                factor.hasSource() ? factor.sourceItemId() : null, factor.action().name().toLowerCase(Locale.ROOT),
                factor.actionNote(), customers, ratings, s.weight(), s.ours(), s.delivered(), s.bestAlternative(),
                s.leaders().stream().map(Offer::id).toList(), s.margin(), s.weightedMargin(), key(s.standing()),
                s.deliveredMargin(), s.delivered() == null ? null : key(s.deliveredStanding()), s.promiseNotKept());
    }

    private static RivalJson rival(RivalComparison rival) {
        return new RivalJson(rival.rival().id(), rival.rival().name(), rival.factorsCompared(), rival.weightedMargin());
    }

    /** "me-too", "trail", "lead", "unrated". */
    static String key(Standing standing) {
        return StrategyFigures.key(standing);
    }
}
