package org.valuebench.ui.workshop;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.value.ObservableValue;
import org.valuebench.domain.workshop.AgendaStep;
import org.valuebench.domain.workshop.Vote;
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
        Map<Long, Integer> perCard = new HashMap<>();
        record.currentStep().flatMap(step -> shownVote(record, step)).ifPresent(vote -> record.dotsOf(vote.id())
                .forEach(d -> perCard.merge(d.itemId(), d.count(), Integer::sum)));
        return perCard;
    }

    /** The step's open vote, else the last one it stopped (its results stay until the step changes). */
    static Optional<Vote> shownVote(WorkshopRecord record, AgendaStep step) {
        List<Vote> votes = record.votes().stream().filter(v -> v.stepId() == step.id()).toList();
        Optional<Vote> open = votes.stream().filter(Vote::open).findFirst();
        return open.isPresent() || votes.isEmpty() ? open : Optional.of(votes.get(votes.size() - 1));
    }
}
