package org.valuebench.domain.workshop;

/**
 * Which step a card came from and who contributed it: participant 0 means nobody is recorded (an anonymous
 * step, or a card the facilitator typed for the room). A hidden contribution waits for the reveal.
 */
public record Contribution(long id, long itemId, long stepId, long participantId, boolean hidden) {
    public static final long NOBODY = 0;

    public boolean hasAuthor() {
        return participantId != NOBODY;
    }
}
