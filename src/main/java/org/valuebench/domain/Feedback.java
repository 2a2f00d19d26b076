package org.valuebench.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One piece of delivery feedback on one promise: a score on the scale it was given on, optionally the
 * expectation on the same scale (SERVQUAL's expectation-perception gap), whose voice it is and where it
 * came from.
 *
 * @param id            0 until stored
 * @param expectation   null when the respondent was not asked what they expected
 * @param date          null when the source gave no date; such records are left out of date filters and trends
 * @param importId      the import the record came with, null when it was entered by hand
 */
public record Feedback(
        long id,
        long canvasId,
        long promiseItemId,
        double score,
        FeedbackScale scale,
        Double expectation,
        Voice voice,
        String channel,
        String segment,
        LocalDate date,
        String respondent,
        String comment,
        Long importId) {
    public static final int MAX_SEGMENT = Limits.MAX_NAME;
    public static final int MAX_RESPONDENT = Limits.MAX_NAME;
    public static final int MAX_COMMENT = Limits.MAX_NOTES;

    public Feedback {
        Objects.requireNonNull(scale, "scale");
        voice = voice == null ? Voice.CUSTOMER : voice;
        checkScore("score", score, scale);
        if (expectation != null) {
            checkScore("expectation", expectation, scale);
        }
        channel = FeedbackChannels.normalise(channel);
        segment = Limits.optionalText("Segment", segment, MAX_SEGMENT);
        respondent = Limits.optionalText("Respondent", respondent, MAX_RESPONDENT);
        comment = Limits.optionalText("Comment", comment, MAX_COMMENT);
    }

    private static void checkScore(String what, double value, FeedbackScale scale) {
        if (!Double.isFinite(value)) {
            throw new InvalidInputException(what + " is not a number");
        }
        if (!scale.contains(value)) {
            throw new InvalidInputException(what + " " + format(value) + " is outside the scale " + scale.label());
        }
    }

    /** A customer survey record with no expectation, date or comment (id 0, not stored). */
    public static Feedback draft(long canvasId, long promiseItemId, double score, FeedbackScale scale) {
        return new Feedback(0, canvasId, promiseItemId, score, scale, null, Voice.CUSTOMER, FeedbackChannels.SURVEY,
                "", null, "", "", null);
    }

    /** The score on the 1-5 scale. */
    public double score5() {
        return scale.toFive(score);
    }

    /** The expectation on the 1-5 scale, or null. */
    public Double expectation5() {
        return expectation == null ? null : scale.toFive(expectation);
    }

    public boolean hasComment() {
        return !comment.isEmpty();
    }

    public Feedback withId(long newId) {
        return new Feedback(newId, canvasId, promiseItemId, score, scale, expectation, voice, channel, segment, date,
                respondent, comment, importId);
    }

    public Feedback withImport(Long newImportId) {
        return new Feedback(id, canvasId, promiseItemId, score, scale, expectation, voice, channel, segment, date,
                respondent, comment, newImportId);
    }

    public Feedback withScore(double newScore, FeedbackScale newScale, Double newExpectation) {
        return new Feedback(id, canvasId, promiseItemId, newScore, newScale, newExpectation, voice, channel, segment,
                date, respondent, comment, importId);
    }

    public Feedback withSource(Voice newVoice, String newChannel, String newSegment, LocalDate newDate,
                               String newRespondent) {
        return new Feedback(id, canvasId, promiseItemId, score, scale, expectation, newVoice, newChannel, newSegment,
                newDate, newRespondent, comment, importId);
    }

    public Feedback withComment(String newComment) {
        return new Feedback(id, canvasId, promiseItemId, score, scale, expectation, voice, channel, segment, date,
                respondent, newComment, importId);
    }

    public Feedback withPromise(long newCanvasId, long newPromiseItemId) {
        return new Feedback(id, newCanvasId, newPromiseItemId, score, scale, expectation, voice, channel, segment,
                date, respondent, comment, importId);
    }

    /** A score as people write it: 4 rather than 4.0. */
    public static String format(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }
}
