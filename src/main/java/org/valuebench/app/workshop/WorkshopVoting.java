package org.valuebench.app.workshop;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.valuebench.app.AppException;
import org.valuebench.app.history.HistoryUseCases;
import org.valuebench.domain.Item;
import org.valuebench.domain.MessageText;
import org.valuebench.domain.workshop.AgendaStep;
import org.valuebench.domain.history.VersionCause;
import org.valuebench.domain.workshop.Decision;
import org.valuebench.domain.workshop.Dot;
import org.valuebench.domain.workshop.ImportanceFromVote;
import org.valuebench.domain.workshop.Participant;
import org.valuebench.domain.workshop.PromiseCut;
import org.valuebench.domain.workshop.TallyRow;
import org.valuebench.domain.workshop.Vote;
import org.valuebench.domain.workshop.VoteSettings;
import org.valuebench.domain.workshop.VoteTally;
import org.valuebench.domain.workshop.WorkshopRecord;
import org.valuebench.store.Workspace;

/**
 * Dot votes: start one on the current step, cast and take back dots for a participant, type a paper tally, stop,
 * read the ranked result and apply it. A named vote's ballot is "participant-ID"; an anonymous vote's ballot is a
 * random key this object hands out per participant and keeps in memory only, so the file never links a dot to a
 * person (after a restart a participant's anonymous dots can no longer be told apart: they get a new ballot).
 */
public final class WorkshopVoting {
    private final WorkshopUseCases workshops;
    private final Map<String, String> anonymousBallots = new HashMap<>();

    public WorkshopVoting(WorkshopUseCases workshops) {
        this.workshops = workshops;
    }

    public WorkshopChange startVote(long workshopId, VoteSettings settings) {
        WorkshopRecord record = workshops.requireRunning(workshopId);
        record.openVote().ifPresent(v -> {
            throw new AppException("A vote is already open; stop it first");
        });
        AgendaStep step = record.currentStep().orElseThrow(() -> new AppException("The agenda has no steps"));
        Vote[] vote = {new Vote(0, workshopId, step.id(), settings, true)};
        run("Start vote", record, w -> vote[0] = w.workshopVotes().insertVote(vote[0]),
                w -> w.workshopVotes().deleteVote(vote[0].id()));
        return workshops.changed(workshopId);
    }

    public WorkshopChange stopVote(long voteId) {
        return setOpen(voteId, false, "Stop vote");
    }

    public WorkshopChange reopenVote(long voteId) {
        return setOpen(voteId, true, "Reopen vote");
    }

    private WorkshopChange setOpen(long voteId, boolean open, String label) {
        Vote vote = vote(voteId);
        WorkshopRecord record = workshops.requireRunning(vote.workshopId());
        if (vote.open() == open) {
            return workshops.changed(vote.workshopId());
        }
        run(label, record, w -> w.workshopVotes().setOpen(voteId, open), w -> w.workshopVotes().setOpen(voteId, !open));
        return workshops.changed(vote.workshopId());
    }

    /** One dot of the participant on the card; refused past the participant's dots or a second dot per card. */
    public WorkshopChange castDot(long voteId, long itemId, long participantId) {
        Vote vote = openVote(voteId);
        WorkshopRecord record = workshops.requireRunning(vote.workshopId());
        Participant who = participant(record, participantId);
        Item card = card(vote, itemId);
        String ballot = ballot(vote, participantId);
        List<Dot> mine = record.dotsOf(voteId).stream().filter(d -> d.ballot().equals(ballot)).toList();
        int used = mine.stream().mapToInt(Dot::count).sum();
        if (used >= vote.settings().dotsPerParticipant()) {
            throw new AppException(who.name() + " has placed all " + vote.settings().dotsPerParticipant()
                    + " dots; take one back first");
        }
        if (vote.settings().oneDotPerCard() && mine.stream().anyMatch(d -> d.itemId() == itemId)) {
            throw new AppException(who.name() + " already has a dot on " + MessageText.quote(card.text())
                    + "; this vote allows one dot per card");
        }
        long named = vote.settings().anonymous() ? 0 : participantId;
        Dot[] dot = {Dot.cast(voteId, itemId, ballot, named)};
        run("Place dot", record, w -> dot[0] = w.workshopVotes().insertDot(dot[0]),
                w -> w.workshopVotes().deleteDot(dot[0].id()));
        return workshops.changed(vote.workshopId());
    }

