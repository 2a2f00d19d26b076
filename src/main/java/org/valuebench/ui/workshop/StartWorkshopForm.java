package org.valuebench.ui.workshop;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.valuebench.domain.Section;
import org.valuebench.domain.workshop.AgendaStep;
import org.valuebench.domain.workshop.Participant;
import org.valuebench.domain.workshop.StepKind;
import org.valuebench.domain.workshop.WorkshopPlan;

/**
 * What the start dialog edits: the title, the agenda (the canvas's saved plan or the default), the participants and
 * the vote's options. Kept apart from the controls so tests fill it as a facilitator would. A step skipped here
 * is started skipped (it stays in a saved plan, which keeps no skips).
 */
public final class StartWorkshopForm {
    private final StringProperty title = new SimpleStringProperty("");
    private final ObservableList<AgendaStep> steps = FXCollections.observableArrayList();
    private final ObservableList<Participant> participants = FXCollections.observableArrayList();
    private final IntegerProperty dots = new SimpleIntegerProperty();
    private final BooleanProperty oneDotPerCard = new SimpleBooleanProperty();
    private final BooleanProperty anonymousVote = new SimpleBooleanProperty();
    private final BooleanProperty savePlan = new SimpleBooleanProperty();
    private final List<Participant> lastParticipants;

    StartWorkshopForm(WorkshopPlan plan, List<Participant> lastParticipants) {
        this.lastParticipants = List.copyOf(lastParticipants);
        steps.setAll(plan.steps());
        dots.set(plan.dotsPerParticipant());
        oneDotPerCard.set(plan.oneDotPerCard());
        anonymousVote.set(plan.anonymousVote());
    }

    /** Blank starts the workshop as "Workshop YYYY-MM-DD". */
    public StringProperty titleProperty() {
        return title;
    }

    public ObservableList<AgendaStep> steps() {
        return steps;
    }

    public ObservableList<Participant> participants() {
        return participants;
    }

    public IntegerProperty dotsProperty() {
        return dots;
    }

    public BooleanProperty oneDotPerCardProperty() {
        return oneDotPerCard;
    }

    public BooleanProperty anonymousVoteProperty() {
        return anonymousVote;
    }

    /** "Save as this canvas's plan". */
    public BooleanProperty savePlanProperty() {
        return savePlan;
    }

    // ---- the agenda

    /** A new step after {@code index} (-1: first), on the sections of the step it follows. */
    public void addStep(int index) {
        List<Section> sections = index >= 0 && index < steps.size() ? steps.get(index).sections()
                : List.of(Section.WANTS);
        steps.add(index + 1, AgendaStep.draft("New step", sections, "", 10 * 60, StepKind.BRAINSTORM));
    }

    public void remove(int index) {
        if (steps.size() > 1 && index >= 0 && index < steps.size()) {
            steps.remove(index);
        }
    }

    /** Moves a step by {@code delta} places (clamped to the agenda). */
    public void move(int index, int delta) {
        if (index < 0 || index >= steps.size()) {
            return;
        }
        int target = Math.max(0, Math.min(steps.size() - 1, index + delta));
        AgendaStep step = steps.remove(index);
        steps.add(target, step);
    }

    public void rename(int index, String newTitle) {
        steps.set(index, steps.get(index).withTitle(newTitle));
    }

    public void changePrompt(int index, String prompt) {
        steps.set(index, steps.get(index).withPrompt(prompt));
    }

    public void retime(int index, int minutes) {
        steps.set(index, steps.get(index).withPlannedSeconds(minutes * 60));
    }

    public void skip(int index, boolean skipped) {
        steps.set(index, steps.get(index).withSkipped(skipped));
    }

    /** Private hides new cards until the reveal; anonymous keeps no author (and implies nothing else). */
    public void setPrivacy(int index, boolean privateStep, boolean anonymous) {
        steps.set(index, steps.get(index).withPrivacy(privateStep, anonymous));
    }

    /** Replaces a step with an edited copy (the dialog's step editor). */
    public void replace(int index, AgendaStep edited) {
        steps.set(index, edited);
    }

    // ---- participants

    public void addParticipant(String name, String role) {
        participants.add(Participant.draft(name, role == null ? "" : role));
    }

    public void removeParticipant(int index) {
        if (index >= 0 && index < participants.size()) {
            participants.remove(index);
        }
    }

    public boolean canReuseLast() {
        return !lastParticipants.isEmpty();
    }

    /** "Reuse the last workshop's": adds its participants not in the list yet. */
    public void reuseLast() {
        for (Participant p : lastParticipants) {
            if (participants.stream().noneMatch(q -> q.name().equalsIgnoreCase(p.name()))) {
                participants.add(Participant.draft(p.name(), p.role()));
            }
        }
    }

    // ---- the result

    WorkshopPlan plan() {
        return new WorkshopPlan(steps, dots.get(), oneDotPerCard.get(), anonymousVote.get());
    }

    /** Positions of the steps to start skipped. */
    List<Integer> skippedPositions() {
        List<Integer> skipped = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).skipped()) {
                skipped.add(i);
            }
        }
        return skipped;
    }

    List<Participant> participantList() {
        return List.copyOf(participants);
    }
}
