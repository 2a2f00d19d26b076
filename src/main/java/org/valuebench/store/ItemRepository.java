package org.valuebench.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.valuebench.domain.ColourTag;
import org.valuebench.domain.Item;
import org.valuebench.domain.Section;

/** Items of a canvas; positions in a section are kept dense (0, 1, 2, ...) on every insert, move and delete. */
public final class ItemRepository {
    private static final String COLUMNS =
            "id, canvas_id, section, position, text, notes, colour, author, importance, is_promise, promise_target";
    /** Ids per statement of {@link #holdAgainstDelete}: well under either engine's limit on parameters. */
    private static final int HELD_AT_ONCE = 500;
    private final Jdbc jdbc;

    ItemRepository(Connection connection) {
        this.jdbc = new Jdbc(connection);
    }

    public List<Item> byCanvas(long canvasId) {
        return byCanvas(canvasId, new HashMap<>());
    }

    /** The canvas's items; {@code versions} receives each one's version, read in the same statement. */
    List<Item> byCanvas(long canvasId, Map<Long, Long> versions) {
        return jdbc.query("SELECT " + COLUMNS + ", version FROM item WHERE canvas_id = ? ORDER BY section, position, id",
                row -> {
                    Item item = map(row);
                    versions.put(item.id(), row.getLong(12));
                    return item;
                }, canvasId);
    }

    /** The item with its version, read in one statement. */
    public Optional<Versioned<Item>> findVersioned(long id) {
        return jdbc.query("SELECT " + COLUMNS + ", version FROM item WHERE id = ?",
                row -> new Versioned<>(map(row), row.getLong(12)), id).stream().findFirst();
    }

    /** Refuses with {@link RowChangedException} unless the item (if it still exists) has {@code expectedVersion}. */
    public void requireVersion(long id, long expectedVersion) {
        List<Long> stored = jdbc.query("SELECT version FROM item WHERE id = ?", r -> r.getLong(1), id);
        if (!stored.isEmpty() && stored.get(0) != expectedVersion) {
            throw new RowChangedException("Item", id, expectedVersion);
        }
    }

    /** The stored version of the item: 1 when inserted, raised by every update. */
    public long version(long id) {
        return jdbc.query("SELECT version FROM item WHERE id = ?", r -> r.getLong(1), id).stream().findFirst()
                .orElseThrow(() -> missing(id));
    }

    public Optional<Item> find(long id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM item WHERE id = ?", ItemRepository::map, id).stream().findFirst();
    }

    /** The highest item id in the workspace, 0 when there is none. */
    public long maxId() {
        return jdbc.query("SELECT coalesce(max(id), 0) FROM item", r -> r.getLong(1)).get(0);
    }

    public int count(long canvasId, Section section) {
        return jdbc.query("SELECT count(*) FROM item WHERE canvas_id = ? AND section = ?", r -> r.getInt(1),
                canvasId, section.name()).get(0);
    }

    /**
     * Inserts the item at its position (clamped to the end of its section), shifting later items down.
     * An id of 0 takes a new one (never a deleted item's); any other id is kept so undo restores the same item.
     */
    public Item insert(Item item) {
        int position = Math.min(item.position(), count(item.canvasId(), item.section()));
        jdbc.update("UPDATE item SET position = position + 1 WHERE canvas_id = ? AND section = ? AND position >= ?",
                item.canvasId(), item.section().name(), position);
        long id = jdbc.insert("INSERT INTO item (" + COLUMNS + ") VALUES (" + jdbc.dialect().givenOrNewId("item", item.id())
                        + ", ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                item.id() == 0 ? null : item.id(), item.canvasId(), item.section().name(), position, item.text(),
                item.notes(), item.colour().name(), item.author(), item.importance(), item.promise() ? 1 : 0,
                item.promiseTarget());
        return find(id).orElseThrow();
    }

