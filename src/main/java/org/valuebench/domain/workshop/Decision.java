package org.valuebench.domain.workshop;

/**
 * What the team decided from a vote and applied to a card: its importance ({@link Kind#IMPORTANCE}, value 1-5) or
 * making it a promise ({@link Kind#PROMISE}, value the target level).
 */
public record Decision(long id, long workshopId, long voteId, long itemId, Kind kind, int value) {

    public enum Kind {
        IMPORTANCE, PROMISE
    }
}