    /** Takes back the participant's last dot on the card. */
    public WorkshopChange takeBackDot(long voteId, long itemId, long participantId) {
        Vote vote = openVote(voteId);
        WorkshopRecord record = workshops.requireRunning(vote.workshopId());
        Participant who = participant(record, participantId);
        String ballot = ballot(vote, participantId);
        List<Dot> mine = record.dotsOf(voteId).stream().filter(d -> d.ballot().equals(ballot) && d.itemId() == itemId)
                .toList();
        if (mine.isEmpty()) {
            throw new AppException(who.name() + " has no dot on this card");
        }
        Dot dot = mine.get(mine.size() - 1);
        run("Take back dot", record, w -> w.workshopVotes().deleteDot(dot.id()), w -> w.workshopVotes().insertDot(dot));
        return workshops.changed(vote.workshopId());
    }

    /** Sets the paper dots counted on a card (a paper-dots workshop); 0 clears them. */
    public WorkshopChange typeTally(long voteId, long itemId, int paperDots) {
        Vote vote = vote(voteId);
        WorkshopRecord record = workshops.requireRunning(vote.workshopId());
        card(vote, itemId);
        if (paperDots < 0 || paperDots > 10_000) {
            throw new AppException("A card's paper dots are between 0 and 10000, not " + paperDots);
        }
        List<Dot> before = record.dotsOf(voteId).stream()
                .filter(d -> d.itemId() == itemId && d.ballot().equals(Dot.PAPER)).toList();
        Dot[] after = {paperDots == 0 ? null : new Dot(0, voteId, itemId, Dot.PAPER, 0, paperDots)};
        run("Type tally", record, w -> {
            before.forEach(d -> w.workshopVotes().deleteDot(d.id()));
            if (after[0] != null) {
                after[0] = w.workshopVotes().insertDot(after[0]);
            }
        }, w -> {
            if (after[0] != null) {
                w.workshopVotes().deleteDot(after[0].id());
            }
            before.forEach(w.workshopVotes()::insertDot);
        });
        return workshops.changed(vote.workshopId());
    }

    /** The vote's cards (those of its sections on the canvas) ranked by dots, ties sharing a rank. */
    public List<TallyRow> tally(long voteId) {
        Vote vote = vote(voteId);
        WorkshopRecord record = workshops.record(vote.workshopId());
        return VoteTally.rank(cards(vote), record.dotsOf(voteId));
    }

    /** What applying importance would set: item id to level, by {@link ImportanceFromVote#RULE}. */
    public Map<Long, Integer> importancePreview(long voteId) {
        return ImportanceFromVote.levels(tally(voteId));
    }

    public PromiseCut promisePreview(long voteId, int topN) {
        return PromiseCut.top(tally(voteId), topN);
    }

    /** Sets the importance of the vote's customer cards from their rank; the vote must be stopped. */
    public WorkshopChange applyImportance(long voteId) {
        Map<Long, Integer> levels = importancePreview(voteId);
        List<Item> before = new ArrayList<>();
        List<Item> after = new ArrayList<>();
        for (TallyRow row : tally(voteId)) {
            Integer level = levels.get(row.item().id());
            if (level != null) {
                before.add(row.item());
                after.add(row.item().withImportance(level));
            }
        }
        return apply(voteId, "Apply importance from vote", before, after, Decision.Kind.IMPORTANCE);
    }

