package org.valuebench.ui.workshop;

import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.value.ObservableValue;
import org.valuebench.domain.workshop.WorkshopRecord;
import org.valuebench.ui.board.CardBadges;

/**
 * The dots of the current step's vote on the facilitator's board: while the vote is open, and after it stops until
 * the workshop moves to another step (as the projector shows them). No workshop, no dots.
 */
final class VoteDots implements CardBadges {
    private final ObjectBinding<Map<Long, Integer>> dots;

    VoteDots(WorkshopSession session) {
        this.dots = Bindings.createObjectBinding(() -> dotsOf(session.recordProperty().get()),
                session.recordProperty());
    }

    @Override
    public int dotsOn(long itemId) {
        return dots.get().getOrDefault(itemId, 0);
    }

    @Override
    public ObservableValue<?> changes() {
        return dots;
    }

    /** Dots per card of the vote shown, papers counted in. */
    static Map<Long, Integer> dotsOf(WorkshopRecord record) {
        if (record == null || !record.workshop().isRunning()) {
            return Map.of();
        }
        return record.currentStep().flatMap(step -> record.shownVote(step.id()))
                .map(vote -> record.dotsPerCard(vote.id())).orElse(Map.of());
    }
}
