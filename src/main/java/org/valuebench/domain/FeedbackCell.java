package org.valuebench.domain;

import java.time.LocalDate;

/**
 * Running sums of the feedback on one promise from one voice on one day (or, as the workspace hands them out,
 * in one month): everything the gap figures need, so they are computed from a few hundred cells instead of
 * every record.
 *
 * @param day                 the day, or the first day of the month for monthly sums; null for records
 *                            without a date
 * @param sum5                sum of scores on the 1-5 scale
 * @param sumSquares5         sum of their squares
 * @param expectationCount    records that carry an expectation
 * @param expectationGapSum   sum of (s5 − e5) over those records
 * @param npsCount            records on the 0-10 scale
 * @param promoters           of those, scores 9-10
 * @param detractors          of those, scores 0-6
 */
public record FeedbackCell(long promiseItemId, Voice voice, LocalDate day, long count, double sum5, double sumSquares5,
                           long expectationCount, double expectationGapSum, long npsCount, long promoters,
                           long detractors) {

    public static FeedbackCell of(Feedback f) {
        double s5 = f.score5();
        Double e5 = f.expectation5();
        boolean nps = f.scale().isNetPromoterScale();
        return new FeedbackCell(f.promiseItemId(), f.voice(), f.date(), 1, s5, s5 * s5, e5 == null ? 0 : 1,
                e5 == null ? 0 : s5 - e5, nps ? 1 : 0, nps && f.score() >= 9 ? 1 : 0, nps && f.score() <= 6 ? 1 : 0);
    }

    /** The sums of both cells, keyed like this one. */
    public FeedbackCell plus(FeedbackCell o) {
        return new FeedbackCell(promiseItemId, voice, day, count + o.count, sum5 + o.sum5, sumSquares5 + o.sumSquares5,
                expectationCount + o.expectationCount, expectationGapSum + o.expectationGapSum, npsCount + o.npsCount,
                promoters + o.promoters, detractors + o.detractors);
    }
}
