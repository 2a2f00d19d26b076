package org.valuebench.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.valuebench.domain.FeedbackScale;
import org.valuebench.domain.InvalidInputException;

/** The formulas under the gap figures, with numbers checked against SciPy and by hand. */
class GapStatisticsTest {

    @ParameterizedTest(name = "{1} on {0} is {2} on 1-5")
    @CsvSource({
        "1-5, 1, 1.0", "1-5, 3, 3.0", "1-5, 5, 5.0",
        "1-7, 1, 1.0", "1-7, 4, 3.0", "1-7, 7, 5.0", "1-7, 2, 1.6666666666666667",
        "0-10, 0, 1.0", "0-10, 5, 3.0", "0-10, 9, 4.6", "0-10, 10, 5.0",
        "1-10, 1, 1.0", "1-10, 5.5, 3.0", "1-10, 4, 2.333333333333333", "1-10, 10, 5.0"})
    void normalisesEveryScaleToOneToFive(String scale, double score, double expected) {
        // s5 = 1 + 4 × (score − min) / (max − min)
        assertThat(FeedbackScale.parse(scale).toFive(score)).isCloseTo(expected, within(1e-12));
    }

    @Test
    void readsScalesAsPeopleWriteThem() {
        assertThat(FeedbackScale.parse("")).isEqualTo(FeedbackScale.ONE_TO_FIVE);
        assertThat(FeedbackScale.parse(" 0 to 10 ")).isEqualTo(FeedbackScale.ZERO_TO_TEN);
        assertThat(FeedbackScale.parse("1\u20137")).isEqualTo(FeedbackScale.ONE_TO_SEVEN);
        assertThat(FeedbackScale.parse("1..10")).isEqualTo(FeedbackScale.ONE_TO_TEN);
        assertThatThrownBy(() -> FeedbackScale.parse("1-9")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("1-5, 1-7, 0-10, 1-10");
    }

    @ParameterizedTest(name = "t(0.975, {0}) = {1}")
    @CsvSource({"1, 12.706204736174694", "2, 4.302652729749462", "3, 3.1824463052837078", "4, 2.7764451051977934",
        "9, 2.262157162798205", "29, 2.045229642132703", "120, 1.9799304050824402", "1000, 1.9623390808264083",
        "100000, 1.9599877075346095"})
    void studentTQuantileMatchesTheTables(int df, double expected) {
        assertThat(StudentT.quantile(0.975, df)).isCloseTo(expected, within(1e-9));
        assertThat(StudentT.quantile(0.025, df)).isCloseTo(-expected, within(1e-9));
    }

    @Test
    void studentTDistributionFunction() {
        assertThat(StudentT.cdf(0, 5)).isEqualTo(0.5);
        assertThat(StudentT.cdf(1.5, 7)).isCloseTo(0.911350756505015, within(1e-12));
        assertThat(StudentT.cdf(-2.0, 3)).isCloseTo(0.06966298427942152, within(1e-12));
        assertThat(StudentT.quantile(0.5, 4)).isZero();
        assertThatThrownBy(() -> StudentT.quantile(1, 4)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void meanSdAndConfidenceIntervalFromSums() {
        // 2, 4, 4, 5: mean 3.75; sd = √(4.75 / 3); CI = mean ± t(0.975, 3) × sd / √4
        SampleStatistics s = SampleStatistics.ofScores(2, 4, 4, 5);
        assertThat(s.n()).isEqualTo(4);
        assertThat(s.mean()).isEqualTo(3.75);
        assertThat(s.sd()).isCloseTo(1.2583057392117916, within(1e-12));
        assertThat(s.ci95().low()).isCloseTo(1.7477547746640747, within(1e-9));
        assertThat(s.ci95().high()).isCloseTo(5.752245225335925, within(1e-9));
        assertThat(s.ci95().halfWidth()).isCloseTo(2.0022452253359253, within(1e-9));
    }

    @Test
    void aSingleScoreHasNoSpreadAndNoScoresHaveNoFigures() {
        SampleStatistics one = SampleStatistics.ofScores(4);
        assertThat(one.mean()).isEqualTo(4.0);
        assertThat(one.sd()).isNull();
        assertThat(one.ci95()).isNull();
        SampleStatistics none = SampleStatistics.ofScores();
        assertThat(none).isEqualTo(SampleStatistics.EMPTY);
        assertThat(none.mean()).isNull();
        SampleStatistics same = SampleStatistics.ofScores(3, 3, 3);
        assertThat(same.sd()).isZero();
        assertThat(same.ci95()).isEqualTo(new ConfidenceInterval(3, 3));
    }

    @Test
    void netPromoterScoreIsPromotersMinusDetractorsInPercent() {
        // 10, 10, 9, 7, 3: promoters 3, passive 1, detractor 1 of 5 → 60% − 20%
        NetPromoterScore nps = new NetPromoterScore(5, 3, 1);
        assertThat(nps.score()).isCloseTo(40.0, within(1e-12));
        assertThat(nps.passives()).isEqualTo(1);
        assertThat(new NetPromoterScore(0, 0, 0).score()).isNull();
        assertThat(new NetPromoterScore(4, 0, 4).score()).isEqualTo(-100.0);
    }

    @Test
    void quadrantsSplitAtTheCrosshairsWithTiesLeaningToAttention() {
        Crosshairs mid = Crosshairs.MIDPOINTS;
        assertThat(Quadrant.of(2.5, 5, mid)).isEqualTo(Quadrant.CONCENTRATE_HERE);
        assertThat(Quadrant.of(4.2, 5, mid)).isEqualTo(Quadrant.KEEP_UP_THE_GOOD_WORK);
        assertThat(Quadrant.of(2.5, 2, mid)).isEqualTo(Quadrant.LOW_PRIORITY);
        assertThat(Quadrant.of(4.2, 2, mid)).isEqualTo(Quadrant.POSSIBLE_OVERKILL);
        // On the lines: importance 3 counts as important, performance 3 as not yet performing.
        assertThat(Quadrant.of(3.0, 3, mid)).isEqualTo(Quadrant.CONCENTRATE_HERE);
        assertThat(Quadrant.of(3.0001, 3, mid)).isEqualTo(Quadrant.KEEP_UP_THE_GOOD_WORK);
        Crosshairs means = new Crosshairs(CrosshairMode.DATA_MEANS, 4.0, 4.0);
        assertThat(Quadrant.of(3.9, 3, means)).isEqualTo(Quadrant.LOW_PRIORITY);
        assertThat(Quadrant.CONCENTRATE_HERE.key()).isEqualTo("concentrate_here");
    }

    @Test
    void evidenceIsThinBelowFiveRecords() {
        assertThat(Evidence.of(0)).isEqualTo(Evidence.NONE);
        assertThat(Evidence.of(4)).isEqualTo(Evidence.THIN);
        assertThat(Evidence.of(5)).isEqualTo(Evidence.ENOUGH);
    }
}
