package org.valuebench.domain.history;

import org.valuebench.domain.Rating;

/** One cell of the ratings grid in both snapshots (each in its own snapshot's ids), whose score or note differ. */
public record RatingChange(Rating before, Rating after) {

    public boolean scoreChanged() {
        return before.score() != after.score();
    }
}
