package org.valuebench.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.valuebench.domain.Factor;
import org.valuebench.domain.FactorLink;
import org.valuebench.domain.FourAction;
import org.valuebench.domain.Offer;
import org.valuebench.domain.Rating;
import org.valuebench.domain.Strategy;

/**
 * Competing factors of a canvas, their links to customer items and the ratings grid; positions kept dense.
 * Factors and rating cells carry a version, raised by every update (not by moves: nobody edited the factor), so
 * an edit made from an older read writes nothing ({@link RowChangedException}). An empty cell has version 0.
 */
public final class StrategyRepository {
    private static final String COLUMNS = "id, canvas_id, position, name, source_item_id, action, action_note";
    private final Jdbc jdbc;

    StrategyRepository(Connection connection) {
        this.jdbc = new Jdbc(connection);
    }

    public Strategy byCanvas(long canvasId) {
        return byCanvas(canvasId, new HashMap<>(), new HashMap<>());
    }

    /**
     * The canvas's strategy; {@code factorVersions} and {@code ratingVersions} receive the version of each factor
     * and stored rating cell, read in the same statement as the row.
     */
    Strategy byCanvas(long canvasId, Map<Long, Long> factorVersions, Map<RatingCell, Long> ratingVersions) {
        List<Factor> factors = jdbc.query("SELECT " + COLUMNS + ", version FROM factor WHERE canvas_id = ?"
                + " ORDER BY position, id", row -> {
                    Factor factor = map(row);
                    factorVersions.put(factor.id(), row.getLong(8));
                    return factor;
                }, canvasId);
        if (factors.isEmpty()) {
            return Strategy.NONE;
        }
        List<FactorLink> links = jdbc.query("""
                SELECT l.factor_id, l.customer_item_id FROM factor_link l JOIN factor f ON f.id = l.factor_id
                WHERE f.canvas_id = ? ORDER BY 1, 2""", row -> new FactorLink(row.getLong(1), row.getLong(2)), canvasId);
        List<Rating> ratings = jdbc.query("""
                SELECT r.factor_id, coalesce(r.offer_item_id, 0), coalesce(r.score, 0), r.note, r.version
                FROM rating r JOIN factor f ON f.id = r.factor_id
                WHERE f.canvas_id = ? ORDER BY 1, 2""", row -> {
                    Rating rating = mapRating(row);
                    ratingVersions.put(new RatingCell(rating.factorId(), rating.offerId()), row.getLong(5));
                    return rating;
                }, canvasId);
        return new Strategy(factors, links, ratings);
    }

    public Optional<Factor> find(long id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM factor WHERE id = ?", StrategyRepository::map, id)
                .stream().findFirst();
    }

    /** The factor with its version, read in one statement. */
    public Optional<Versioned<Factor>> findVersioned(long id) {
        return jdbc.query("SELECT " + COLUMNS + ", version FROM factor WHERE id = ?",
                row -> new Versioned<>(map(row), row.getLong(8)), id).stream().findFirst();
    }

    /** The stored version of the factor: 1 when inserted, raised by every update (not by a move). */
    public long version(long id) {
        return jdbc.query("SELECT version FROM factor WHERE id = ?", r -> r.getLong(1), id).stream().findFirst()
                .orElseThrow(() -> missing(id));
    }

    /** Refuses with {@link RowChangedException} unless the factor (if it still exists) has {@code expectedVersion}. */
    public void requireVersion(long id, long expectedVersion) {
        List<Long> stored = jdbc.query("SELECT version FROM factor WHERE id = ?", r -> r.getLong(1), id);
        if (!stored.isEmpty() && stored.get(0) != expectedVersion) {
            throw new RowChangedException("Factor", id, expectedVersion);
        }
    }

    /** The highest factor id in the workspace, 0 when there is none. */
    public long maxId() {
        return jdbc.query("SELECT coalesce(max(id), 0) FROM factor", r -> r.getLong(1)).get(0);
    }

    public int count(long canvasId) {
        return jdbc.query("SELECT count(*) FROM factor WHERE canvas_id = ?", r -> r.getInt(1), canvasId).get(0);
    }

    /**
     * Inserts the factor at its position (clamped to the end), shifting later factors down. An id of 0 takes
     * a new one (never a deleted factor's); any other id is kept so undo restores the same factor.
     */
    public Factor insert(Factor factor) {
        int position = Math.min(factor.position(), count(factor.canvasId()));
        jdbc.update("UPDATE factor SET position = position + 1 WHERE canvas_id = ? AND position >= ?",
                factor.canvasId(), position);
        long id = jdbc.insert("INSERT INTO factor (" + COLUMNS + ") VALUES (" + jdbc.dialect().givenOrNewId("factor", factor.id())
                        + ", ?, ?, ?, ?, ?, ?)",
                factor.id() == 0 ? null : factor.id(), factor.canvasId(), position, factor.name(),
                factor.hasSource() ? factor.sourceItemId() : null, factor.action().name(), factor.actionNote());
        return find(id).orElseThrow();
    }

