package org.valuebench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.valuebench.analysis.DifferentiationReport;
import org.valuebench.analysis.FactorStanding;
import org.valuebench.analysis.FitReport;
import org.valuebench.analysis.RivalComparison;
import org.valuebench.analysis.Standing;
import org.valuebench.domain.Factor;
import org.valuebench.domain.FourAction;
import org.valuebench.domain.Offer;
import org.valuebench.domain.Section;

/**
 * The strategy and fit figures with their formulas: "Low prices" rated 4 for us against the corner shop's 4
 * (weight 5, me-too, but customers put delivery at 3.20: a promise not kept), "Opening hours" 5 against 3
 * (weight 2, a lead).
 */
class StrategyFiguresTest {
    private static final Offer SHOP = new Offer(7, "Corner shop", Optional.of(Section.COMPETITORS));
    private static final FactorStanding PRICES = new FactorStanding(factor(1, "Low prices"), 5, 4, 3.2, 4,
            List.of(SHOP), 0.0, 0.0, Standing.ME_TOO, -0.8, Standing.TRAIL);
    private static final FactorStanding HOURS = new FactorStanding(factor(2, "Opening hours"), 2, 5, null, 3,
            List.of(SHOP), 2.0, 4.0, Standing.LEAD, null, null);
    private static final DifferentiationReport REPORT = new DifferentiationReport(List.of(PRICES, HOURS),
            List.of(new RivalComparison(SHOP, 2, 4.0 / 7)), 4.0 / 7, 5.0 / 7, 0.0, 2.0 / 7);

    @Test
    void marginIsOursMinusTheBestAlternativeWeightedByImportance() {
        Figure margin = StrategyFigures.margin(HOURS);
        assertThat(margin.value()).isEqualTo(2.0);
        assertThat(margin.text()).isEqualTo("+2.00");
        assertThat(margin.formula()).isEqualTo("ours − best alternative");
        assertThat(margin.explanation()).isEqualTo("margin = ours − best alternative = 5 − 3 = +2.00"
                + "\nweighted margin = weight × margin = 2 × +2.00 = +4.00");
        assertThat(StrategyFigures.margin(PRICES).text()).isEqualTo("0.00");
    }

    @Test
    void standingGivesItsRuleAndWarnsOfAPromiseNotKept() {
        Figure standing = StrategyFigures.standing(PRICES);
        assertThat(standing.text()).isEqualTo("Me-too ⚠");
        assertThat(standing.explanation()).isEqualTo("Me-too: within ±0.50 of the best alternative, nothing sets us"
                + " apart here\nmargin = ours − best alternative = 4 − 4 = 0.00"
                + "\n⚠ Promise not kept: rated me-too, but customers' feedback puts delivery at 3.20, behind the best"
                + " alternative's 4");
        assertThat(StrategyFigures.delivered(PRICES).explanation()).isEqualTo("delivered = 3.20: customers' delivered"
                + " level of the factor's promise, from the gap analysis (Gaps tab)"
                + "\ndelivered − best alternative = 3.20 − 4 = −0.80 → trail");
        assertThat(StrategyFigures.ours(HOURS).explanation())
                .isEqualTo("ours = 5: our offering's rating on this factor in the ratings grid (1–5)");
    }

    @Test
    void differentiationIsTheWeightedMeanMargin() {
        Figure summary = StrategyFigures.summary(REPORT);
        assertThat(summary.text()).isEqualTo("Differentiation +0.57  ·  me-too 71%  ·  trailing 0%  ·  leading 29%"
                + " of the weight");
        assertThat(summary.explanation()).isEqualTo("differentiation = Σ(weight × margin) / Σ weight = +4.00 / 7"
                + " = +0.57 over 2 rated factors"
                + "\nme-too share = weight of the me-too factors / Σ weight = 5 / 7 = 71%"
                + "\ntrailing share = 0 / 7 = 0%\nleading share = 2 / 7 = 29%"
                + "\nA factor is me-too within ±0.50 of the best alternative.");
        assertThat(StrategyFigures.summary(null).isEmpty()).isTrue();
        assertThat(StrategyFigures.ratedFactors(REPORT)).isEqualTo(2);
    }

    @Test
    void headToHeadAgainstEachRival() {
        RivalComparison rival = REPORT.rivals().get(0);
        assertThat(StrategyFigures.rivalName(rival)).isEqualTo("Corner shop (Competitors)");
        assertThat(StrategyFigures.compared(rival).explanation())
                .isEqualTo("2 factors are rated for both us and Corner shop");
        assertThat(StrategyFigures.headToHead(rival).explanation()).isEqualTo("head to head = Σ weight × (ours −"
                + " Corner shop) / Σ weight over the factors rated for both = +0.57 (we are ahead)");
    }

    @Test
    void printAndTerminalShareTheBandAndTheKeys() {
        assertThat(StrategyFigures.meTooBand()).isEqualTo("0.5");
        assertThat(StrategyFigures.key(Standing.ME_TOO)).isEqualTo("me-too");
    }

    @Test
    void fitScoreIsTheAnsweredShareOfImportance() {
        Figure score = FitFigures.score(new FitReport(List.of(), List.of(), 12.0 / 19, 12, 19));
        assertThat(score.text()).isEqualTo("63%");
        assertThat(score.explanation()).isEqualTo("Importance-weighted share of the customer profile that some"
                + " offering item answers: 12 of 19 importance points.");
        assertThat(FitFigures.score(new FitReport(List.of(), List.of(), null, 0, 0)).isEmpty()).isTrue();
    }

    @Test
    void theBoardHeadlinesTheFitScoreWithItsOwnSpacing() {
        assertThat(FitFigures.headline(new FitReport(List.of(), List.of(), 12.0 / 19, 12, 19))).isEqualTo("Fit 63 %");
        assertThat(FitFigures.headline(new FitReport(List.of(), List.of(), 0.125, 1, 8))).isEqualTo("Fit 13 %");
        assertThat(FitFigures.headline(new FitReport(List.of(), List.of(), null, 0, 0))).isEqualTo("Fit \u2014");
    }

    private static Factor factor(long id, String name) {
        return new Factor(id, 1, (int) id, name, 0, FourAction.NONE, "");
    }
}
