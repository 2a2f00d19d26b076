package org.valuebench.domain.workshop;

import java.util.List;
import java.util.Objects;
import org.valuebench.domain.InvalidInputException;
import org.valuebench.domain.Limits;
import org.valuebench.domain.Section;

/**
 * One step of a workshop's agenda (or of a canvas's saved plan, where id, workshop and actual time are 0): the
 * sections the room works on, the prompt shown to it, the time box and the time it really took. A private step
 * hides its new cards until the reveal; an anonymous one stores nothing about who wrote a card.
 */
public record AgendaStep(long id, long workshopId, int position, String title, List<Section> sections, String prompt,
                         int plannedSeconds, int actualSeconds, StepKind kind, boolean privateStep, boolean anonymous,
                         boolean skipped) {

    public AgendaStep {
        title = Limits.requiredText("Step title", title, Limits.MAX_NAME);
        sections = Sections.checked("A step", sections);
        prompt = Limits.optionalText("Prompt", prompt, Limits.MAX_PROMPT);
        Objects.requireNonNull(kind, "kind");
        if (plannedSeconds < 0 || plannedSeconds > Limits.MAX_STEP_SECONDS) {
            throw new InvalidInputException("A step's time box must be between 0 and " + Limits.MAX_STEP_SECONDS / 60
                    + " minutes, not " + plannedSeconds + " seconds");
        }
        if (actualSeconds < 0) {
            throw new InvalidInputException("A step's actual time must not be negative");
        }
        if (position < 0) {
            throw new InvalidInputException("Position must not be negative");
        }
    }

    /** A new step, not stored, not private, not anonymous. */
    public static AgendaStep draft(String title, List<Section> sections, String prompt, int plannedSeconds,
                                   StepKind kind) {
        return new AgendaStep(0, 0, 0, title, sections, prompt, plannedSeconds, 0, kind, false, false, false);
    }

    public AgendaStep withId(long newId, long newWorkshopId) {
        return new AgendaStep(newId, newWorkshopId, position, title, sections, prompt, plannedSeconds, actualSeconds,
                kind, privateStep, anonymous, skipped);
    }

    public AgendaStep withPosition(int newPosition) {
        return new AgendaStep(id, workshopId, newPosition, title, sections, prompt, plannedSeconds, actualSeconds,
                kind, privateStep, anonymous, skipped);
    }

    public AgendaStep withTitle(String newTitle) {
        return new AgendaStep(id, workshopId, position, newTitle, sections, prompt, plannedSeconds, actualSeconds,
                kind, privateStep, anonymous, skipped);
    }

    public AgendaStep withPrompt(String newPrompt) {
        return new AgendaStep(id, workshopId, position, title, sections, newPrompt, plannedSeconds, actualSeconds,
                kind, privateStep, anonymous, skipped);
    }

    public AgendaStep withPlannedSeconds(int seconds) {
        return new AgendaStep(id, workshopId, position, title, sections, prompt, seconds, actualSeconds,
                kind, privateStep, anonymous, skipped);
    }

    public AgendaStep withActualSeconds(int seconds) {
        return new AgendaStep(id, workshopId, position, title, sections, prompt, plannedSeconds, seconds,
                kind, privateStep, anonymous, skipped);
    }

    public AgendaStep withPrivacy(boolean newPrivate, boolean newAnonymous) {
        return new AgendaStep(id, workshopId, position, title, sections, prompt, plannedSeconds, actualSeconds,
                kind, newPrivate, newAnonymous, skipped);
    }

    public AgendaStep withSkipped(boolean newSkipped) {
        return new AgendaStep(id, workshopId, position, title, sections, prompt, plannedSeconds, actualSeconds,
                kind, privateStep, anonymous, newSkipped);
    }

    /** The step as a saved plan keeps it: no ids, no time taken, not skipped. */
    public AgendaStep asPlan() {
        return new AgendaStep(0, 0, position, title, sections, prompt, plannedSeconds, 0, kind, privateStep,
                anonymous, false);
    }

    /** Whether a card of {@code section} belongs to this step. */
    public boolean covers(Section section) {
        return sections.contains(section);
    }
}