    /**
     * Inserts the items of a canvas that has none yet, each at the position it carries (the caller keeps them
     * dense per section), under ids SQLite chooses, in one prepared statement; returns the new ids in order.
     */
    public long[] insertAllNew(List<Item> items) {
        List<Object[]> rows = new java.util.ArrayList<>(items.size());
        for (Item item : items) {
            rows.add(new Object[] {item.canvasId(), item.section().name(), item.position(), item.text(), item.notes(),
                item.colour().name(), item.author(), item.importance(), item.promise() ? 1 : 0, item.promiseTarget()});
        }
        return jdbc.insertAll("INSERT INTO item (id, canvas_id, section, position, text, notes, colour, author,"
                + " importance, is_promise, promise_target) VALUES (" + jdbc.dialect().newId("item")
                + ", ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
    }

    /** Appends the item at the end of its section. */
    public Item append(Item item) {
        Item last = item.at(item.section(), count(item.canvasId(), item.section()));
        return insert(last);
    }

    /**
     * Updates what an edit can change, whatever the stored version (workshop merges, samples: no user read it);
     * section and position change only through {@link #move}. Raises the version.
     */
    public void update(Item item) {
        int rows = jdbc.update(UPDATE + "WHERE id = ?", values(item, item.id()));
        requireOne(rows, item.id());
    }

    /**
     * Updates what an edit can change only if the row still has {@code expectedVersion}, the one its edit was made
     * from; returns the new version. Otherwise writes nothing and throws {@link RowChangedException}.
     */
    public long update(Item item, long expectedVersion) {
        int rows = jdbc.update(UPDATE + "WHERE id = ? AND version = ?", values(item, item.id(), expectedVersion));
        if (rows != 1) {
            version(item.id()); // throws when the item is gone
            throw new RowChangedException("Item", item.id(), expectedVersion);
        }
        return expectedVersion + 1;
    }

    private static final String UPDATE = """
            UPDATE item SET text = ?, notes = ?, colour = ?, author = ?, importance = ?, is_promise = ?,
                            promise_target = ?, version = version + 1
            """;

    private static Object[] values(Item item, Object... where) {
        Object[] set = {item.text(), item.notes(), item.colour().name(), item.author(), item.importance(),
            item.promise() ? 1 : 0, item.promiseTarget()};
        Object[] all = Arrays.copyOf(set, set.length + where.length);
        System.arraycopy(where, 0, all, set.length, where.length);
        return all;
    }

    /**
     * Moves the item to index {@code index} of {@code section} (clamped), closing and opening gaps. Into another
     * group it takes the defaults there ({@link Item#movedTo}); its links are the caller's to remove first.
     */
    public Item move(long id, Section section, int index) {
        Item item = find(id).orElseThrow(() -> missing(id));
        Item moved = item.movedTo(section, 0);
        removeFromOrder(item);
        int target = Math.max(0, Math.min(index, count(item.canvasId(), section) - (item.section() == section ? 1 : 0)));
        jdbc.update("UPDATE item SET position = position + 1 WHERE canvas_id = ? AND section = ? AND position >= ? AND id <> ?",
                item.canvasId(), section.name(), target, id);
        // The moved item's version rises; the neighbours' positions shift without (nobody edited them).
        jdbc.update("UPDATE item SET section = ?, position = ?, importance = ?, is_promise = ?, promise_target = ?,"
                + " version = version + 1 WHERE id = ?", moved.section().name(), target, moved.importance(), moved.promise() ? 1 : 0,
                moved.promiseTarget(), id);
        return find(id).orElseThrow();
    }

    /**
     * Puts the item at {@code position} of {@code section} without moving any other: for a caller that places every
     * item of a canvas (a restored version) and keeps the order dense itself.
     */
    public void place(long id, Section section, int position) {
        requireOne(jdbc.update("UPDATE item SET section = ?, position = ? WHERE id = ?", section.name(), position, id),
                id);
    }

    /**
     * Deletes the item and its feedback. The feedback of a team workspace has no foreign key that would cascade
     * (docs/decisions/0011-feedback-without-foreign-keys.md), so it goes here, on both engines, and after the item:
     * an import writing records for it holds the item (see {@link #holdAgainstDelete}), so this delete waits for
     * the import's commit, and the feedback delete after it then sees the import's records too.
     */
    public void delete(long id) {
        Item item = find(id).orElseThrow(() -> missing(id));
        jdbc.update("DELETE FROM item WHERE id = ?", id);
        jdbc.update("DELETE FROM feedback WHERE promise_item_id = ?", id);
        removeFromOrder(item);
    }

    /**
     * Holds the items against a colleague's delete until this transaction ends, before records that point to them
     * are written ({@code FOR KEY SHARE} on a team workspace: a delete waits, edits of the items do not; a file
     * has one writer at a time and needs nothing). Returns those of the ids that still exist.
     */
    public Set<Long> holdAgainstDelete(Collection<Long> ids) {
        Set<Long> found = new HashSet<>();
        List<Long> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += HELD_AT_ONCE) {
            List<Long> part = all.subList(from, Math.min(all.size(), from + HELD_AT_ONCE));
            String sql = "SELECT id FROM item WHERE id IN (" + String.join(", ", Collections.nCopies(part.size(), "?"))
                    + ")" + (jdbc.dialect() == SqlDialect.POSTGRESQL ? " FOR KEY SHARE" : "");
            found.addAll(jdbc.query(sql, row -> row.getLong(1), part.toArray()));
        }
        return found;
    }

    /** Closes the gap the item leaves in its section's order. */
    private void removeFromOrder(Item item) {
        jdbc.update("UPDATE item SET position = position - 1 WHERE canvas_id = ? AND section = ? AND position > ? AND id <> ?",
                item.canvasId(), item.section().name(), item.position(), item.id());
    }

    private static void requireOne(int rows, long id) {
        if (rows != 1) {
            throw missing(id);
        }
    }

    private static StoreException missing(long id) {
        return new StoreException("Item " + id + " does not exist (it may have been deleted)");
    }

    private static Item map(ResultSet row) throws SQLException {
        return new Item(row.getLong(1), row.getLong(2), Section.valueOf(row.getString(3)), row.getInt(4),
                row.getString(5), row.getString(6), ColourTag.parse(row.getString(7)), row.getString(8), row.getInt(9),
                row.getInt(10) == 1, row.getInt(11));
    }
}
