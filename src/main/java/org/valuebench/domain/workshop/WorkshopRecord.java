package org.valuebench.domain.workshop;

import java.util.List;
import java.util.Optional;

/**
 * Everything kept of one workshop: the agenda, the participants, the contributions, the votes with their dots and
 * the decisions applied. What the facilitator's console, the projector and the command line read.
 */
public record WorkshopRecord(Workshop workshop, List<AgendaStep> steps, List<Participant> participants,
                             List<Contribution> contributions, List<Vote> votes, List<Dot> dots,
                             List<Decision> decisions) {

    public WorkshopRecord {
        steps = List.copyOf(steps);
        participants = List.copyOf(participants);
        contributions = List.copyOf(contributions);
        votes = List.copyOf(votes);
        dots = List.copyOf(dots);
        decisions = List.copyOf(decisions);
    }

    /** The step the workshop is at (empty only for a workshop whose agenda was emptied). */
    public Optional<AgendaStep> currentStep() {
        int at = workshop.currentStep();
        return at < steps.size() ? Optional.of(steps.get(at)) : Optional.empty();
    }

    public Optional<AgendaStep> step(long stepId) {
        return steps.stream().filter(s -> s.id() == stepId).findFirst();
    }

    public Optional<Participant> participant(long participantId) {
        return participants.stream().filter(p -> p.id() == participantId).findFirst();
    }

    public List<Contribution> contributionsOf(long stepId) {
        return contributions.stream().filter(c -> c.stepId() == stepId).toList();
    }

    /** How many cards of the step still wait for the reveal ("7 ideas in, hidden"). */
    public int hiddenCount(long stepId) {
        return (int) contributionsOf(stepId).stream().filter(Contribution::hidden).map(Contribution::itemId)
                .distinct().count();
    }

    public boolean isHidden(long itemId) {
        return contributions.stream().anyMatch(c -> c.itemId() == itemId && c.hidden());
    }

    /** Who contributed a card, by name, in the order they joined (empty when nobody is recorded). */
    public List<String> authorsOf(long itemId) {
        return contributions.stream().filter(c -> c.itemId() == itemId && c.hasAuthor())
                .map(c -> participant(c.participantId()).map(Participant::name).orElse("?")).distinct().toList();
    }

    public Optional<Vote> openVote() {
        return votes.stream().filter(Vote::open).findFirst();
    }

    public List<Dot> dotsOf(long voteId) {
        return dots.stream().filter(d -> d.voteId() == voteId).toList();
    }

    /** A step's open vote, else the last one it stopped: its results stay on show until the step changes. */
    public Optional<Vote> shownVote(long stepId) {
        List<Vote> ofStep = votes.stream().filter(v -> v.stepId() == stepId).toList();
        Optional<Vote> open = ofStep.stream().filter(Vote::open).findFirst();
        return open.isPresent() || ofStep.isEmpty() ? open : Optional.of(ofStep.get(ofStep.size() - 1));
    }

    /** Dots per card in a vote, paper tallies counted in. */
    public java.util.Map<Long, Integer> dotsPerCard(long voteId) {
        java.util.Map<Long, Integer> perCard = new java.util.HashMap<>();
        dotsOf(voteId).forEach(d -> perCard.merge(d.itemId(), d.count(), Integer::sum));
        return perCard;
    }

    public List<Decision> decisionsOf(long voteId) {
        return decisions.stream().filter(d -> d.voteId() == voteId).toList();
    }

    /** Planned seconds of the steps not skipped. */
    public int plannedSeconds() {
        return steps.stream().filter(s -> !s.skipped()).mapToInt(AgendaStep::plannedSeconds).sum();
    }

    public int actualSeconds() {
        return steps.stream().mapToInt(AgendaStep::actualSeconds).sum();
    }
}
