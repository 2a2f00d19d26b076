package org.valuebench.ui.workshop;

import java.util.List;
import java.util.Set;
import org.valuebench.app.workshop.WorkshopChange;
import org.valuebench.domain.MessageText;
import org.valuebench.domain.workshop.Participant;
import org.valuebench.domain.workshop.Workshop;
import org.valuebench.domain.workshop.WorkshopPlan;
import org.valuebench.ui.workbench.WorkbenchViewModel;

/** How a workshop begins in the console: the start dialog, or resuming one left running when the app stopped. */
final class WorkshopStarts {
    private final WorkshopViewModel console;
    private final WorkbenchViewModel workbench;
    private final WorkshopDialogs questions;
    /** Database thread only. */
    private final WorkshopTools tools;
    private final Set<Long> declined;

    WorkshopStarts(WorkshopViewModel console, WorkbenchViewModel workbench, WorkshopDialogs questions,
                   WorkshopTools tools, Set<Long> declined) {
        this.console = console;
        this.workbench = workbench;
        this.questions = questions;
        this.tools = tools;
        this.declined = declined;
    }

    /** Steps skipped in the dialog start skipped (one more undo step each: the plan itself keeps no skips). */
    void openStart() {
        long canvasId = workbench.canvasId();
        if (canvasId == 0) {
            return;
        }
        workbench.onDatabase(s -> {
            WorkshopTools t = tools.on(s.current());
            return new StartWorkshopForm(t.workshops().planFor(canvasId), t.workshops().lastParticipants(canvasId));
        }, form -> {
            if (questions.askStart(form)) {
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
        }, e -> workbench.reportFailure(WorkshopViewModel.TITLE, e));
    }

    /** Asks about the first running workshop not declined before; resuming shows its canvas, timer paused. */
    void offerResume() {
        workbench.onDatabase(s -> {
            WorkshopTools t = tools.on(s.current());
            return t.workshops().running().stream().filter(w -> !declined.contains(w.id())).findFirst()
                    .map(w -> t.workshops().record(w.id())).orElse(null);
        }, found -> {
            if (found == null) {
                return;
            }
            Workshop w = found.workshop();
            String step = found.currentStep().map(st -> " at step " + (w.currentStep() + 1) + " of "
                    + found.steps().size() + ", " + st.title()).orElse("");
            if (workbench.dialogs().confirm("Resume workshop", "The workshop " + MessageText.quote(w.title())
                    + " was left running" + step + ". Resume it? Its timer stays paused until you start it.",
                    "Resume workshop")) {
                workbench.showCanvas(w.canvasId());
                console.act(t -> t.workshops().resume(w.id()));
            } else {
                declined.add(w.id());
            }
        }, e -> workbench.reportFailure(WorkshopViewModel.TITLE, e));
    }
}
