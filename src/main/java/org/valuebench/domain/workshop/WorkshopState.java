package org.valuebench.domain.workshop;

import org.valuebench.domain.InvalidInputException;
import org.valuebench.domain.MessageText;

/** A workshop runs until the facilitator finishes it; a running one is offered for resuming. */
public enum WorkshopState {
    RUNNING, FINISHED;

    public static WorkshopState parse(String name) {
        for (WorkshopState s : values()) {
            if (s.name().equalsIgnoreCase(name.strip())) {
                return s;
            }
        }
        throw new InvalidInputException("Unknown workshop state " + MessageText.quote(name));
    }
}
