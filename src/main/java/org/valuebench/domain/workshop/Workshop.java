package org.valuebench.domain.workshop;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.valuebench.domain.InvalidInputException;
import org.valuebench.domain.Limits;

/**
 * A workshop held on a canvas: when it started and ended, the step it is at, and the timer of that step (the
 * extra minutes added or taken, and since when it runs; null when paused). The time already spent on a step is
 * the step's actual time.
 */
public record Workshop(long id, long canvasId, String title, Instant started, Instant ended, WorkshopState state,
                       int currentStep, Instant timerRunningSince, int timerExtraSeconds) {

    public Workshop {
        title = Limits.requiredText("Workshop title", title, Limits.MAX_NAME);
        Objects.requireNonNull(started, "started");
        Objects.requireNonNull(state, "state");
        if (currentStep < 0) {
            throw new InvalidInputException("The current step must not be negative");
        }
    }

    public static Workshop draft(long canvasId, String title, Instant started) {
        return new Workshop(0, canvasId, title, started, null, WorkshopState.RUNNING, 0, null, 0);
    }

    public boolean isRunning() {
        return state == WorkshopState.RUNNING;
    }

    public Optional<Instant> endedAt() {
        return Optional.ofNullable(ended);
    }

    public Workshop withId(long newId) {
        return new Workshop(newId, canvasId, title, started, ended, state, currentStep, timerRunningSince,
                timerExtraSeconds);
    }

    public Workshop withTitle(String newTitle) {
        return new Workshop(id, canvasId, newTitle, started, ended, state, currentStep, timerRunningSince,
                timerExtraSeconds);
    }

    /** At another step, its timer paused and at the plan. */
    public Workshop atStep(int step) {
        return new Workshop(id, canvasId, title, started, ended, state, step, null, 0);
    }

    /** The timer of the current step, given that step. */
    public StepTimer timer(AgendaStep step) {
        return new StepTimer(step.plannedSeconds(), step.actualSeconds(), timerExtraSeconds, timerRunningSince);
    }

    /** The workshop with the timer's running state; the elapsed time goes to the step. */
    public Workshop withTimer(StepTimer timer) {
        return new Workshop(id, canvasId, title, started, ended, state, currentStep, timer.runningSince(),
                timer.extraSeconds());
    }

    public Workshop finished(Instant when) {
        return new Workshop(id, canvasId, title, started, when, WorkshopState.FINISHED, currentStep, null,
                timerExtraSeconds);
    }
}
