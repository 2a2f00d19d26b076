package org.valuebench.ui.workshop;

import java.time.Instant;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.valuebench.domain.workshop.AgendaStep;
import org.valuebench.domain.workshop.StepTimer;
import org.valuebench.domain.workshop.WorkshopRecord;

/** What the console says about the running workshop, worked out from the session whenever it changes. */
final class ConsoleText {
    final ReadOnlyStringWrapper stepTitle = new ReadOnlyStringWrapper("");
    final ReadOnlyStringWrapper prompt = new ReadOnlyStringWrapper("");
    final ReadOnlyStringWrapper position = new ReadOnlyStringWrapper("");
    final ReadOnlyStringWrapper hidden = new ReadOnlyStringWrapper("");
    final ReadOnlyStringWrapper timer = new ReadOnlyStringWrapper("");
    final ReadOnlyBooleanWrapper canReveal = new ReadOnlyBooleanWrapper();
    final ReadOnlyBooleanWrapper overtime = new ReadOnlyBooleanWrapper();
    final ReadOnlyBooleanWrapper timerRunning = new ReadOnlyBooleanWrapper();
    final ReadOnlyBooleanWrapper voteOpen = new ReadOnlyBooleanWrapper();
    private final WorkshopSession session;

    ConsoleText(WorkshopSession session) {
        this.session = session;
        session.recordProperty().addListener((o, was, is) -> update());
        session.nowProperty().addListener((o, was, is) -> updateTimer());
    }

    private void update() {
        WorkshopRecord record = session.recordProperty().get();
        AgendaStep step = record == null ? null : record.currentStep().orElse(null);
        stepTitle.set(step == null ? "" : step.title());
        prompt.set(step == null ? "" : step.prompt());
        position.set(step == null ? "" : "Step " + (record.workshop().currentStep() + 1) + " of "
                + record.steps().size());
        int hiddenCount = step == null ? 0 : record.hiddenCount(step.id());
        hidden.set(hiddenCount == 0 ? "" : hiddenCount + (hiddenCount == 1 ? " idea" : " ideas") + " in, hidden");
        canReveal.set(hiddenCount > 0);
        voteOpen.set(record != null && record.openVote().isPresent());
        updateTimer();
    }

    private void updateTimer() {
        StepTimer t = session.timerProperty().get();
        Instant now = session.nowProperty().get();
        if (t == null || session.recordProperty().get() == null) {
            timer.set("");
            overtime.set(false);
            timerRunning.set(false);
            return;
        }
        boolean over = t.isOvertime(now);
        timer.set(over ? t.text(now) : t.text(now) + " left");
        overtime.set(over);
        timerRunning.set(t.isRunning());
    }

    /** "Ann: 1 of 3 dots left" for a named open vote; empty for an anonymous one (its ballots name nobody). */
    static String dotsLeft(WorkshopRecord record, long participantId) {
        if (record == null || participantId == 0) {
            return "";
        }
        return record.openVote().filter(v -> !v.settings().anonymous())
                .flatMap(v -> record.participant(participantId).map(p -> {
                    int dots = v.settings().dotsPerParticipant();
                    int used = record.dotsOf(v.id()).stream().filter(d -> d.participantId() == participantId)
                            .mapToInt(d -> d.count()).sum();
                    return p.name() + ": " + (dots - used) + " of " + dots + " dots left";
                })).orElse("");
    }
}
