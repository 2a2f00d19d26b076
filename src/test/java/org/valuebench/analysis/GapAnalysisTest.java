package org.valuebench.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
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

/** The gap report of a small canvas whose every figure is worked out by hand in the comments. */
class GapAnalysisTest {
    private static final long C = 1;
    private static final long NEED = 1;
    private static final long WANT = 2;
    private static final long FEAR = 3;
    private static final long LONELY_NEED = 4;
    /** Target 5, answers NEED (importance 5) and WANT (2): importance 5. */
    private static final long A = 10;
    /** Target 4, answers WANT (2): importance 2. */
    private static final long B = 11;
    /** Target 3, answers nothing: its own default importance 3. */
    private static final long P_C = 12;
    /** Not a promise; answers FEAR, so FEAR is answered but not promised. */
    private static final long FEATURE = 13;

    private final CanvasContent canvas = new CanvasContent(
            new Canvas(C, "Corner shop", "", "", "", Instant.EPOCH, Instant.EPOCH),
            List.of(item(NEED, Section.NEEDS, "Fair prices", 5, false, 4),
                    item(WANT, Section.WANTS, "Feel welcome", 2, false, 4),
                    item(FEAR, Section.FEARS, "Food gone off", 4, false, 4),
                    item(LONELY_NEED, Section.NEEDS, "Open late", 3, false, 4),
                    item(A, Section.FEATURES, "Lowest prices in town", 3, true, 5),
                    item(B, Section.BENEFITS, "A smile at the till", 3, true, 4),
                    item(P_C, Section.EXPERIENCE, "Quick in and out", 3, true, 3),
                    item(FEATURE, Section.FEATURES, "Fridge checked daily", 3, false, 4)),
            List.of(new FitLink(A, NEED), new FitLink(A, WANT), new FitLink(B, WANT), new FitLink(FEATURE, FEAR)));

    private final List<Feedback> records = new ArrayList<>();

    GapAnalysisTest() {
        // A, customers, 1-5: 2, 4 in January (with expectations 4 and 5), 4, 5 in February.
        records.add(rec(A, 2, FeedbackScale.ONE_TO_FIVE, 4.0, Voice.CUSTOMER, "2024-01-10", "Regulars", "survey", "Too dear"));
        records.add(rec(A, 4, FeedbackScale.ONE_TO_FIVE, 5.0, Voice.CUSTOMER, "2024-01-20", "Tourists", "survey", ""));
        records.add(rec(A, 4, FeedbackScale.ONE_TO_FIVE, null, Voice.CUSTOMER, "2024-02-03", "Regulars", "review", ""));
        records.add(rec(A, 5, FeedbackScale.ONE_TO_FIVE, null, Voice.CUSTOMER, "2024-02-28", "Regulars", "survey", ""));
        // B, customers, 1-7: 7, 7, 4, 1, 7 → s5 5, 5, 3, 1, 5; one employee record 10 on 0-10 → s5 5.
        for (double score : new double[] {7, 7, 4, 1, 7}) {
            records.add(rec(B, score, FeedbackScale.ONE_TO_SEVEN, null, Voice.CUSTOMER, "2024-03-01", "Regulars",
                    "interview", ""));
        }
        records.add(rec(B, 10, FeedbackScale.ZERO_TO_TEN, null, Voice.EMPLOYEE, "2024-03-02", "", "observation", ""));
        // C, customers, 0-10: 10, 9, 8, 6, 0, 10 → s5 5, 4.6, 4.2, 3.4, 1, 5; no dates.
        for (double score : new double[] {10, 9, 8, 6, 0, 10}) {
            records.add(rec(P_C, score, FeedbackScale.ZERO_TO_TEN, null, Voice.CUSTOMER, null, "", "survey", ""));
        }
    }

    private GapReport report(FeedbackFilter filter, CrosshairMode mode) {
        return GapAnalysis.of(canvas, FeedbackCells.of(records, filter), filter, mode, FeedbackCells.facets(records));
    }

