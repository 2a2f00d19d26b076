package org.valuebench.app.workshop;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.valuebench.app.AppException;
import org.valuebench.app.Change;
import org.valuebench.app.Workbench;
import org.valuebench.app.history.HistoryUseCases;
import org.valuebench.domain.InvalidInputException;
import org.valuebench.domain.Limits;
import org.valuebench.domain.history.VersionCause;
import org.valuebench.domain.workshop.AgendaStep;
import org.valuebench.domain.workshop.Participant;
import org.valuebench.domain.workshop.StepTimer;
import org.valuebench.domain.workshop.Workshop;
import org.valuebench.domain.workshop.WorkshopPlan;
import org.valuebench.domain.workshop.WorkshopRecord;
import org.valuebench.store.StoreException;
import org.valuebench.store.Workspace;

/**
 * The workshop as the facilitator runs it: start, the agenda, moving between steps, the timer, participants and
 * finishing. Cards are in {@link WorkshopCards}, votes in {@link WorkshopVoting}. Confined to the database thread
 * like the workbench; every action is one undoable command, committed before the method returns.
 */
public final class WorkshopUseCases {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);
    private final Workbench workbench;

    public WorkshopUseCases(Workbench workbench) {
        this.workbench = workbench;
    }

    // ---- reading

    /** A canvas's workshops, oldest first: workshop N on the command line is the N-th of this list. */
    public List<Workshop> workshops(long canvasId) {
        workbench.canvas(canvasId);
        return read(() -> ws().workshops().byCanvas(canvasId));
    }

    public WorkshopRecord record(long workshopId) {
        return read(() -> ws().workshops().record(workshopId))
                .orElseThrow(() -> new AppException("There is no workshop with id " + workshopId));
    }

    /** Workshop {@code number} (1 = the first) of the canvas, or its last one for 0. */
    public WorkshopRecord numbered(long canvasId, int number) {
        List<Workshop> all = workshops(canvasId);
        if (all.isEmpty()) {
            throw new AppException("The canvas has no workshops yet");
        }
        if (number < 0 || number > all.size()) {
            throw new AppException("The canvas has " + all.size() + " workshop" + (all.size() == 1 ? "" : "s")
                    + "; there is no workshop " + number);
        }
        return record(all.get(number == 0 ? all.size() - 1 : number - 1).id());
    }

    /** Workshops left running (the app was closed or killed mid-workshop): what opening offers to resume. */
    public List<Workshop> running() {
        return read(() -> ws().workshops().running());
    }

    /** The canvas's saved plan, or the default agenda with three named dots. */
    public WorkshopPlan planFor(long canvasId) {
        return read(() -> ws().workshops().plan(canvasId)).orElseGet(WorkshopPlan::standard);
    }

    public boolean hasSavedPlan(long canvasId) {
        return read(() -> ws().workshops().plan(canvasId)).isPresent();
    }

    /** The participants of the canvas's last workshop, to reuse. */
    public List<Participant> lastParticipants(long canvasId) {
        return read(() -> ws().workshops().lastParticipants(canvasId));
    }

    /** The workshop and its canvas as committed, changing nothing (what joining starts from). */
    public WorkshopChange current(long workshopId) {
        return changed(workshopId);
    }

    /** The current step's timer as of now on the workbench's clock. */
    public StepTimer timer(WorkshopRecord record) {
        return record.currentStep().map(record.workshop()::timer).orElse(StepTimer.paused(0, 0));
    }

    public Instant now() {
        return workbench.clock().instant();
    }

    // ---- start, resume, finish

    /**
     * Starts a workshop on the canvas with the plan's agenda and the participants; {@code savePlan} also keeps the
     * plan as the canvas's plan to reuse. One running workshop per canvas at a time.
     */
    public WorkshopChange start(long canvasId, String title, WorkshopPlan plan, List<Participant> participants,
                                boolean savePlan) {
        workbench.canvas(canvasId);
        if (participants.size() > Limits.MAX_PARTICIPANTS) {
            throw new AppException("A workshop has at most " + Limits.MAX_PARTICIPANTS + " participants");
        }
        read(() -> ws().workshops().byCanvas(canvasId)).stream().filter(Workshop::isRunning).findFirst()
                .ifPresent(w -> {
                    throw new AppException("The workshop " + w.title() + " is still running on this canvas; finish it"
                            + " first");
                });
        Instant now = now();
        String name = title == null || title.isBlank() ? "Workshop " + DAY.format(now) : title;
        Workshop draft = valid(() -> Workshop.draft(canvasId, name, now));
        Optional<WorkshopPlan> savedBefore = read(() -> ws().workshops().plan(canvasId));
        Stored stored = new Stored();
        WorkshopCommand command = new WorkshopCommand("Start workshop", canvasId, null, w -> {
            if (stored.workshop == null) {
                stored.workshop = w.workshops().insert(draft);
                stored.steps = w.workshops().insertSteps(stored.workshop.id(), plan.steps());
                for (Participant p : participants) {
                    stored.participants.add(w.workshops().insertParticipant(stored.workshop.id(), p));
                }
            } else {
                w.workshops().insert(stored.workshop);
                stored.steps.forEach(w.workshops()::insertStep);
                stored.participants.forEach(p -> w.workshops().insertParticipant(p.workshopId(), p));
            }
            if (savePlan) {
                w.workshops().savePlan(canvasId, plan);
            }
        }, w -> {
            w.workshops().delete(stored.workshop.id());
            if (savePlan) {
                w.workshops().savePlan(canvasId, savedBefore.orElse(null));
            }
        });
        workbench.execute(new HistoryUseCases(workbench).keepingVersion(canvasId, VersionCause.WORKSHOP_STARTED,
                command), 0);
        return changed(stored.workshop.id());
    }

    private static final class Stored {
        private Workshop workshop;
        private List<AgendaStep> steps;
        private final List<Participant> participants = new ArrayList<>();
    }

    /** Saves the plan as the canvas's workshop plan, replacing one saved before; needs no workshop. */
    public Change savePlan(long canvasId, WorkshopPlan plan) {
        workbench.canvas(canvasId);
        Optional<WorkshopPlan> before = read(() -> ws().workshops().plan(canvasId));
        workbench.execute(new WorkshopCommand("Save workshop plan", canvasId, null,
                w -> w.workshops().savePlan(canvasId, plan), w -> w.workshops().savePlan(canvasId, before.orElse(null))),
                0);
        return workbench.show(canvasId);
    }

    /**
     * Resumes a workshop found running when the workspace was opened again: its timer is paused at the time last
     * committed (the minutes between the last action and the crash are not counted), nothing else changes.
     */
    public WorkshopChange resume(long workshopId) {
        WorkshopRecord record = record(workshopId);
        Workshop w = record.workshop();
        if (w.timerRunningSince() == null) {
            return new WorkshopChange(workbench.show(w.canvasId()), record);
        }
        Workshop paused = w.withTimer(new StepTimer(0, 0, w.timerExtraSeconds(), null));
        return act("Resume workshop", record, paused, null);
    }

    /** Ends the workshop: the timer stops and its time goes to the step; then a version keeps how it ended. */
    public WorkshopChange finish(long workshopId) {
        WorkshopRecord record = requireRunning(workshopId);
        Optional<AgendaStep> step = record.currentStep();
        Instant now = now();
        AgendaStep timed = step.map(s -> s.withActualSeconds(record.workshop().timer(s).elapsedSeconds(now)))
                .orElse(null);
        WorkshopChange finished = act("Finish workshop", record, record.workshop().finished(now), timed);
        new HistoryUseCases(workbench).takeAutomatic(record.workshop().canvasId(), VersionCause.WORKSHOP_FINISHED);
        return finished;
    }

    // ---- steps and timer

    public WorkshopChange nextStep(long workshopId) {
        return goTo(workshopId, +1);
    }

    public WorkshopChange previousStep(long workshopId) {
        return goTo(workshopId, -1);
    }

    /** Moves to the next step not skipped in {@code direction}; the timer of the step left pauses and keeps its time. */
    private WorkshopChange goTo(long workshopId, int direction) {
        WorkshopRecord record = requireRunning(workshopId);
        List<AgendaStep> steps = record.steps();
        int at = record.workshop().currentStep();
        int target = at + direction;
        while (target >= 0 && target < steps.size() && steps.get(target).skipped()) {
            target += direction;
        }
        if (target < 0 || target >= steps.size()) {
            throw new AppException(direction > 0 ? "This is the last step of the agenda" : "This is the first step");
        }
        AgendaStep left = paused(record);
        return act(direction > 0 ? "Next step" : "Previous step", record, record.workshop().atStep(target), left);
    }

    public WorkshopChange startTimer(long workshopId) {
        WorkshopRecord record = requireRunning(workshopId);
        return act("Start timer", record, record.workshop().withTimer(timer(record).started(now())), null);
    }

    public WorkshopChange pauseTimer(long workshopId) {
        WorkshopRecord record = requireRunning(workshopId);
        AgendaStep step = paused(record);
        // The running time goes to the step; the workshop row keeps only the extra minutes, no running start.
        StepTimer stopped = new StepTimer(step.plannedSeconds(), step.actualSeconds(),
                record.workshop().timerExtraSeconds(), null);
        return act("Pause timer", record, record.workshop().withTimer(stopped), step);
    }

    public WorkshopChange addMinute(long workshopId) {
        WorkshopRecord record = requireRunning(workshopId);
        return act("Add a minute", record, record.workshop().withTimer(timer(record).plusMinute()), null);
    }

    public WorkshopChange takeMinute(long workshopId) {
        WorkshopRecord record = requireRunning(workshopId);
        return act("Take a minute", record, record.workshop().withTimer(timer(record).minusMinute()), null);
    }

    /** Back to the step's full time box, paused; the time spent on the step so far is dropped. */
    public WorkshopChange resetTimer(long workshopId) {
        WorkshopRecord record = requireRunning(workshopId);
        AgendaStep step = record.currentStep().orElseThrow().withActualSeconds(0);
        return act("Reset timer", record, record.workshop().withTimer(timer(record).reset()), step);
    }

    /** The current step with the time of its running timer added to its actual time (what pausing stores). */
    private AgendaStep paused(WorkshopRecord record) {
        AgendaStep step = record.currentStep().orElseThrow();
        return step.withActualSeconds(record.workshop().timer(step).elapsedSeconds(now()));
    }

    /** Stores the workshop row and, if given, one changed step; undo puts both back. */
    private WorkshopChange act(String label, WorkshopRecord record, Workshop after, AgendaStep stepAfter) {
        Workshop before = record.workshop();
        AgendaStep stepBefore = stepAfter == null ? null : record.step(stepAfter.id()).orElseThrow();
        workbench.execute(new WorkshopCommand(label, before.canvasId(), null, w -> {
            w.workshops().update(after);
            if (stepAfter != null) {
                w.workshops().updateStep(stepAfter);
            }
        }, w -> {
            w.workshops().update(before);
            if (stepBefore != null) {
                w.workshops().updateStep(stepBefore);
            }
        }), 0);
        return changed(before.id());
    }

    // ---- helpers for the package

    WorkshopRecord requireRunning(long workshopId) {
        WorkshopRecord record = record(workshopId);
        if (!record.workshop().isRunning()) {
            throw new AppException("The workshop " + record.workshop().title() + " has finished");
        }
        return record;
    }

    WorkshopChange changed(long workshopId) {
        WorkshopRecord record = record(workshopId);
        return new WorkshopChange(workbench.show(record.workshop().canvasId()), record);
    }

    Workbench workbench() {
        return workbench;
    }

    private Workspace ws() {
        return workbench.workspace();
    }

    static <T> T read(Supplier<T> query) {
        try {
            return query.get();
        } catch (StoreException e) {
            throw new AppException(e.getMessage(), e);
        }
    }

    static <T> T valid(Supplier<T> make) {
        try {
            return make.get();
        } catch (InvalidInputException e) {
            throw new AppException(e.getMessage(), e);
        }
    }
}
