package org.valuebench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.valuebench.analysis.CrosshairMode;
import org.valuebench.analysis.Crosshairs;
import org.valuebench.analysis.FeedbackCells;
import org.valuebench.analysis.GapAnalysis;
import org.valuebench.analysis.GapReport;
import org.valuebench.analysis.PromiseGap;
import org.valuebench.analysis.VoiceFigures;
import org.valuebench.domain.Canvas;
import org.valuebench.domain.CanvasContent;
import org.valuebench.domain.ColourTag;
import org.valuebench.domain.Feedback;
import org.valuebench.domain.FeedbackFilter;
import org.valuebench.domain.FeedbackScale;
import org.valuebench.domain.FitLink;
import org.valuebench.domain.Item;
import org.valuebench.domain.Section;
import org.valuebench.domain.Voice;

/**
 * Each gap figure's text, formula and inputs on a canvas worked out by hand: promise A (target 5, answering
 * needs of importance 5 and 2) scored 2, 4, 4, 5 by customers, the first two against expectations 4 and 5;
 * promise C (target 3) scored 10, 9, 8, 6, 0, 10 on 0-10, one employee 10 on A.
 */
class GapFiguresTest {
    private static final long A = 10;
    private static final long C = 12;
    private static final Voice CUSTOMER = Voice.CUSTOMER;

    private final GapReport report;
    private final PromiseGap a;
    private final PromiseGap c;

    GapFiguresTest() {
        CanvasContent canvas = new CanvasContent(new Canvas(1, "Corner shop", "", "", "", Instant.EPOCH, Instant.EPOCH),
                List.of(item(1, Section.NEEDS, "Fair prices", 5, false, 4),
                        item(2, Section.WANTS, "Feel welcome", 2, false, 4),
                        item(A, Section.FEATURES, "Lowest prices in town", 3, true, 5),
                        item(C, Section.EXPERIENCE, "Quick in and out", 3, true, 3)),
                List.of(new FitLink(A, 1), new FitLink(A, 2)));
        List<Feedback> records = new ArrayList<>();
        records.add(rec(A, 2, FeedbackScale.ONE_TO_FIVE, 4.0, CUSTOMER));
        records.add(rec(A, 4, FeedbackScale.ONE_TO_FIVE, 5.0, CUSTOMER));
        records.add(rec(A, 4, FeedbackScale.ONE_TO_FIVE, null, CUSTOMER));
        records.add(rec(A, 5, FeedbackScale.ONE_TO_FIVE, null, CUSTOMER));
        records.add(rec(A, 10, FeedbackScale.ZERO_TO_TEN, null, Voice.EMPLOYEE));
        for (double score : new double[] {10, 9, 8, 6, 0, 10}) {
            records.add(rec(C, score, FeedbackScale.ZERO_TO_TEN, null, CUSTOMER));
        }
        report = GapAnalysis.of(canvas, FeedbackCells.of(records, FeedbackFilter.NONE), FeedbackFilter.NONE,
                CrosshairMode.MIDPOINTS, FeedbackCells.facets(records));
        a = report.promise(A).orElseThrow();
        c = report.promise(C).orElseThrow();
    }

    @Test
    void deliveredIsTheMeanOnTheOneToFiveScale() {
        Figure delivered = GapFigures.delivered(a.headline(), CUSTOMER);
        assertThat(delivered.label()).isEqualTo("delivered");
        assertThat(delivered.value()).isEqualTo(3.75);
        assertThat(delivered.text()).isEqualTo("3.75");
        assertThat(delivered.formula()).isEqualTo("mean of s5 = Σ s5 / n");
        assertThat(delivered.explanation()).isEqualTo("delivered = mean of s5 = Σ s5 / n = 15.00 / 4 = 3.75"
                + "\ns5 = 1 + 4 × (score − min) / (max − min): every score on the 1–5 scale"
                + "\nsd = 1.26 (sample standard deviation)");
    }

    @Test
    void gapIsTargetMinusDeliveredWithARealMinusSign() {
        Figure shortfall = GapFigures.gap(a, a.headline(), CUSTOMER);
        assertThat(shortfall.text()).isEqualTo("+1.25");
        assertThat(shortfall.explanation())
                .isEqualTo("gap = target − delivered = 5 − 3.75 = +1.25 (delivery falls short of the promise)");
        Figure kept = GapFigures.gap(c, c.headline(), CUSTOMER);
        assertThat(kept.text()).isEqualTo("−0.87");
        assertThat(kept.explanation()).isEqualTo("gap = target − delivered = 3 − 3.87 = −0.87 (the promise is kept)");
    }

    @Test
    void confidenceIntervalNamesStudentsT() {
        Figure ci = GapFigures.ci95(a.headline(), CUSTOMER);
        assertThat(ci.text()).isEqualTo("1.75–5.75");
        assertThat(ci.explanation()).isEqualTo("95% CI = delivered ± t(0.975, n − 1) × sd / √n"
                + "\n= 3.75 ± 3.182 × 1.26 / √4 = 3.75 ± 2.00\nStudent's t with 3 degrees of freedom");
        VoiceFigures employee = a.voice(Voice.EMPLOYEE);
        assertThat(GapFigures.ci95(employee, Voice.EMPLOYEE).isEmpty()).isTrue();
        assertThat(GapFigures.ci95(employee, Voice.EMPLOYEE).explanation())
                .isEqualTo("95% CI needs at least 2 records; there is 1");
    }