    @Test
    void scoresEachPromiseFromCustomerFeedback() {
        GapReport report = report(FeedbackFilter.NONE, CrosshairMode.MIDPOINTS);
        PromiseGap a = report.promise(A).orElseThrow();
        assertThat(a.importance()).isEqualTo(5);
        assertThat(a.n()).isEqualTo(4);
        assertThat(a.delivered()).isCloseTo(3.75, within(1e-12));
        assertThat(a.headline().sd()).isCloseTo(1.2583057392117916, within(1e-12));
        assertThat(a.ci95().low()).isCloseTo(1.7477547746640747, within(1e-9));
        assertThat(a.ci95().high()).isCloseTo(5.752245225335925, within(1e-9));
        assertThat(a.gap()).isCloseTo(1.25, within(1e-12));                 // 5 − 3.75
        assertThat(a.deficit()).isCloseTo(6.25, within(1e-12));             // 5 × max(0, 1.25)
        assertThat(a.servqual()).isCloseTo(-1.5, within(1e-12));            // mean(2 − 4, 4 − 5)
        assertThat(a.headline().servqualN()).isEqualTo(2);
        assertThat(a.thinEvidence()).isTrue();                              // n = 4 < 5
        assertThat(a.evidence()).isEqualTo(Evidence.THIN);
        assertThat(a.linkedCustomerItems()).extracting(Item::id).containsExactlyInAnyOrder(NEED, WANT);

        PromiseGap b = report.promise(B).orElseThrow();
        assertThat(b.importance()).isEqualTo(2);
        assertThat(b.n()).isEqualTo(5);
        assertThat(b.delivered()).isCloseTo(3.8, within(1e-12));            // (5 + 5 + 3 + 1 + 5) / 5
        assertThat(b.headline().sd()).isCloseTo(Math.sqrt(3.2), within(1e-12));
        assertThat(b.gap()).isCloseTo(0.2, within(1e-12));
        assertThat(b.deficit()).isCloseTo(0.4, within(1e-12));              // 2 × 0.2
        assertThat(b.servqual()).isNull();
        assertThat(b.thinEvidence()).isFalse();

        PromiseGap c = report.promise(P_C).orElseThrow();
        assertThat(c.importance()).isEqualTo(3);                            // no links: the default 3
        assertThat(c.delivered()).isCloseTo(23.2 / 6, within(1e-12));
        assertThat(c.gap()).isCloseTo(3 - 23.2 / 6, within(1e-12));         // negative: delivered above target
        assertThat(c.deficit()).isZero();                                   // 3 × max(0, −0.87)
        assertThat(c.headline().nps().score()).isCloseTo(100.0 / 6, within(1e-12)); // (3 − 2) / 6
    }

    @Test
    void ranksPromisesByDeficit() {
        GapReport report = report(FeedbackFilter.NONE, CrosshairMode.MIDPOINTS);
        assertThat(report.promises()).extracting(PromiseGap::promiseId).containsExactly(A, B, P_C);
        assertThat(report.headlineRecords()).isEqualTo(15);
    }

    @Test
    void givesEachVoiceItsOwnFigures() {
        PromiseGap b = report(FeedbackFilter.NONE, CrosshairMode.MIDPOINTS).promise(B).orElseThrow();
        assertThat(b.voices()).containsOnlyKeys(Voice.values());
        VoiceFigures team = b.voice(Voice.EMPLOYEE);
        assertThat(team.n()).isEqualTo(1);
        assertThat(team.delivered()).isEqualTo(5.0);
        assertThat(team.gap()).isEqualTo(-1.0);
        assertThat(team.deficit()).isZero();
        assertThat(team.ci95()).isNull();
        assertThat(team.nps().score()).isEqualTo(100.0);
        VoiceFigures partner = b.voice(Voice.PARTNER);
        assertThat(partner.n()).isZero();
        assertThat(partner.delivered()).isNull();
        assertThat(partner.gap()).isNull();
        assertThat(partner.deficit()).isNull();
        assertThat(partner.nps().score()).isNull();
        assertThat(b.voice(Voice.CUSTOMER)).isEqualTo(b.headline());
    }

    @Test
    void placesPromisesInQuadrantsAtTheMidpoints() {
        GapReport report = report(FeedbackFilter.NONE, CrosshairMode.MIDPOINTS);
        assertThat(report.crosshairs()).isEqualTo(Crosshairs.MIDPOINTS);
        assertThat(report.promise(A).orElseThrow().quadrant()).isEqualTo(Quadrant.KEEP_UP_THE_GOOD_WORK); // 3.75, 5
        assertThat(report.promise(B).orElseThrow().quadrant()).isEqualTo(Quadrant.POSSIBLE_OVERKILL);     // 3.8, 2
        assertThat(report.promise(P_C).orElseThrow().quadrant()).isEqualTo(Quadrant.KEEP_UP_THE_GOOD_WORK); // 3.87, 3
    }

    @Test
    void placesPromisesInQuadrantsAtTheDataMeans() {
        GapReport report = report(FeedbackFilter.NONE, CrosshairMode.DATA_MEANS);
        // performance (3.75 + 3.8 + 3.8667) / 3 = 3.8056, importance (5 + 2 + 3) / 3 = 3.3333
        assertThat(report.crosshairs().performance()).isCloseTo((3.75 + 3.8 + 23.2 / 6) / 3, within(1e-12));
        assertThat(report.crosshairs().importance()).isCloseTo(10.0 / 3, within(1e-12));
        assertThat(report.promise(A).orElseThrow().quadrant()).isEqualTo(Quadrant.CONCENTRATE_HERE);
        assertThat(report.promise(B).orElseThrow().quadrant()).isEqualTo(Quadrant.LOW_PRIORITY);
        assertThat(report.promise(P_C).orElseThrow().quadrant()).isEqualTo(Quadrant.POSSIBLE_OVERKILL);
    }

    @Test
    void netPromoterScoreOverTheZeroToTenRecords() {
        // Customer 0-10 records are all on C: 10, 9, 10 promoters; 6, 0 detractors; 8 passive.
        NetPromoterScore nps = report(FeedbackFilter.NONE, CrosshairMode.MIDPOINTS).nps();
        assertThat(nps).isEqualTo(new NetPromoterScore(6, 3, 2));
        assertThat(nps.score()).isCloseTo(100.0 / 6, within(1e-12));
    }

