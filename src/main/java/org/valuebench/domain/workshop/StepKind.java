package org.valuebench.domain.workshop;

import org.valuebench.domain.InvalidInputException;
import org.valuebench.domain.MessageText;

/** What the room does in a step: write cards, link what answers what, pick promises, or vote with dots. */
public enum StepKind {
    BRAINSTORM, FIT, PROMISES, VOTE;

    public static StepKind parse(String name) {
        for (StepKind k : values()) {
            if (k.name().equalsIgnoreCase(name.strip())) {
                return k;
            }
        }
        throw new InvalidInputException("Unknown step kind " + MessageText.quote(name));
    }
}
