package org.valuebench.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.valuebench.domain.workshop.AgendaStep;
import org.valuebench.domain.workshop.Contribution;
import org.valuebench.domain.workshop.Participant;
import org.valuebench.domain.workshop.Sections;
import org.valuebench.domain.workshop.StepKind;
import org.valuebench.domain.workshop.Workshop;
import org.valuebench.domain.workshop.WorkshopPlan;
import org.valuebench.domain.workshop.WorkshopRecord;
import org.valuebench.domain.workshop.WorkshopState;

/**
 * Workshops on canvases: the workshop row with its step and timer, the agenda (positions kept dense), the
 * participants, which card came from which step and participant, and the plan saved per canvas. Ids given on
 * insert are kept, so undo restores the same rows.
 */
public final class WorkshopRepository {
    private static final String WORKSHOP = "id, canvas_id, title, started_at, ended_at, state, current_step,"
            + " timer_running_since, timer_extra_seconds";
    private static final String STEP = "id, workshop_id, position, title, sections, prompt, planned_seconds,"
            + " actual_seconds, kind, is_private, is_anonymous, is_skipped";
    private static final String PARTICIPANT = "id, workshop_id, position, name, role";
    private static final String CONTRIBUTION = "id, item_id, step_id, participant_id, is_hidden";
    private final Jdbc jdbc;
    private final WorkshopVoteRepository votes;

    WorkshopRepository(Connection connection, WorkshopVoteRepository votes) {
        this.jdbc = new Jdbc(connection);
        this.votes = votes;
    }

    /** Every workshop row of a canvas, to put back when its deletion is undone. */
    public CanvasWorkshopRows rowsOfCanvas(long canvasId) {
        return CanvasWorkshopRows.read(jdbc, canvasId);
    }

    public void restore(CanvasWorkshopRows rows) {
        rows.restore(jdbc);
    }

    /** The rows of the canvas's workshops alone, to put back after {@link #deleteOfCanvas} (undo of a restore). */
    public CanvasWorkshopRows workshopRowsOfCanvas(long canvasId) {
        return CanvasWorkshopRows.readWorkshops(jdbc, canvasId);
    }

    /** Deletes the canvas's workshops with everything recorded in them (not its saved plan). */
    public void deleteOfCanvas(long canvasId) {
        jdbc.update("DELETE FROM workshop WHERE canvas_id = ?", canvasId);
    }

    // ---- workshops

    public Workshop insert(Workshop w) {
        long id = jdbc.insert("INSERT INTO workshop (" + WORKSHOP + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                w.id() == 0 ? null : w.id(), w.canvasId(), w.title(), w.started().toString(), text(w.ended()),
                w.state().name(), w.currentStep(), text(w.timerRunningSince()), w.timerExtraSeconds());
        return find(id).orElseThrow();
    }

    /** Stores title, end, state, current step and timer. */
    public void update(Workshop w) {
        int rows = jdbc.update("UPDATE workshop SET title = ?, ended_at = ?, state = ?, current_step = ?,"
                + " timer_running_since = ?, timer_extra_seconds = ? WHERE id = ?", w.title(), text(w.ended()),
                w.state().name(), w.currentStep(), text(w.timerRunningSince()), w.timerExtraSeconds(), w.id());
        if (rows != 1) {
            throw new StoreException("Workshop " + w.id() + " does not exist (it may have been deleted)");
        }
    }

    /** Deletes the workshop with everything of it (the cards it produced stay on the canvas). */
    public void delete(long workshopId) {
        jdbc.update("DELETE FROM workshop WHERE id = ?", workshopId);
    }

    public Optional<Workshop> find(long workshopId) {
        return jdbc.query("SELECT " + WORKSHOP + " FROM workshop WHERE id = ?", WorkshopRepository::mapWorkshop,
                workshopId).stream().findFirst();
    }

    /** A canvas's workshops, oldest first (numbered 1, 2, … in this order). */
    public List<Workshop> byCanvas(long canvasId) {
        return jdbc.query("SELECT " + WORKSHOP + " FROM workshop WHERE canvas_id = ? ORDER BY started_at, id",
                WorkshopRepository::mapWorkshop, canvasId);
    }

    /** Workshops not finished, on any canvas: what reopening a workspace offers to resume. */
    public List<Workshop> running() {
        return jdbc.query("SELECT " + WORKSHOP + " FROM workshop WHERE state = 'RUNNING' ORDER BY started_at, id",
                WorkshopRepository::mapWorkshop);
    }

    /** The whole workshop: agenda, participants, contributions, votes, dots and decisions. */
    public Optional<WorkshopRecord> record(long workshopId) {
        return find(workshopId).map(w -> new WorkshopRecord(w, steps(workshopId), participants(workshopId),
                contributions(workshopId), votes.votes(workshopId), votes.dotsOfWorkshop(workshopId),
                votes.decisions(workshopId)));
    }

    // ---- agenda

