package org.valuebench.ui.workshop;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.valuebench.app.workshop.WorkshopActions;
import org.valuebench.app.workshop.WorkshopChange;
import org.valuebench.domain.MessageText;
import org.valuebench.domain.workshop.Participant;
import org.valuebench.domain.workshop.Workshop;
import org.valuebench.domain.workshop.WorkshopPlan;
import org.valuebench.domain.workshop.WorkshopRecord;
import org.valuebench.ui.workbench.WorkbenchViewModel;

/** How a workshop begins in the console: the start dialog, or resuming one left running when the app stopped. */
final class WorkshopStarts {
    private final WorkshopViewModel console;
    private final WorkbenchViewModel workbench;
    private final WorkshopDialogs questions;
    /** Database thread only. */
    private final WorkshopActions tools;
    private final Set<Long> declined;

    WorkshopStarts(WorkshopViewModel console, WorkbenchViewModel workbench, WorkshopDialogs questions,
                   WorkshopActions tools, Set<Long> declined) {
        this.console = console;
        this.workbench = workbench;
        this.questions = questions;
        this.tools = tools;
        this.declined = declined;
    }

    /**
     * Steps skipped in the dialog start skipped (one more undo step each: the plan itself keeps no skips). A canvas
     * whose workshop is still running (not resumed at opening) gets the offer to resume it instead of a new one.
     */
    void openStart() {
        long canvasId = workbench.canvasId();
        if (canvasId == 0) {
            return;
        }
        workbench.onDatabase(s -> {
            WorkshopActions t = tools.on(s.current());
            Optional<WorkshopRecord> running = t.workshops().running().stream().filter(w -> w.canvasId() == canvasId)
                    .findFirst().map(w -> t.workshops().record(w.id()));
            return running.isPresent() ? running.get()
                    : new StartWorkshopForm(t.workshops().planFor(canvasId), t.workshops().lastParticipants(canvasId));
        }, found -> {
            if (found instanceof WorkshopRecord stillRunning) {
                offer(stillRunning);
            } else if (found instanceof StartWorkshopForm form && questions.askStart(form)) {
                start(canvasId, form);
            }
        }, e -> workbench.reportFailure(WorkshopViewModel.TITLE, e));
    }

    private void start(long canvasId, StartWorkshopForm form) {
        String title = form.titleProperty().get();
        WorkshopPlan plan = form.plan();
        List<Participant> people = form.participantList();
        List<Integer> skipped = form.skippedPositions();
        boolean save = form.savePlanProperty().get();
        console.act(t -> {
            WorkshopChange change = t.workshops().start(canvasId, title, plan, people, save);
            for (int position : skipped) {
                change = t.agenda().skipStep(change.workshop().steps().get(position).id(), true);
            }
            return change;
        });
    }

    /** Asks about the first running workshop not declined before; resuming shows its canvas, timer paused. */
    void offerResume() {
        Set<Long> notAgain = Set.copyOf(declined);
        workbench.onDatabase(s -> {
            WorkshopActions t = tools.on(s.current());
            return t.workshops().running().stream().filter(w -> !notAgain.contains(w.id())).findFirst()
                    .map(w -> t.workshops().record(w.id())).orElse(null);
        }, found -> {
            if (found != null) {
                offer(found);
            }
        }, e -> workbench.reportFailure(WorkshopViewModel.TITLE, e));
    }

    private void offer(WorkshopRecord found) {
        Workshop w = found.workshop();
        String step = found.currentStep().map(st -> " at step " + (w.currentStep() + 1) + " of "
                + found.steps().size() + ", " + st.title()).orElse("");
        if (workbench.dialogs().confirm("Resume workshop", "The workshop " + MessageText.quote(w.title())
                + " was left running" + step + ". Resume it? Its timer stays paused until you start it.",
                "Resume workshop")) {
            declined.remove(w.id());
            workbench.showCanvas(w.canvasId());
            console.act(t -> t.workshops().resume(w.id()));
        } else {
            declined.add(w.id());
        }
    }
}
