package org.valuebench.domain.workshop;

import java.util.ArrayList;
import java.util.List;
import org.valuebench.domain.InvalidInputException;
import org.valuebench.domain.Limits;

/**
 * A canvas's saved workshop setup to reuse: the agenda (as plan steps, numbered from 0) and the vote's options.
 */
public record WorkshopPlan(List<AgendaStep> steps, int dotsPerParticipant, boolean oneDotPerCard,
                           boolean anonymousVote) {

    public WorkshopPlan {
        if (steps.isEmpty() || steps.size() > Limits.MAX_STEPS) {
            throw new InvalidInputException("A plan has between 1 and " + Limits.MAX_STEPS + " steps, not "
                    + steps.size());
        }
        List<AgendaStep> numbered = new ArrayList<>(steps.size());
        for (AgendaStep step : steps) {
            numbered.add(step.asPlan().withPosition(numbered.size()));
        }
        steps = List.copyOf(numbered);
        if (dotsPerParticipant < 1 || dotsPerParticipant > Limits.MAX_DOTS) {
            throw new InvalidInputException("Dots per participant must be between 1 and " + Limits.MAX_DOTS);
        }
    }

    /** The default agenda with three named dots each. */
    public static WorkshopPlan standard() {
        return new WorkshopPlan(DefaultAgenda.steps(), VoteSettings.DEFAULT_DOTS, false, false);
    }
}