    public List<AgendaStep> steps(long workshopId) {
        return jdbc.query("SELECT " + STEP + " FROM agenda_step WHERE workshop_id = ? ORDER BY position, id",
                WorkshopRepository::mapStep, workshopId);
    }

    /** The workshop a step belongs to. */
    public Optional<Long> workshopOfStep(long stepId) {
        return jdbc.query("SELECT workshop_id FROM agenda_step WHERE id = ?", r -> r.getLong(1), stepId).stream()
                .findFirst();
    }

    /** Appends the steps in their order; returns them as stored. */
    public List<AgendaStep> insertSteps(long workshopId, List<AgendaStep> steps) {
        List<AgendaStep> stored = new ArrayList<>();
        for (AgendaStep step : steps) {
            stored.add(insertStep(step.withId(step.id(), workshopId).withPosition(Integer.MAX_VALUE)));
        }
        return stored;
    }

    /** Inserts the step at its position (clamped to the end), shifting later steps down. */
    public AgendaStep insertStep(AgendaStep s) {
        int position = Math.min(s.position(), count(s.workshopId()));
        jdbc.update("UPDATE agenda_step SET position = position + 1 WHERE workshop_id = ? AND position >= ?",
                s.workshopId(), position);
        long id = jdbc.insert("INSERT INTO agenda_step (" + STEP + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                s.id() == 0 ? null : s.id(), s.workshopId(), position, s.title(), Sections.format(s.sections()),
                s.prompt(), s.plannedSeconds(), s.actualSeconds(), s.kind().name(), flag(s.privateStep()),
                flag(s.anonymous()), flag(s.skipped()));
        return s.withId(id, s.workshopId()).withPosition(position);
    }

    /** Stores everything of the step but its position, which changes only through {@link #moveStep}. */
    public void updateStep(AgendaStep s) {
        jdbc.update("UPDATE agenda_step SET title = ?, sections = ?, prompt = ?, planned_seconds = ?,"
                + " actual_seconds = ?, kind = ?, is_private = ?, is_anonymous = ?, is_skipped = ? WHERE id = ?",
                s.title(), Sections.format(s.sections()), s.prompt(), s.plannedSeconds(), s.actualSeconds(),
                s.kind().name(), flag(s.privateStep()), flag(s.anonymous()), flag(s.skipped()), s.id());
    }

    /** Moves the step to {@code index} (clamped), closing and opening gaps. */
    public void moveStep(AgendaStep step, int index) {
        closeGap(step);
        int target = Math.max(0, Math.min(index, count(step.workshopId()) - 1));
        jdbc.update("UPDATE agenda_step SET position = position + 1 WHERE workshop_id = ? AND position >= ?"
                + " AND id <> ?", step.workshopId(), target, step.id());
        jdbc.update("UPDATE agenda_step SET position = ? WHERE id = ?", target, step.id());
    }

    public void deleteStep(AgendaStep step) {
        jdbc.update("DELETE FROM agenda_step WHERE id = ?", step.id());
        closeGap(step);
    }

    private void closeGap(AgendaStep step) {
        jdbc.update("UPDATE agenda_step SET position = position - 1 WHERE workshop_id = ? AND position > ? AND id <> ?",
                step.workshopId(), step.position(), step.id());
    }

    private int count(long workshopId) {
        return jdbc.query("SELECT count(*) FROM agenda_step WHERE workshop_id = ?", r -> r.getInt(1), workshopId).get(0);
    }

    // ---- participants

    public List<Participant> participants(long workshopId) {
        return jdbc.query("SELECT " + PARTICIPANT + " FROM workshop_participant WHERE workshop_id = ?"
                + " ORDER BY position, id", WorkshopRepository::mapParticipant, workshopId);
    }

    /** Appends a participant, or puts one back at its id and position (undo). */
    public Participant insertParticipant(long workshopId, Participant p) {
        int position = p.id() == 0 ? participants(workshopId).size() : p.position();
        long id = jdbc.insert("INSERT INTO workshop_participant (" + PARTICIPANT + ") VALUES (?, ?, ?, ?, ?)",
                p.id() == 0 ? null : p.id(), workshopId, position, p.name(), p.role());
        return p.withId(id, workshopId, position);
    }

    /** Stores the participant's name, role and position (a rename and its undo). */
    public void updateParticipant(Participant p) {
        jdbc.update("UPDATE workshop_participant SET name = ?, role = ?, position = ? WHERE id = ?", p.name(), p.role(),
                p.position(), p.id());
    }

    public void deleteParticipant(long participantId) {
        jdbc.update("DELETE FROM workshop_participant WHERE id = ?", participantId);
    }

    /** The participants of the canvas's latest workshop, as drafts to reuse. */
    public List<Participant> lastParticipants(long canvasId) {
        List<Workshop> all = byCanvas(canvasId);
        if (all.isEmpty()) {
            return List.of();
        }
        return participants(all.get(all.size() - 1).id()).stream().map(p -> Participant.draft(p.name(), p.role()))
                .toList();
    }

    // ---- contributions