    private static final String UPDATE = "UPDATE factor SET name = ?, source_item_id = ?, action = ?, action_note = ?,"
            + " version = version + 1 WHERE id = ?";

    /**
     * Updates name, source, action and note whatever the stored version (restoring what undo of a deleted item
     * took, or a step inside an edit that has checked it); raises the version. The position changes only through
     * {@link #move}.
     */
    public void update(Factor factor) {
        if (jdbc.update(UPDATE, values(factor)) != 1) {
            throw missing(factor.id());
        }
    }

    /**
     * Updates name, source, action and note only if the row still has {@code expectedVersion}, the one the edit
     * was made from; returns the new version. Otherwise writes nothing and throws {@link RowChangedException}.
     */
    public long update(Factor factor, long expectedVersion) {
        Object[] values = values(factor, expectedVersion);
        if (jdbc.update(UPDATE + " AND version = ?", values) != 1) {
            version(factor.id()); // throws when the factor is gone
            throw new RowChangedException("Factor", factor.id(), expectedVersion);
        }
        return expectedVersion + 1;
    }

    private static Object[] values(Factor factor, Object... more) {
        List<Object> values = new ArrayList<>(List.of(factor.name()));
        values.add(factor.hasSource() ? factor.sourceItemId() : null);
        values.addAll(List.of(factor.action().name(), factor.actionNote(), factor.id()));
        values.addAll(List.of(more));
        return values.toArray();
    }

    /** Moves the factor to {@code index} (clamped), closing and opening gaps. */
    public Factor move(long id, int index) {
        Factor factor = find(id).orElseThrow(() -> missing(id));
        closeGap(factor);
        int target = Math.max(0, Math.min(index, count(factor.canvasId()) - 1));
        jdbc.update("UPDATE factor SET position = position + 1 WHERE canvas_id = ? AND position >= ? AND id <> ?",
                factor.canvasId(), target, id);
        jdbc.update("UPDATE factor SET position = ? WHERE id = ?", target, id);
        return find(id).orElseThrow();
    }

    /** Deletes the factor with its links and ratings. */
    public void delete(long id) {
        Factor factor = find(id).orElseThrow(() -> missing(id));
        jdbc.update("DELETE FROM factor WHERE id = ?", id);
        closeGap(factor);
    }

    private void closeGap(Factor factor) {
        jdbc.update("UPDATE factor SET position = position - 1 WHERE canvas_id = ? AND position > ? AND id <> ?",
                factor.canvasId(), factor.position(), factor.id());
    }

    public void addLink(FactorLink link) {
        jdbc.update("INSERT INTO factor_link (factor_id, customer_item_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
                link.factorId(), link.customerItemId());
    }

    public void removeLink(FactorLink link) {
        jdbc.update("DELETE FROM factor_link WHERE factor_id = ? AND customer_item_id = ?",
                link.factorId(), link.customerItemId());
    }

    private static final String CELL = "factor_id = ? AND coalesce(offer_item_id, 0) = ?";

    /** The cell as stored with its version; an empty cell is a blank rating at version 0. */
    public Versioned<Rating> rating(long factorId, long offerId) {
        return jdbc.query("SELECT factor_id, coalesce(offer_item_id, 0), coalesce(score, 0), note, version FROM rating"
                        + " WHERE " + CELL, row -> new Versioned<>(mapRating(row), row.getLong(5)), factorId, offerId)
                .stream().findFirst().orElseGet(() -> new Versioned<>(new Rating(factorId, offerId, Rating.UNKNOWN, ""), 0));
    }

    /**
     * Stores one cell of the grid whatever its stored version (undo of a delete restoring the ratings it took);
     * a blank rating clears the cell. One upsert, not a delete and an insert: two people rating the same cell of a
     * team workspace at once would otherwise both insert, and one be refused.
     */
    public void put(Rating rating) {
        if (rating.isBlank()) {
            jdbc.update("DELETE FROM rating WHERE " + CELL, rating.factorId(), rating.offerId());
            return;
        }
        jdbc.update(upsert(), cellValues(rating));
    }

