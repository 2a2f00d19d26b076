package org.valuebench.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.valuebench.domain.Canvas;
import org.valuebench.domain.CanvasContent;
import org.valuebench.domain.CanvasSummary;
import org.valuebench.domain.Item;

/** Canvases and their whole content. */
public final class CanvasRepository {
    private static final String COLUMNS = "id, name, segment, offering, notes, created_at, updated_at";
    private final Jdbc jdbc;
    private final ItemRepository items;
    private final LinkRepository links;
    private final StrategyRepository strategy;

    CanvasRepository(Connection connection) {
        this.jdbc = new Jdbc(connection);
        this.items = new ItemRepository(connection);
        this.links = new LinkRepository(connection);
        this.strategy = new StrategyRepository(connection);
    }

    public List<CanvasSummary> list() {
        return jdbc.query("""
                SELECT c.id, c.name, c.segment, c.updated_at,
                       (SELECT count(*) FROM item i WHERE i.canvas_id = c.id AND i.section IN ('WANTS','NEEDS','FEARS')),
                       (SELECT count(*) FROM item i WHERE i.canvas_id = c.id AND i.section IN ('FEATURES','BENEFITS','EXPERIENCE')),
                       (SELECT count(*) FROM item i WHERE i.canvas_id = c.id AND i.section IN ('COMPETITORS','SUBSTITUTES')),
                       (SELECT count(*) FROM item i WHERE i.canvas_id = c.id AND i.is_promise = 1),
                       (SELECT count(*) FROM fit_link l JOIN item i ON i.id = l.offering_item_id WHERE i.canvas_id = c.id),
                       (SELECT max(w.started_at) FROM workshop w WHERE w.canvas_id = c.id)
                FROM canvas c ORDER BY\s""" + jdbc.dialect().caseless("c.name") + ", c.id",
                row -> new CanvasSummary(row.getLong(1), row.getString(2), row.getString(3),
                Instant.parse(row.getString(4)), row.getInt(5), row.getInt(6), row.getInt(7), row.getInt(8),
                row.getInt(9), Optional.ofNullable(row.getString(10)).map(Instant::parse)));
    }

    public Optional<Canvas> find(long id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM canvas WHERE id = ?", CanvasRepository::map, id)
                .stream().findFirst();
    }

    public List<Canvas> findByName(String name) {
        return jdbc.query("SELECT " + COLUMNS + " FROM canvas WHERE " + jdbc.dialect().caselessEquals("name") + " ORDER BY id",
                CanvasRepository::map, name.strip());
    }

    /** The canvas with its items, links and strategy, or empty when there is no such canvas. */
    public Optional<CanvasContent> content(long id) {
        return find(id).map(canvas -> new CanvasContent(canvas, items.byCanvas(id), links.byCanvas(id),
                strategy.byCanvas(id)));
    }

    /**
     * The canvas with its items, links and strategy, and the versions of the canvas, its items, factors and rating
     * cells in this read (each read in the same statement as its row); empty when there is no such canvas.
     */
    public Optional<CanvasRead> read(long id) {
        record Head(Canvas canvas, long version) { }
        return jdbc.query("SELECT " + COLUMNS + ", version FROM canvas WHERE id = ?",
                row -> new Head(map(row), row.getLong(8)), id).stream().findFirst().map(head -> {
                    Map<Long, Long> versions = new HashMap<>();
                    List<Item> rows = items.byCanvas(id, versions);
                    Map<Long, Long> factorVersions = new HashMap<>();
                    Map<RatingCell, Long> ratingVersions = new HashMap<>();
                    return new CanvasRead(new CanvasContent(head.canvas(), rows, links.byCanvas(id),
                            strategy.byCanvas(id, factorVersions, ratingVersions)), head.version(), versions,
                            factorVersions, ratingVersions);
                });
    }

    /** The canvas with its version, read in one statement. */
    public Optional<Versioned<Canvas>> findVersioned(long id) {
        return jdbc.query("SELECT " + COLUMNS + ", version FROM canvas WHERE id = ?",
                row -> new Versioned<>(map(row), row.getLong(8)), id).stream().findFirst();
    }

    /** The stored version of the canvas: 1 when inserted, raised by every update (not by {@link #touch}). */
    public long version(long id) {
        return jdbc.query("SELECT version FROM canvas WHERE id = ?", r -> r.getLong(1), id).stream().findFirst()
                .orElseThrow(() -> missing(id));
    }

    /** Inserts the canvas; an id of 0 lets SQLite choose one, any other id is kept (undo restores ids). */
    public Canvas insert(Canvas canvas) {
        long id = jdbc.insert("INSERT INTO canvas (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)",
                canvas.id() == 0 ? null : canvas.id(), canvas.name(), canvas.segment(), canvas.offering(),
                canvas.notes(), canvas.created().toString(), canvas.updated().toString());
        return canvas.withId(id);
    }

    /**
     * Updates the canvas's details only if the row still has {@code expectedVersion}, the one the edit was made
     * from; returns the new version. Otherwise writes nothing and throws {@link RowChangedException}.
     */
    public long update(Canvas canvas, long expectedVersion) {
        int rows = jdbc.update("UPDATE canvas SET name = ?, segment = ?, offering = ?, notes = ?, updated_at = ?,"
                + " version = version + 1 WHERE id = ? AND version = ?", canvas.name(), canvas.segment(),
                canvas.offering(), canvas.notes(), canvas.updated().toString(), canvas.id(), expectedVersion);
        if (rows != 1) {
            version(canvas.id()); // throws when the canvas is gone
            throw new RowChangedException("Canvas", canvas.id(), expectedVersion);
        }
        return expectedVersion + 1;
    }

    /** Marks the canvas changed (an edit of its items); not an edit of the canvas, so its version stays. */
    public void touch(long id, Instant when) {
        jdbc.update("UPDATE canvas SET updated_at = ? WHERE id = ?", when.toString(), id);
    }

    /**
     * Deletes the canvas; its items, links and imports go with it (foreign keys), its feedback by the second
     * statement: a team workspace's feedback has no foreign keys. The canvas goes first, so a colleague's import
     * into it (which holds its promises) is waited for and its records deleted too; see ItemRepository.delete.
     */
    public void delete(long id) {
        requireOne(jdbc.update("DELETE FROM canvas WHERE id = ?", id), id);
        jdbc.update("DELETE FROM feedback WHERE canvas_id = ?", id);
    }

    private static void requireOne(int rows, long id) {
        if (rows != 1) {
            throw missing(id);
        }
    }

    private static StoreException missing(long id) {
        return new StoreException("Canvas " + id + " does not exist (it may have been deleted)");
    }

    private static Canvas map(ResultSet row) throws SQLException {
        return new Canvas(row.getLong(1), row.getString(2), row.getString(3), row.getString(4), row.getString(5),
                Instant.parse(row.getString(6)), Instant.parse(row.getString(7)));
    }
}