    public Contribution insertContribution(Contribution c) {
        long id = jdbc.insert("INSERT INTO contribution (" + CONTRIBUTION + ") VALUES (?, ?, ?, ?, ?)",
                c.id() == 0 ? null : c.id(), c.itemId(), c.stepId(), c.hasAuthor() ? c.participantId() : null,
                flag(c.hidden()));
        return new Contribution(id, c.itemId(), c.stepId(), c.participantId(), c.hidden());
    }

    public void deleteContribution(long contributionId) {
        jdbc.update("DELETE FROM contribution WHERE id = ?", contributionId);
    }

    public List<Contribution> contributions(long workshopId) {
        return jdbc.query("SELECT c.id, c.item_id, c.step_id, c.participant_id, c.is_hidden FROM contribution c"
                + " JOIN agenda_step s ON s.id = c.step_id WHERE s.workshop_id = ? ORDER BY c.id",
                WorkshopRepository::mapContribution, workshopId);
    }

    public List<Contribution> contributionsOfItem(long itemId) {
        return jdbc.query("SELECT " + CONTRIBUTION + " FROM contribution WHERE item_id = ? ORDER BY id",
                WorkshopRepository::mapContribution, itemId);
    }

    /** Moves contributions to another card (merge, and its undo). */
    public void moveContributions(List<Contribution> contributions, long itemId) {
        jdbc.updateAll("UPDATE contribution SET item_id = ? WHERE id = ?",
                contributions.stream().map(c -> new Object[] {itemId, c.id()}).toList());
    }

    /** Shows or hides the contributions given (the reveal and its undo). */
    public void setHidden(List<Contribution> contributions, boolean hidden) {
        jdbc.updateAll("UPDATE contribution SET is_hidden = ? WHERE id = ?",
                contributions.stream().map(c -> new Object[] {flag(hidden), c.id()}).toList());
    }

    // ---- saved plan

    public Optional<WorkshopPlan> plan(long canvasId) {
        List<AgendaStep> steps = jdbc.query("SELECT 0, 0, position, title, sections, prompt, planned_seconds, 0, kind,"
                + " is_private, is_anonymous, 0 FROM workshop_plan_step WHERE canvas_id = ? ORDER BY position",
                WorkshopRepository::mapStep, canvasId);
        return jdbc.query("SELECT dots_per_participant, one_dot_per_card, anonymous_vote FROM workshop_plan"
                + " WHERE canvas_id = ?", r -> new WorkshopPlan(steps, r.getInt(1), r.getInt(2) == 1, r.getInt(3) == 1),
                canvasId).stream().findFirst();
    }

    /** Replaces the canvas's saved plan ({@code null} deletes it, for undo). */
    public void savePlan(long canvasId, WorkshopPlan plan) {
        jdbc.update("DELETE FROM workshop_plan WHERE canvas_id = ?", canvasId);
        if (plan == null) {
            return;
        }
        jdbc.update("INSERT INTO workshop_plan (canvas_id, dots_per_participant, one_dot_per_card, anonymous_vote)"
                + " VALUES (?, ?, ?, ?)", canvasId, plan.dotsPerParticipant(), flag(plan.oneDotPerCard()),
                flag(plan.anonymousVote()));
        jdbc.updateAll("INSERT INTO workshop_plan_step (canvas_id, position, title, sections, prompt, kind,"
                + " planned_seconds, is_private, is_anonymous) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                plan.steps().stream().map(s -> new Object[] {canvasId, s.position(), s.title(),
                    Sections.format(s.sections()), s.prompt(), s.kind().name(), s.plannedSeconds(),
                    flag(s.privateStep()), flag(s.anonymous())}).toList());
    }

    // ---- mapping

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    private static Instant instant(String text) {
        return text == null ? null : Instant.parse(text);
    }

    private static Integer flag(boolean value) {
        return value ? 1 : 0;
    }

    private static Workshop mapWorkshop(ResultSet r) throws SQLException {
        return new Workshop(r.getLong(1), r.getLong(2), r.getString(3), Instant.parse(r.getString(4)),
                instant(r.getString(5)), WorkshopState.parse(r.getString(6)), r.getInt(7), instant(r.getString(8)),
                r.getInt(9));
    }

    private static AgendaStep mapStep(ResultSet r) throws SQLException {
        return new AgendaStep(r.getLong(1), r.getLong(2), r.getInt(3), r.getString(4), Sections.parse(r.getString(5)),
                r.getString(6), r.getInt(7), r.getInt(8), StepKind.parse(r.getString(9)), r.getInt(10) == 1,
                r.getInt(11) == 1, r.getInt(12) == 1);
    }

    private static Participant mapParticipant(ResultSet r) throws SQLException {
        return new Participant(r.getLong(1), r.getLong(2), r.getInt(3), r.getString(4), r.getString(5));
    }

    private static Contribution mapContribution(ResultSet r) throws SQLException {
        return new Contribution(r.getLong(1), r.getLong(2), r.getLong(3), r.getLong(4), r.getInt(5) == 1);
    }
}
