package org.valuebench.domain.workshop;

import org.valuebench.domain.InvalidInputException;

/**
 * Dots on one card from one ballot. A named vote's ballot names its participant; an anonymous vote's ballot is a
 * key unrelated to anybody (participant 0), and a paper tally typed in is the ballot {@link #PAPER} with a count.
 */
public record Dot(long id, long voteId, long itemId, String ballot, long participantId, int count) {
    public static final String PAPER = "paper";

    public Dot {
        if (ballot == null || ballot.isBlank()) {
            throw new InvalidInputException("A dot needs a ballot");
        }
        if (count < 1) {
            throw new InvalidInputException("A dot counts at least 1, not " + count);
        }
    }

    /** One dot from a ballot, not stored. */
    public static Dot cast(long voteId, long itemId, String ballot, long participantId) {
        return new Dot(0, voteId, itemId, ballot, participantId, 1);
    }

    public Dot onItem(long newItemId) {
        return new Dot(id, voteId, newItemId, ballot, participantId, count);
    }
}