    /** Marks the top N offering cards as promises (ties at the cut all included, see {@link PromiseCut}). */
    public WorkshopChange applyPromises(long voteId, int topN) {
        PromiseCut cut = promisePreview(voteId, topN);
        List<Item> before = cut.chosen().stream().map(TallyRow::item).toList();
        List<Item> after = before.stream().map(i -> i.withPromise(true, i.promiseTarget())).toList();
        return apply(voteId, "Apply promises from vote", before, after, Decision.Kind.PROMISE);
    }

    private WorkshopChange apply(long voteId, String label, List<Item> before, List<Item> after, Decision.Kind kind) {
        Vote vote = vote(voteId);
        if (vote.open()) {
            throw new AppException("Stop the vote before applying its result");
        }
        WorkshopRecord record = workshops.requireRunning(vote.workshopId());
        List<Decision> decisions = new ArrayList<>();
        for (Item item : after) {
            decisions.add(new Decision(0, vote.workshopId(), voteId, item.id(), kind,
                    kind == Decision.Kind.IMPORTANCE ? item.importance() : item.promiseTarget()));
        }
        List<Decision> stored = new ArrayList<>();
        WorkshopCommand command = new WorkshopCommand(label, record.workshop().canvasId(),
                workshops.workbench().clock(), w -> {
                    after.forEach(w.items()::update);
                    List<Decision> source = stored.isEmpty() ? decisions : List.copyOf(stored);
                    stored.clear();
                    source.forEach(d -> stored.add(w.workshopVotes().insertDecision(d)));
                }, w -> {
                    stored.forEach(d -> w.workshopVotes().deleteDecision(d.id()));
                    before.forEach(w.items()::update);
                });
        workshops.workbench().execute(new HistoryUseCases(workshops.workbench())
                .keepingVersion(record.workshop().canvasId(), VersionCause.VOTE_APPLIED, command), 0);
        return workshops.changed(vote.workshopId());
    }

    /**
     * The participant's ballot in the vote: "participant-ID" in a named vote; in an anonymous one the key kept in
     * memory (handed out now if the participant has none yet), so a participant's device can be shown its own dots.
     */
    public String ballotOf(long voteId, long participantId) {
        return ballot(vote(voteId), participantId);
    }

    private String ballot(Vote vote, long participantId) {
        if (!vote.settings().anonymous()) {
            return "participant-" + participantId;
        }
        return anonymousBallots.computeIfAbsent(vote.id() + "/" + participantId, k -> UUID.randomUUID().toString());
    }

    private List<Item> cards(Vote vote) {
        WorkshopRecord record = workshops.record(vote.workshopId());
        return workshops.workbench().canvas(record.workshop().canvasId()).items().stream()
                .filter(i -> vote.settings().sections().contains(i.section()) && !record.isHidden(i.id())).toList();
    }

    private Item card(Vote vote, long itemId) {
        return cards(vote).stream().filter(i -> i.id() == itemId).findFirst().orElseThrow(() -> new AppException(
                "Card " + itemId + " is not one of this vote's cards (its sections, revealed)"));
    }

    private static Participant participant(WorkshopRecord record, long participantId) {
        return record.participant(participantId).orElseThrow(() -> new AppException(
                "There is no participant " + participantId + " in this workshop"));
    }

    private Vote openVote(long voteId) {
        Vote vote = vote(voteId);
        if (!vote.open()) {
            throw new AppException("The vote has been stopped; reopen it to change dots");
        }
        return vote;
    }

    private Vote vote(long voteId) {
        return WorkshopUseCases.read(() -> workshops.workbench().workspace().workshopVotes().findVote(voteId))
                .orElseThrow(() -> new AppException("There is no vote with id " + voteId));
    }

    private void run(String label, WorkshopRecord record, Consumer<Workspace> edit,
                     Consumer<Workspace> restore) {
        workshops.workbench().execute(new WorkshopCommand(label, record.workshop().canvasId(), null, edit, restore), 0);
    }
}
