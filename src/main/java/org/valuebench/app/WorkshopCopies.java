package org.valuebench.app;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.valuebench.domain.CanvasContent;
import org.valuebench.domain.Section;
import org.valuebench.domain.workshop.AgendaStep;
import org.valuebench.domain.workshop.Contribution;
import org.valuebench.domain.workshop.Decision;
import org.valuebench.domain.workshop.Dot;
import org.valuebench.domain.workshop.Participant;
import org.valuebench.domain.workshop.Vote;
import org.valuebench.domain.workshop.Workshop;
import org.valuebench.domain.workshop.WorkshopRecord;
import org.valuebench.store.Workspace;

/**
 * Stores workshops read from a canvas file onto the canvas just stored from the same file: every id is new, cards
 * point at the new items (the n-th item of a section of the file is the n-th of that section on the new canvas),
 * a named ballot names the new participant. In the caller's transaction.
 */
public final class WorkshopCopies {
    private WorkshopCopies() {
    }

    public static void insert(Workspace workspace, CanvasContent source, CanvasContent stored,
                              List<WorkshopRecord> records) {
        Map<Long, Long> items = new HashMap<>();
        for (Section section : Section.values()) {
            List<org.valuebench.domain.Item> from = source.itemsIn(section);
            List<org.valuebench.domain.Item> to = stored.itemsIn(section);
            for (int i = 0; i < from.size(); i++) {
                items.put(from.get(i).id(), to.get(i).id());
            }
        }
        for (WorkshopRecord r : records) {
            insert(workspace, stored.canvas().id(), r, items);
        }
    }

    private static void insert(Workspace ws, long canvasId, WorkshopRecord r, Map<Long, Long> items) {
        Workshop w = r.workshop();
        long workshopId = ws.workshops().insert(new Workshop(0, canvasId, w.title(), w.started(), w.ended(), w.state(),
                w.currentStep(), null, w.timerExtraSeconds())).id();
        Map<Long, Long> steps = new HashMap<>();
        for (AgendaStep s : r.steps()) {
            steps.put(s.id(), ws.workshops().insertSteps(workshopId, List.of(s.withId(0, workshopId))).get(0).id());
        }
        Map<Long, Long> people = new HashMap<>();
        for (Participant p : r.participants()) {
            people.put(p.id(), ws.workshops().insertParticipant(workshopId, Participant.draft(p.name(), p.role())).id());
        }
        for (Contribution c : r.contributions()) {
            ws.workshops().insertContribution(new Contribution(0, item(items, c.itemId()), steps.get(c.stepId()),
                    c.hasAuthor() ? people.get(c.participantId()) : Contribution.NOBODY, c.hidden()));
        }
        for (Vote v : r.votes()) {
            long voteId = ws.workshopVotes().insertVote(new Vote(0, workshopId, steps.get(v.stepId()), v.settings(),
                    v.open())).id();
            for (Dot d : r.dotsOf(v.id())) {
                long participant = d.participantId() == 0 ? 0 : people.get(d.participantId());
                String ballot = participant == 0 ? d.ballot() : "participant-" + participant;
                ws.workshopVotes().insertDot(new Dot(0, voteId, item(items, d.itemId()), ballot, participant,
                        d.count()));
            }
            for (Decision d : r.decisionsOf(v.id())) {
                ws.workshopVotes().insertDecision(new Decision(0, workshopId, voteId, item(items, d.itemId()), d.kind(),
                        d.value()));
            }
        }
    }

    private static long item(Map<Long, Long> items, long local) {
        Long id = items.get(local);
        if (id == null) {
            throw new AppException("A workshop in the file points to a card that is not on the canvas");
        }
        return id;
    }
}
