package org.valuebench.app.workshop;

import java.util.ArrayList;
import java.util.List;
import org.valuebench.domain.FitLink;
import org.valuebench.domain.Item;
import org.valuebench.domain.workshop.Contribution;
import org.valuebench.domain.workshop.Decision;
import org.valuebench.domain.workshop.Dot;
import org.valuebench.domain.workshop.Participant;
import org.valuebench.domain.workshop.Vote;
import org.valuebench.store.StrategyRepository;
import org.valuebench.store.Workspace;

/**
 * Removing a participant from a workshop as one undoable edit. With their cards: the cards only they gave in this
 * workshop are deleted (with their links, dots and decisions, as deleting a card does), their contributions to
 * cards others gave too and their dots go. Without: the cards stay as written (author field included), their
 * contributions stay as from nobody recorded (so a hidden card stays hidden), their dots go. Everything is read
 * again at each apply so redo after undo works from the file as it is.
 */
final class ParticipantRemoval {
    private final long workshopId;
    private final Participant participant;
    private final List<Item> cards;
    private final List<List<FitLink>> links;
    private final boolean withCards;
    // what the last apply took away, for restore
    private final List<DeletedCard> deleted = new ArrayList<>();
    private List<Contribution> contributions = List.of();
    private List<Contribution> fromNobody = List.of();
    private List<Dot> dots = List.of();

    /** {@code cards}: the cards to delete with their fit links as read before (empty without cards). */
    ParticipantRemoval(long workshopId, Participant participant, List<Item> cards, List<List<FitLink>> links,
                       boolean withCards) {
        this.workshopId = workshopId;
        this.participant = participant;
        this.cards = List.copyOf(cards);
        this.links = List.copyOf(links);
        this.withCards = withCards;
    }

    private record DeletedCard(Item item, List<FitLink> links, long parkedFeedback, StrategyRepository.ItemTrace trace,
                               List<Contribution> contributions, List<Dot> dots, List<Decision> decisions) {
    }

    void apply(Workspace w) {
        deleted.clear();
        for (int i = 0; i < cards.size(); i++) {
            long id = cards.get(i).id();
            deleted.add(new DeletedCard(cards.get(i), links.get(i), w.feedback().parkPromise(id),
                    w.strategy().traceOf(id), w.workshops().contributionsOfItem(id), w.workshopVotes().dotsOnItem(id),
                    w.workshopVotes().decisionsOnItem(id)));
            w.items().delete(id);
        }
        long who = participant.id();
        contributions = w.workshops().contributions(workshopId).stream().filter(c -> c.participantId() == who).toList();
        List<Dot> mine = new ArrayList<>();
        for (Vote v : w.workshopVotes().votes(workshopId)) {
            w.workshopVotes().dots(v.id()).stream().filter(d -> d.participantId() == who).forEach(mine::add);
        }
        dots = List.copyOf(mine);
        dots.forEach(d -> w.workshopVotes().deleteDot(d.id()));
        contributions.forEach(c -> w.workshops().deleteContribution(c.id()));
        List<Contribution> kept = new ArrayList<>();
        if (!withCards) {
            for (Contribution c : contributions) {
                kept.add(w.workshops().insertContribution(new Contribution(0, c.itemId(), c.stepId(),
                        Contribution.NOBODY, c.hidden())));
            }
        }
        fromNobody = List.copyOf(kept);
        w.workshops().deleteParticipant(who);
    }

    void restore(Workspace w) {
        fromNobody.forEach(c -> w.workshops().deleteContribution(c.id()));
        w.workshops().insertParticipant(workshopId, participant);
        contributions.forEach(w.workshops()::insertContribution);
        dots.forEach(w.workshopVotes()::insertDot);
        for (int i = deleted.size() - 1; i >= 0; i--) {
            DeletedCard card = deleted.get(i);
            w.items().insert(card.item());
            card.links().forEach(w.links()::add);
            w.strategy().restore(card.item().id(), card.trace());
            w.feedback().unpark(card.parkedFeedback());
            card.contributions().forEach(w.workshops()::insertContribution);
            card.dots().forEach(w.workshopVotes()::insertDot);
            card.decisions().forEach(w.workshopVotes()::insertDecision);
        }
    }
}