    /**
     * Stores one cell of the grid only if it still has {@code expectedVersion} (0: it was empty when read); returns
     * its new version, 0 when a blank rating cleared it. Otherwise writes nothing and throws
     * {@link RowChangedException}.
     */
    public long put(Rating rating, long expectedVersion) {
        int rows;
        long next;
        if (rating.isBlank()) {
            rows = expectedVersion == 0 ? (rating(rating.factorId(), rating.offerId()).version() == 0 ? 1 : 0)
                    : jdbc.update("DELETE FROM rating WHERE " + CELL + " AND version = ?", rating.factorId(),
                            rating.offerId(), expectedVersion);
            next = 0;
        } else if (expectedVersion == 0) {
            // A first value: the upsert's update applies only over the version read, and a cell that was empty has
            // none, so a cell a colleague filled meanwhile matches nothing. Two first values at once: the second
            // waits for the first (PostgreSQL at the unique index, SQLite for the write lock), then finds its row.
            List<Object> values = new ArrayList<>(Arrays.asList(cellValues(rating)));
            values.add(expectedVersion);
            rows = jdbc.update(upsert() + " WHERE rating.version = ?", values.toArray());
            next = 1;
        } else {
            // A cell a colleague cleared meanwhile has no row: nothing to update, so it is not put back either.
            rows = jdbc.update("UPDATE rating SET score = ?, note = ?, version = version + 1 WHERE " + CELL
                    + " AND version = ?", rating.isKnown() ? rating.score() : null, rating.note(), rating.factorId(),
                    rating.offerId(), expectedVersion);
            next = expectedVersion + 1;
        }
        if (rows != 1) {
            version(rating.factorId()); // throws when the factor is gone
            throw RowChangedException.ofRating(new RatingCell(rating.factorId(), rating.offerId()), expectedVersion);
        }
        return next;
    }

    private String upsert() {
        // The conflict target repeats the unique index's own expression, which each schema spells its own way.
        String cell = jdbc.dialect() == SqlDialect.SQLITE ? "ifnull(offer_item_id, 0)" : "coalesce(offer_item_id, 0)";
        return "INSERT INTO rating (factor_id, offer_item_id, score, note) VALUES (?, ?, ?, ?)"
                + " ON CONFLICT (factor_id, " + cell + ") DO UPDATE SET score = excluded.score,"
                + " note = excluded.note, version = rating.version + 1";
    }

    private static Object[] cellValues(Rating rating) {
        return new Object[] {rating.factorId(), rating.offerId() == Offer.OURS ? null : rating.offerId(),
            rating.isKnown() ? rating.score() : null, rating.note()};
    }

    /** Everything that refers to an item: factors made from it, links to it, its ratings as an offer. */
    public ItemTrace traceOf(long itemId) {
        return new ItemTrace(
                jdbc.query("SELECT id FROM factor WHERE source_item_id = ? ORDER BY id", r -> r.getLong(1), itemId),
                jdbc.query("SELECT factor_id, customer_item_id FROM factor_link WHERE customer_item_id = ? ORDER BY 1",
                        r -> new FactorLink(r.getLong(1), r.getLong(2)), itemId),
                jdbc.query("SELECT factor_id, offer_item_id, coalesce(score, 0), note FROM rating WHERE offer_item_id = ?"
                        + " ORDER BY 1", StrategyRepository::mapRating, itemId));
    }

    /** Puts back what deleting an item took with it (undo of a delete). */
    public void restore(long itemId, ItemTrace trace) {
        trace.sourcedFactors().forEach(id -> jdbc.update("UPDATE factor SET source_item_id = ? WHERE id = ?", itemId, id));
        trace.links().forEach(this::addLink);
        trace.ratings().forEach(this::put);
    }

    /**
     * Stores a whole strategy as given, ids included: factors with id 0 get new ones, so a copy must map its
     * link and rating ids first. Links and ratings go through one prepared statement each.
     */
    public void insertAll(Strategy strategy) {
        for (Factor factor : strategy.factors()) {
            insert(factor);
        }
        jdbc.updateAll("INSERT INTO factor_link (factor_id, customer_item_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
                strategy.links().stream().map(l -> new Object[] {l.factorId(), l.customerItemId()}).toList());
        List<Object[]> rows = new ArrayList<>();
        for (Rating r : strategy.ratings()) {
            rows.add(cellValues(r));
        }
        jdbc.updateAll("INSERT INTO rating (factor_id, offer_item_id, score, note) VALUES (?, ?, ?, ?)", rows);
    }

    private static StoreException missing(long id) {
        return new StoreException("Factor " + id + " does not exist (it may have been deleted)");
    }

    private static Factor map(ResultSet row) throws SQLException {
        return new Factor(row.getLong(1), row.getLong(2), row.getInt(3), row.getString(4), row.getLong(5),
                FourAction.parse(row.getString(6)), row.getString(7));
    }

    private static Rating mapRating(ResultSet row) throws SQLException {
        return new Rating(row.getLong(1), row.getLong(2), row.getInt(3), row.getString(4));
    }

    /** What deleting one item removes from the strategy, kept so undo can put it back. */
    public record ItemTrace(List<Long> sourcedFactors, List<FactorLink> links, List<Rating> ratings) {
        public ItemTrace {
            sourcedFactors = List.copyOf(sourcedFactors);
            links = List.copyOf(links);
            ratings = List.copyOf(ratings);
        }
    }
}
