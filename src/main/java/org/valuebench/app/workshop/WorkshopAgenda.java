package org.valuebench.app.workshop;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.valuebench.app.AppException;
import org.valuebench.domain.CanvasContent;
import org.valuebench.domain.FitLink;
import org.valuebench.domain.Item;
import org.valuebench.domain.Limits;
import org.valuebench.domain.workshop.Contribution;
import org.valuebench.domain.workshop.AgendaStep;
import org.valuebench.domain.workshop.Participant;
import org.valuebench.domain.workshop.Workshop;
import org.valuebench.domain.workshop.WorkshopRecord;
import org.valuebench.store.Workspace;

/**
 * Editing a running workshop's agenda and participants: add, remove, reorder, rename, re-time and skip steps; add,
 * rename and remove participants (with or without their cards). The step shown stays the same step when others move around it.
 */
public final class WorkshopAgenda {
    private final WorkshopUseCases workshops;

    public WorkshopAgenda(WorkshopUseCases workshops) {
        this.workshops = workshops;
    }

    /** Inserts a step at {@code index} (a negative index appends). */
    public WorkshopChange addStep(long workshopId, AgendaStep draft, int index) {
        WorkshopRecord record = workshops.requireRunning(workshopId);
        if (record.steps().size() >= Limits.MAX_STEPS) {
            throw new AppException("An agenda has at most " + Limits.MAX_STEPS + " steps");
        }
        int position = index < 0 || index > record.steps().size() ? record.steps().size() : index;
        AgendaStep[] stored = {draft.withId(0, workshopId).withPosition(position)};
        Workshop before = record.workshop();
        Workshop after = position <= before.currentStep() && !record.steps().isEmpty()
                ? shifted(before, before.currentStep() + 1) : before;
        return run("Add step", record, w -> {
            stored[0] = w.workshops().insertStep(stored[0]);
            w.workshops().update(after);
        }, w -> {
            w.workshops().deleteStep(stored[0]);
            w.workshops().update(before);
        });
    }

    /** Removes a step that has no cards and no votes yet; one that has is skipped instead. */
    public WorkshopChange removeStep(long stepId) {
        WorkshopRecord record = recordOf(stepId);
        AgendaStep step = record.step(stepId).orElseThrow();
        boolean used = !record.contributionsOf(stepId).isEmpty()
                || record.votes().stream().anyMatch(v -> v.stepId() == stepId);
        if (used) {
            throw new AppException("The step " + step.title() + " has cards or a vote; skip it instead of removing it");
        }
        if (record.steps().size() == 1) {
            throw new AppException("An agenda keeps at least one step");
        }
        Workshop before = record.workshop();
        int current = before.currentStep();
        Workshop after = step.position() < current || current == record.steps().size() - 1
                ? shifted(before, Math.max(0, current - 1)) : before;
        return run("Remove step", record, w -> {
            w.workshops().deleteStep(step);
            w.workshops().update(after);
        }, w -> {
            w.workshops().insertStep(step);
            w.workshops().update(before);
        });
    }

    public WorkshopChange moveStep(long stepId, int index) {
        WorkshopRecord record = recordOf(stepId);
        AgendaStep step = record.step(stepId).orElseThrow();
        int target = Math.max(0, Math.min(index, record.steps().size() - 1));
        if (target == step.position()) {
            return workshops.changed(record.workshop().id());
        }
        Workshop before = record.workshop();
        long shownId = record.currentStep().map(AgendaStep::id).orElse(0L);
        int shownAfter = positionAfterMove(record, step, target, shownId);
        Workshop after = shifted(before, shownAfter);
        AgendaStep moved = step.withPosition(target);
        return run("Reorder step", record, w -> {
            w.workshops().moveStep(step, target);
            w.workshops().update(after);
        }, w -> {
            w.workshops().moveStep(moved, step.position());
            w.workshops().update(before);
        });
    }

    private static int positionAfterMove(WorkshopRecord record, AgendaStep step, int target, long shownId) {
        List<Long> ids = new ArrayList<>(record.steps().stream().map(AgendaStep::id).toList());
        ids.remove(step.id());
        ids.add(target, step.id());
        return Math.max(0, ids.indexOf(shownId));
    }

    public WorkshopChange renameStep(long stepId, String title) {
        AgendaStep step = stepOf(stepId);
        return editStep(WorkshopUseCases.valid(() -> step.withTitle(title)), "Rename step");
    }

    public WorkshopChange changePrompt(long stepId, String prompt) {
        AgendaStep step = stepOf(stepId);
        return editStep(WorkshopUseCases.valid(() -> step.withPrompt(prompt)), "Change prompt");
    }

    public WorkshopChange retimeStep(long stepId, int plannedSeconds) {
        AgendaStep step = stepOf(stepId);
        return editStep(WorkshopUseCases.valid(() -> step.withPlannedSeconds(plannedSeconds)), "Change time box");
    }

    public WorkshopChange skipStep(long stepId, boolean skipped) {
        return editStep(stepOf(stepId).withSkipped(skipped), skipped ? "Skip step" : "Take step back in");
    }

    /** Whether new cards of the step are hidden until the reveal, and whether their authors are kept. */
    public WorkshopChange setPrivacy(long stepId, boolean privateStep, boolean anonymous) {
        return editStep(stepOf(stepId).withPrivacy(privateStep, anonymous), "Change step privacy");
    }

