package org.valuebench.domain;

/**
 * How well one offer does on one factor, 1 to 5, or {@link #UNKNOWN}, with the evidence for it. The offer is a
 * competitor or substitute item on the canvas, or {@link Offer#OURS} (0) for the canvas's own offering.
 */
public record Rating(long factorId, long offerId, int score, String note) {
    public static final int UNKNOWN = 0;

    public Rating {
        if (score != UNKNOWN) {
            Limits.level("Rating", score);
        }
        note = Limits.optionalText("Rating note", note, Limits.MAX_NOTES);
    }

    public boolean isKnown() {
        return score != UNKNOWN;
    }

    /** A blank cell: no score and no note, so there is nothing to store. */
    public boolean isBlank() {
        return !isKnown() && note.isEmpty();
    }

    public Rating withIds(long newFactorId, long newOfferId) {
        return new Rating(newFactorId, newOfferId, score, note);
    }
}
