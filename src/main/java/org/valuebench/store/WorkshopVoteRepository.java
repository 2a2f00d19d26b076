package org.valuebench.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.valuebench.domain.workshop.Decision;
import org.valuebench.domain.workshop.Dot;
import org.valuebench.domain.workshop.Sections;
import org.valuebench.domain.workshop.Vote;
import org.valuebench.domain.workshop.VoteSettings;

/**
 * The dot votes of workshops, their dots and the decisions applied from them. An anonymous vote's dot is stored
 * with its ballot key only: the repository refuses a participant on it, so nothing links it to a person.
 */
public final class WorkshopVoteRepository {
    private static final String VOTE = "id, workshop_id, step_id, sections, dots_per_participant, one_dot_per_card,"
            + " is_anonymous, is_open";
    private static final String DOT = "id, vote_id, item_id, ballot, participant_id, dots";
    private static final String DECISION = "id, workshop_id, vote_id, item_id, kind, value";
    private final Jdbc jdbc;

    WorkshopVoteRepository(Connection connection) {
        this.jdbc = new Jdbc(connection);
    }

    /** Inserts the vote; an id of 0 lets SQLite choose one, any other is kept (undo restores the same vote). */
    public Vote insertVote(Vote vote) {
        VoteSettings s = vote.settings();
        long id = jdbc.insert("INSERT INTO vote (" + VOTE + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                vote.id() == 0 ? null : vote.id(), vote.workshopId(), vote.stepId(), Sections.format(s.sections()),
                s.dotsPerParticipant(), flag(s.oneDotPerCard()), flag(s.anonymous()), flag(vote.open()));
        return findVote(id).orElseThrow();
    }

    public void setOpen(long voteId, boolean open) {
        jdbc.update("UPDATE vote SET is_open = ? WHERE id = ?", flag(open), voteId);
    }

    /** Deletes the vote with its dots and decisions. */
    public void deleteVote(long voteId) {
        jdbc.update("DELETE FROM vote WHERE id = ?", voteId);
    }

    public Optional<Vote> findVote(long voteId) {
        return jdbc.query("SELECT " + VOTE + " FROM vote WHERE id = ?", WorkshopVoteRepository::mapVote, voteId)
                .stream().findFirst();
    }

    public List<Vote> votes(long workshopId) {
        return jdbc.query("SELECT " + VOTE + " FROM vote WHERE workshop_id = ? ORDER BY id",
                WorkshopVoteRepository::mapVote, workshopId);
    }

    /** Stores dots; on an anonymous vote a participant is refused (the ballot key is all that is kept). */
    public Dot insertDot(Dot dot) {
        Vote vote = findVote(dot.voteId()).orElseThrow(() -> new StoreException("Vote " + dot.voteId() + " does not exist"));
        if (vote.settings().anonymous() && dot.participantId() != 0) {
            throw new StoreException("An anonymous vote stores no participant with its dots");
        }
        long id = jdbc.insert("INSERT INTO dot (" + DOT + ") VALUES (?, ?, ?, ?, ?, ?)", dot.id() == 0 ? null : dot.id(),
                dot.voteId(), dot.itemId(), dot.ballot(), dot.participantId() == 0 ? null : dot.participantId(),
                dot.count());
        return new Dot(id, dot.voteId(), dot.itemId(), dot.ballot(), dot.participantId(), dot.count());
    }

    public void deleteDot(long dotId) {
        jdbc.update("DELETE FROM dot WHERE id = ?", dotId);
    }

    public List<Dot> dots(long voteId) {
        return jdbc.query("SELECT " + DOT + " FROM dot WHERE vote_id = ? ORDER BY id", WorkshopVoteRepository::mapDot,
                voteId);
    }

    List<Dot> dotsOfWorkshop(long workshopId) {
        return jdbc.query("SELECT d.id, d.vote_id, d.item_id, d.ballot, d.participant_id, d.dots FROM dot d"
                + " JOIN vote v ON v.id = d.vote_id WHERE v.workshop_id = ? ORDER BY d.id",
                WorkshopVoteRepository::mapDot, workshopId);
    }

    /** Every dot on a card, in any vote (merging moves them; deleting a card takes them). */
    public List<Dot> dotsOnItem(long itemId) {
        return jdbc.query("SELECT " + DOT + " FROM dot WHERE item_id = ? ORDER BY id", WorkshopVoteRepository::mapDot,
                itemId);
    }

    /** Moves the dots to another card (merge, and its undo). */
    public void moveDots(List<Dot> dots, long itemId) {
        jdbc.updateAll("UPDATE dot SET item_id = ? WHERE id = ?",
                dots.stream().map(d -> new Object[] {itemId, d.id()}).toList());
    }

    /** Puts dots back as they were, ids included (undo of deleting a card). */
    public void restoreDots(List<Dot> dots) {
        dots.forEach(this::insertDot);
    }

    public Decision insertDecision(Decision decision) {
        long id = jdbc.insert("INSERT INTO decision (" + DECISION + ") VALUES (?, ?, ?, ?, ?, ?)",
                decision.id() == 0 ? null : decision.id(), decision.workshopId(), decision.voteId(), decision.itemId(),
                decision.kind().name(), decision.value());
        return new Decision(id, decision.workshopId(), decision.voteId(), decision.itemId(), decision.kind(),
                decision.value());
    }

    public void deleteDecision(long decisionId) {
        jdbc.update("DELETE FROM decision WHERE id = ?", decisionId);
    }

    public List<Decision> decisions(long workshopId) {
        return jdbc.query("SELECT " + DECISION + " FROM decision WHERE workshop_id = ? ORDER BY id",
                WorkshopVoteRepository::mapDecision, workshopId);
    }

    public List<Decision> decisionsOnItem(long itemId) {
        return jdbc.query("SELECT " + DECISION + " FROM decision WHERE item_id = ? ORDER BY id",
                WorkshopVoteRepository::mapDecision, itemId);
    }

    private static Integer flag(boolean value) {
        return value ? 1 : 0;
    }

    private static Vote mapVote(ResultSet r) throws SQLException {
        return new Vote(r.getLong(1), r.getLong(2), r.getLong(3), new VoteSettings(Sections.parse(r.getString(4)),
                r.getInt(5), r.getInt(6) == 1, r.getInt(7) == 1), r.getInt(8) == 1);
    }

    private static Dot mapDot(ResultSet r) throws SQLException {
        return new Dot(r.getLong(1), r.getLong(2), r.getLong(3), r.getString(4), r.getLong(5), r.getInt(6));
    }

    private static Decision mapDecision(ResultSet r) throws SQLException {
        return new Decision(r.getLong(1), r.getLong(2), r.getLong(3), r.getLong(4), Decision.Kind.valueOf(r.getString(5)),
                r.getInt(6));
    }
}