    private WorkshopChange editStep(AgendaStep after, String label) {
        WorkshopRecord record = recordOf(after.id());
        AgendaStep before = record.step(after.id()).orElseThrow();
        if (before.equals(after)) {
            return workshops.changed(record.workshop().id());
        }
        return run(label, record, w -> w.workshops().updateStep(after), w -> w.workshops().updateStep(before));
    }

    public WorkshopChange addParticipant(long workshopId, String name, String role) {
        WorkshopRecord record = workshops.requireRunning(workshopId);
        if (record.participants().size() >= Limits.MAX_PARTICIPANTS) {
            throw new AppException("A workshop has at most " + Limits.MAX_PARTICIPANTS + " participants");
        }
        Participant[] stored = {WorkshopUseCases.valid(() -> Participant.draft(name, role))};
        return run("Add participant", record,
                w -> stored[0] = w.workshops().insertParticipant(workshopId, stored[0]),
                w -> w.workshops().deleteParticipant(stored[0].id()));
    }

    /** Removes a participant who has contributed nothing and cast no dot. */
    public WorkshopChange removeParticipant(long workshopId, long participantId) {
        WorkshopRecord record = workshops.requireRunning(workshopId);
        Participant p = record.participant(participantId)
                .orElseThrow(() -> new AppException("There is no participant " + participantId + " in this workshop"));
        if (record.contributions().stream().anyMatch(c -> c.participantId() == participantId)
                || record.dots().stream().anyMatch(d -> d.participantId() == participantId)) {
            throw new AppException(p.name() + " has cards or dots in this workshop and stays on the list");
        }
        return run("Remove participant", record, w -> w.workshops().deleteParticipant(participantId),
                w -> w.workshops().insertParticipant(workshopId, p));
    }

    /** A new name for a participant; names stay distinct within the workshop (ignoring case). */
    public WorkshopChange renameParticipant(long workshopId, long participantId, String name) {
        WorkshopRecord record = workshops.requireRunning(workshopId);
        Participant before = participantOf(record, participantId);
        Participant after = WorkshopUseCases.valid(() -> new Participant(before.id(), before.workshopId(),
                before.position(), name, before.role()));
        record.participants().stream()
                .filter(p -> p.id() != participantId && p.name().equalsIgnoreCase(after.name())).findFirst()
                .ifPresent(p -> {
                    throw new AppException("There is already a participant named " + p.name() + " in this workshop");
                });
        if (after.equals(before)) {
            return workshops.changed(workshopId);
        }
        return run("Rename participant", record, w -> w.workshops().updateParticipant(after),
                w -> w.workshops().updateParticipant(before));
    }

    /**
     * Removes a participant who may have cards and dots: {@code withCards} deletes the cards only they gave in this
     * workshop; without, the cards stay as written and count as from nobody recorded. Their dots go either way.
     */
    public WorkshopChange removeParticipant(long workshopId, long participantId, boolean withCards) {
        WorkshopRecord record = workshops.requireRunning(workshopId);
        Participant p = participantOf(record, participantId);
        List<Item> cards = new ArrayList<>();
        List<List<FitLink>> links = new ArrayList<>();
        if (withCards) {
            CanvasContent canvas = workshops.workbench().canvas(record.workshop().canvasId());
            for (Item item : canvas.items()) {
                List<Contribution> given = record.contributions().stream().filter(c -> c.itemId() == item.id())
                        .toList();
                if (!given.isEmpty() && given.stream().allMatch(c -> c.participantId() == participantId)) {
                    cards.add(item);
                    links.add(canvas.links().stream()
                            .filter(l -> l.offeringItemId() == item.id() || l.customerItemId() == item.id()).toList());
                }
            }
        }
        ParticipantRemoval removal = new ParticipantRemoval(workshopId, p, cards, links, withCards);
        Clock touching = withCards && !cards.isEmpty() ? workshops.workbench().clock() : null;
        workshops.workbench().execute(new WorkshopCommand(withCards ? "Remove participant and their cards"
                : "Remove participant", record.workshop().canvasId(), touching, removal::apply, removal::restore), 0);
        return workshops.changed(workshopId);
    }

    private static Participant participantOf(WorkshopRecord record, long participantId) {
        return record.participant(participantId)
                .orElseThrow(() -> new AppException("There is no participant " + participantId + " in this workshop"));
    }

    private WorkshopChange run(String label, WorkshopRecord record, Consumer<Workspace> edit,
                               Consumer<Workspace> restore) {
        workshops.workbench().execute(new WorkshopCommand(label, record.workshop().canvasId(), null, edit, restore), 0);
        return workshops.changed(record.workshop().id());
    }

    private static Workshop shifted(Workshop w, int step) {
        return new Workshop(w.id(), w.canvasId(), w.title(), w.started(), w.ended(), w.state(), step,
                w.timerRunningSince(), w.timerExtraSeconds());
    }

    private AgendaStep stepOf(long stepId) {
        return recordOf(stepId).step(stepId).orElseThrow();
    }

    private WorkshopRecord recordOf(long stepId) {
        long workshopId = WorkshopUseCases.read(() -> workshops.workbench().workspace().workshops().workshopOfStep(stepId))
                .orElseThrow(() -> new AppException("There is no agenda step " + stepId));
        return workshops.requireRunning(workshopId);
    }
}
