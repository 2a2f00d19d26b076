package org.valuebench.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.valuebench.domain.Canvas;
import org.valuebench.domain.CanvasContent;
import org.valuebench.domain.Factor;
import org.valuebench.domain.FactorLink;
import org.valuebench.domain.FitLink;
import org.valuebench.domain.FourAction;
import org.valuebench.domain.Item;
import org.valuebench.domain.Offer;
import org.valuebench.domain.Rating;
import org.valuebench.domain.Section;
import org.valuebench.domain.Strategy;

/**
 * A discount retailer against two competitors and a substitute. Needs "Low prices" (importance 5), want "Fun"
 * (2), fear "Out of stock" (4); promise "Everyday low prices" answers "Low prices".
 * Factors and ratings (ours / A / B / S):
 * Price (from the promise, weight 5) 5/3/4/-; Stock (from the fear, linked to Fun; weight 4) 3/3/2/3;
 * Fun (free, weight 3) 2/4/-/-; Parking (free, linked to Fun; weight 2) -/5/-/-; Service (free, weight 3) 4/-/4/-.
 */
class DifferentiationAnalysisTest {
    private final List<Item> items = new ArrayList<>();
    private final List<Factor> factors = new ArrayList<>();
    private final List<FactorLink> factorLinks = new ArrayList<>();
    private final List<Rating> ratings = new ArrayList<>();
    private final List<FitLink> fitLinks = new ArrayList<>();
    private Item lowPrices;
    private Item fun;
    private Item outOfStock;
    private Item promise;
    private Item a;
    private Item b;
    private Item s;

    private Item add(Section section, String text, int importance) {
        Item item = Item.draft(1, section, text).withId(items.size() + 1L)
                .at(section, (int) items.stream().filter(i -> i.section() == section).count())
                .withImportance(importance);
        items.add(item);
        return item;
    }

    private Factor factor(String name, Item source) {
        Factor factor = new Factor(100 + factors.size(), 1, factors.size(), name, source == null ? 0 : source.id(),
                FourAction.NONE, "");
        factors.add(factor);
        return factor;
    }

    private void rate(Factor factor, long offer, int score) {
        ratings.add(new Rating(factor.id(), offer, score, ""));
    }

    private CanvasContent content() {
        return new CanvasContent(Canvas.draft("Discounter", Instant.EPOCH).withId(1), items, fitLinks,
                new Strategy(factors, factorLinks, ratings));
    }

    @BeforeEach
    void discounter() {
        lowPrices = add(Section.NEEDS, "Low prices", 5);
        fun = add(Section.WANTS, "Fun", 2);
        outOfStock = add(Section.FEARS, "Out of stock", 4);
        promise = add(Section.BENEFITS, "Everyday low prices", 3).withPromise(true, 5);
        items.set(items.size() - 1, promise);
        fitLinks.add(new FitLink(promise.id(), lowPrices.id()));
        a = add(Section.COMPETITORS, "A", 3);
        b = add(Section.COMPETITORS, "B", 3);
        s = add(Section.SUBSTITUTES, "S", 3);

        Factor price = factor("Price", promise);
        rate(price, Offer.OURS, 5);
        rate(price, a.id(), 3);
        rate(price, b.id(), 4);
        Factor stock = factor("Stock", outOfStock);
        factorLinks.add(new FactorLink(stock.id(), fun.id()));
        rate(stock, Offer.OURS, 3);
        rate(stock, a.id(), 3);
        rate(stock, b.id(), 2);
        rate(stock, s.id(), 3);
        Factor funFactor = factor("Fun", null);
        rate(funFactor, Offer.OURS, 2);
        rate(funFactor, a.id(), 4);
        Factor parking = factor("Parking", null);
        factorLinks.add(new FactorLink(parking.id(), fun.id()));
        rate(parking, a.id(), 5);
        Factor service = factor("Service", null);
        rate(service, Offer.OURS, 4);
        rate(service, b.id(), 4);
    }