    @Test
    void trendsDeliveryPerMonth() {
        PromiseGap a = report(FeedbackFilter.NONE, CrosshairMode.MIDPOINTS).promise(A).orElseThrow();
        assertThat(a.trend()).containsExactly(new TrendPoint(YearMonth.of(2024, 1), 2, 3.0),
                new TrendPoint(YearMonth.of(2024, 2), 2, 4.5));
        assertThat(report(FeedbackFilter.NONE, CrosshairMode.MIDPOINTS).promise(P_C).orElseThrow().trend()).isEmpty();
    }

    @Test
    void filtersByDateRangeSegmentChannelAndVoice() {
        FeedbackFilter february = new FeedbackFilter(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 28), null, null, null);
        GapReport report = report(february, CrosshairMode.MIDPOINTS);
        assertThat(report.promise(A).orElseThrow().n()).isEqualTo(2);
        assertThat(report.promise(A).orElseThrow().delivered()).isEqualTo(4.5);
        assertThat(report.promise(P_C).orElseThrow().n()).isZero(); // undated records are outside any date range
        // Without feedback in the range, B and C rank last, the more important first.
        assertThat(report.promises()).extracting(PromiseGap::promiseId).containsExactly(A, P_C, B);

        GapReport regulars = report(new FeedbackFilter(null, null, "regulars", null, null), CrosshairMode.MIDPOINTS);
        assertThat(regulars.promise(A).orElseThrow().n()).isEqualTo(3);
        assertThat(regulars.promise(A).orElseThrow().delivered()).isCloseTo(11.0 / 3, within(1e-12));

        GapReport surveys = report(new FeedbackFilter(null, null, null, "Survey", null), CrosshairMode.MIDPOINTS);
        assertThat(surveys.promise(A).orElseThrow().n()).isEqualTo(3);
        assertThat(surveys.promise(B).orElseThrow().n()).isZero();

        GapReport team = report(FeedbackFilter.NONE.withVoice(Voice.EMPLOYEE), CrosshairMode.MIDPOINTS);
        assertThat(team.promises().get(0).promiseId()).isEqualTo(B);
        assertThat(team.promise(B).orElseThrow().delivered()).isEqualTo(5.0);
        assertThat(team.promise(B).orElseThrow().quadrant()).isEqualTo(Quadrant.POSSIBLE_OVERKILL);
        assertThat(team.promise(A).orElseThrow().quadrant()).isNull();
        assertThat(team.promise(A).orElseThrow().voice(Voice.CUSTOMER).n()).isEqualTo(4);
    }

    @Test
    void listsTheCustomerItemsNobodyAnswersOrPromises() {
        GapReport report = report(FeedbackFilter.NONE, CrosshairMode.MIDPOINTS);
        assertThat(report.unanswered()).extracting(Item::id).containsExactly(LONELY_NEED);
        assertThat(report.unpromised()).extracting(Item::id).containsExactly(FEAR);
    }

    @Test
    void everyPromiseIsListedEvenWithoutFeedback() {
        GapReport report = GapAnalysis.of(canvas, List.of(), FeedbackFilter.NONE, CrosshairMode.DATA_MEANS,
                FeedbackCells.facets(List.of()));
        assertThat(report.promises()).hasSize(3).allSatisfy(p -> {
            assertThat(p.n()).isZero();
            assertThat(p.delivered()).isNull();
            assertThat(p.deficit()).isNull();
            assertThat(p.quadrant()).isNull();
            assertThat(p.evidence()).isEqualTo(Evidence.NONE);
        });
        assertThat(report.crosshairs().performance()).isEqualTo(3.0);
        assertThat(report.nps().score()).isNull();
    }

    @Test
    void facetsListTheFilterChoices() {
        var facets = FeedbackCells.facets(records);
        assertThat(facets.records()).isEqualTo(16);
        assertThat(facets.recordsByVoice()).containsEntry(Voice.CUSTOMER, 15L).containsEntry(Voice.EMPLOYEE, 1L);
        assertThat(facets.segments()).containsExactly("Regulars", "Tourists");
        assertThat(facets.channels()).containsExactly("interview", "observation", "review", "survey");
        assertThat(facets.firstDate()).isEqualTo(LocalDate.of(2024, 1, 10));
        assertThat(facets.lastDate()).isEqualTo(LocalDate.of(2024, 3, 2));
    }

    private static Item item(long id, Section section, String text, int importance, boolean promise, int target) {
        return new Item(id, C, section, (int) id, text, "", ColourTag.NONE, "", importance, promise, target);
    }

    private static Feedback rec(long promise, double score, FeedbackScale scale, Double expectation, Voice voice,
                                String date, String segment, String channel, String comment) {
        return new Feedback(0, C, promise, score, scale, expectation, voice, channel, segment,
                date == null ? null : LocalDate.parse(date), "", comment, null);
    }
}