    @Test
    void printClipsTheIntervalToTheScaleAndTheTerminalStaysInAscii() {
        assertThat(GapFigures.interval(a.ci95(), Style.SCREEN, false)).isEqualTo("1.75–5.75");
        assertThat(GapFigures.interval(a.ci95(), Style.PRINT, true)).isEqualTo("1.75–5.00");
        assertThat(GapFigures.interval(a.ci95(), Style.TERMINAL, false)).isEqualTo("1.75-5.75");
        assertThat(GapFigures.interval(null, Style.TERMINAL, false)).isEqualTo("-");
    }

    @Test
    void importanceDeficitAndQuadrantShowTheirInputs() {
        assertThat(GapFigures.importance(a).explanation()).isEqualTo("importance = highest importance of the"
                + " customer items it answers = max(Fair prices (5), Feel welcome (2)) = 5");
        assertThat(GapFigures.importance(c).explanation())
                .isEqualTo("importance = 3: the promise answers no customer item, so its own importance counts");
        Figure deficit = GapFigures.deficit(a, a.headline(), CUSTOMER);
        assertThat(deficit.text()).isEqualTo("6.25");
        assertThat(deficit.explanation()).isEqualTo("deficit = importance × max(0, gap) = 5 × max(0, 5 − 3.75) = 6.25");
        Figure quadrant = GapFigures.quadrant(a, report.crosshairs(), CUSTOMER);
        assertThat(quadrant.text()).isEqualTo("Keep up the good work");
        assertThat(quadrant.explanation()).isEqualTo("Keep up the good work: important and delivered well"
                + "\nimportance 5 ≥ 3.00 and delivered 3.75 > 3.00 (crosshairs at the scale midpoints (3.00, 3.00))");
    }

    @Test
    void servqualAndNetPromoterScore() {
        Figure servqual = GapFigures.servqual(a.headline(), CUSTOMER);
        assertThat(servqual.text()).isEqualTo("−1.50");
        assertThat(servqual.explanation()).isEqualTo("SERVQUAL = mean(s5 − e5) over the 2 records with an expectation"
                + " = −1.50 (negative: delivery fell short of what was expected)");
        assertThat(GapFigures.servqual(c.headline(), CUSTOMER).explanation())
                .isEqualTo("No customer record carries an expectation, so there is no SERVQUAL score");
        Figure nps = GapFigures.nps(c.headline().nps(), "customer answers");
        assertThat(nps.text()).isEqualTo("+17");
        assertThat(nps.explanation()).isEqualTo("NPS = % promoters (9–10) − % detractors (0–6) = 50% − 33% = +17"
                + "\nover 6 answers on 0–10: 3 promoters, 1 passives, 2 detractors");
    }

    @Test
    void aNetPromoterScoreFromFewAnswersSaysItsNAndThatItIsThin() {
        org.valuebench.analysis.NetPromoterScore four = new org.valuebench.analysis.NetPromoterScore(4, 0, 2);
        assertThat(GapFigures.npsEvidence(four)).isEqualTo("n = 4 thin");
        assertThat(GapFigures.nps(four, "customer answers").explanation())
                .endsWith("\nthin evidence (fewer than 5 answers): read the score with care");
        assertThat(GapFigures.npsEvidence(new org.valuebench.analysis.NetPromoterScore(6, 3, 2))).isEqualTo("n = 6");
        assertThat(GapFigures.npsEvidence(new org.valuebench.analysis.NetPromoterScore(0, 0, 0))).isEmpty();
    }

    @Test
    void thinEvidenceAndOtherVoices() {
        Figure n = GapFigures.n(a.headline(), CUSTOMER);
        assertThat(n.text()).isEqualTo("4 thin");
        assertThat(n.explanation()).isEqualTo("n = 4 customer records under the filter: thin evidence (fewer than 5),"
                + " read the figures with care");
        assertThat(GapFigures.voiceCell(a, Voice.EMPLOYEE).text()).isEqualTo("5.00  (n 1)");
        assertThat(GapFigures.voiceCell(a, Voice.PARTNER).explanation())
                .isEqualTo("No partner record on this promise under the filter");
        assertThat(GapFigures.disagreement(a)).isEqualTo("Employees rate it 1.25 higher than customers");
    }

    @Test
    void theCrosshairsAreWordedForEachOutput() {
        Crosshairs means = new Crosshairs(CrosshairMode.DATA_MEANS, 3.5, 4.25);
        assertThat(GapFigures.crosshairsName(means)).isEqualTo("the data means (3.50, 4.25)");
        assertThat(GapFigures.crosshairsPrinted(means))
                .isEqualTo("delivered 3.50, importance 4.25 (the means of the promises)");
        assertThat(GapFigures.crosshairsTerminal(means)).isEqualTo("performance 3.50, importance 4.25");
    }

    private static Item item(long id, Section section, String text, int importance, boolean promise, int target) {
        return new Item(id, 1, section, (int) id, text, "", ColourTag.NONE, "", importance, promise, target);
    }

    private static Feedback rec(long promise, double score, FeedbackScale scale, Double expectation, Voice voice) {
        return new Feedback(0, 1, promise, score, scale, expectation, voice, "survey", "", null, "", "", null);
    }
}
