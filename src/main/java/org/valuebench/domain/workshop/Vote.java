package org.valuebench.domain.workshop;

import java.util.Objects;

/** One dot vote of a workshop, taken in a step; open while the room votes, closed once the results show. */
public record Vote(long id, long workshopId, long stepId, VoteSettings settings, boolean open) {

    public Vote {
        Objects.requireNonNull(settings, "settings");
    }

    public Vote closed() {
        return new Vote(id, workshopId, stepId, settings, false);
    }

    public Vote reopened() {
        return new Vote(id, workshopId, stepId, settings, true);
    }
}