    @Test
    void factorsComeMeTooFirstHeaviestFirstThenTrailingThenLeadingThenUnrated() {
        DifferentiationReport report = DifferentiationAnalysis.of(content(), Map.of());

        assertThat(report.factors()).extracting(f -> f.factor().name(), FactorStanding::standing).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Stock", Standing.ME_TOO),
                org.assertj.core.groups.Tuple.tuple("Service", Standing.ME_TOO),
                org.assertj.core.groups.Tuple.tuple("Fun", Standing.TRAIL),
                org.assertj.core.groups.Tuple.tuple("Price", Standing.LEAD),
                org.assertj.core.groups.Tuple.tuple("Parking", Standing.UNRATED));
    }

    @Test
    void eachFactorIsWeightedByTheMostImportantCustomerItemItMattersThrough() {
        DifferentiationReport report = DifferentiationAnalysis.of(content(), Map.of());

        // Price through the promise's fit link (5), Stock by its source fear (4) over its linked want (2),
        // Fun and Service with no customer item (3), Parking through Fun (2).
        assertThat(report.factors()).extracting(f -> f.factor().name() + "=" + f.weight())
                .containsExactly("Stock=4", "Service=3", "Fun=3", "Price=5", "Parking=2");
    }

    @Test
    void marginsAreOursMinusTheBestAlternativeWithTheLeadersNamed() {
        FactorStanding price = standing("Price");
        assertThat(price.ours()).isEqualTo(5);
        assertThat(price.bestAlternative()).isEqualTo(4);
        assertThat(price.leaders()).extracting(Offer::name).containsExactly("B");
        assertThat(price.margin()).isEqualTo(1.0);
        assertThat(price.weightedMargin()).isEqualTo(5.0);

        FactorStanding stock = standing("Stock");
        assertThat(stock.leaders()).extracting(Offer::name).containsExactly("A", "S");
        assertThat(stock.margin()).isEqualTo(0.0);

        FactorStanding fun = standing("Fun");
        assertThat(fun.margin()).isEqualTo(-2.0);
        assertThat(fun.weightedMargin()).isEqualTo(-6.0);

        FactorStanding parking = standing("Parking");
        assertThat(parking.ours()).isNull();
        assertThat(parking.bestAlternative()).isEqualTo(5);
        assertThat(parking.margin()).isNull();
        assertThat(parking.weightedMargin()).isNull();
    }

    @Test
    void theSummaryWeighsEveryRatedFactor() {
        DifferentiationReport report = DifferentiationAnalysis.of(content(), Map.of());

        // Rated: Price 5 x 1, Stock 4 x 0, Fun 3 x -2, Service 3 x 0; total weight 15.
        assertThat(report.differentiation()).isCloseTo(-1.0 / 15, within(1e-12));
        assertThat(report.meTooShare()).isCloseTo(7.0 / 15, within(1e-12));
        assertThat(report.trailShare()).isCloseTo(3.0 / 15, within(1e-12));
        assertThat(report.leadShare()).isCloseTo(5.0 / 15, within(1e-12));
    }

    @Test
    void rivalsAreComparedHeadToHeadStrongestFirst() {
        DifferentiationReport report = DifferentiationAnalysis.of(content(), Map.of());

        // S: Stock 4 x 0 / 4; A: (5 x 2 + 4 x 0 + 3 x -2) / 12; B: (5 x 1 + 4 x 1 + 3 x 0) / 12.
        assertThat(report.rivals()).extracting(r -> r.rival().name(), RivalComparison::factorsCompared)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("S", 1),
                        org.assertj.core.groups.Tuple.tuple("A", 3),
                        org.assertj.core.groups.Tuple.tuple("B", 3));
        assertThat(report.rivals()).extracting(RivalComparison::weightedMargin)
                .containsExactly(0.0, 4.0 / 12, 9.0 / 12);
    }

    @Test
    void deliveryFromFeedbackShowsAPromiseThatIsNotKeptAgainstTheBestAlternative() {
        DifferentiationReport report = DifferentiationAnalysis.of(content(), Map.of(promise.id(), 3.2));

        FactorStanding price = report.factors().stream().filter(f -> f.factor().name().equals("Price")).findFirst()
                .orElseThrow();
        assertThat(price.delivered()).isEqualTo(3.2);
        assertThat(price.deliveredMargin()).isCloseTo(-0.8, within(1e-12));
        assertThat(price.deliveredStanding()).isEqualTo(Standing.TRAIL);
        assertThat(price.standing()).isEqualTo(Standing.LEAD);
        assertThat(price.promiseNotKept()).isTrue();
        assertThat(standing("Stock").delivered()).isNull();
        assertThat(standing("Stock").promiseNotKept()).isFalse();
    }

    @Test
    void withinHalfAPointOfTheBestAlternativeIsMeToo() {
        assertThat(DifferentiationAnalysis.standingOf(0.5)).isEqualTo(Standing.ME_TOO);
        assertThat(DifferentiationAnalysis.standingOf(-0.5)).isEqualTo(Standing.ME_TOO);
        assertThat(DifferentiationAnalysis.standingOf(0.51)).isEqualTo(Standing.LEAD);
        assertThat(DifferentiationAnalysis.standingOf(-0.51)).isEqualTo(Standing.TRAIL);
        assertThat(DifferentiationAnalysis.standingOf(null)).isEqualTo(Standing.UNRATED);
    }

    @Test
    void aCanvasWithoutRatingsHasNoSummary() {
        ratings.clear();

        DifferentiationReport report = DifferentiationAnalysis.of(content(), Map.of());

        assertThat(report.factors()).isNotEmpty().allSatisfy(f -> assertThat(f.standing()).isEqualTo(Standing.UNRATED));
        assertThat(report.differentiation()).isNull();
        assertThat(report.meTooShare()).isNull();
        assertThat(report.rivals()).isNotEmpty().allSatisfy(r -> assertThat(r.weightedMargin()).isNull());
    }

    private FactorStanding standing(String name) {
        return DifferentiationAnalysis.of(content(), Map.of()).factors().stream()
                .filter(f -> f.factor().name().equals(name)).findFirst().orElseThrow();
    }
}
