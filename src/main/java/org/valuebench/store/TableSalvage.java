package org.valuebench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Copies the rows of one table that SQLite can still read from a damaged file into the same table of another,
 * in row id order, a chunk at a time. Where a chunk stops at a damaged page, it finds the first row id past the
 * damage (doubling a step until a seek lands on a sound page, then halving back to the damage's edge: a damaged
 * page holds a contiguous range of row ids) and goes on from there.
 */
final class TableSalvage {
    private static final int CHUNK = 1_000;
    private static final int SQLITE_CONSTRAINT = 19;

    private final Connection from;
    private final Connection to;
    private final String table;
    private final List<String> columns;
    private long copied;
    private long refused;
    private int damagedRanges;

    private TableSalvage(Connection from, Connection to, String table, List<String> columns) {
        this.from = from;
        this.to = to;
        this.table = table;
        this.columns = columns;
    }

    /**
     * Copies what can be read of {@code table}: the columns both files have. The source's schema must be
     * readable; a failure to write the target is thrown.
     */
    static WorkspaceRecovery.TableCount copy(Connection from, Connection to, String table) throws SQLException {
        List<String> theirs = columns(from, table);
        List<String> shared = columns(to, table).stream().filter(theirs::contains).toList();
        if (shared.isEmpty()) {
            return new WorkspaceRecovery.TableCount(table, 0, 0);
        }
        TableSalvage salvage = new TableSalvage(from, to, table, shared);
        salvage.run();
        return new WorkspaceRecovery.TableCount(table, salvage.copied, salvage.lost());
    }

    private static List<String> columns(Connection c, String table) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rows = s.executeQuery("PRAGMA table_info(" + table + ")")) {
            while (rows.next()) {
                names.add(rows.getString("name"));
            }
        }
        return names;
    }

    /**
     * The table's columns as a bare CREATE TABLE statement, as the target workspace has them: enough for SQLite
     * to read the table's rows (an INTEGER PRIMARY KEY stays one: it is the row id, stored nowhere else).
     */
    static String bareDefinition(Connection c, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        int keys = 0;
        String rowidAlias = null;
        try (Statement s = c.createStatement(); ResultSet rows = s.executeQuery("PRAGMA table_info(" + table + ")")) {
            while (rows.next()) {
                String name = rows.getString("name");
                columns.add(name);
                if (rows.getInt("pk") > 0) {
                    keys++;
                    rowidAlias = "INTEGER".equalsIgnoreCase(rows.getString("type")) ? name : null;
                }
            }
        }
        String alias = keys == 1 ? rowidAlias : null;
        return "CREATE TABLE " + table + " (" + String.join(", ", columns.stream()
                .map(name -> name.equals(alias) ? name + " INTEGER PRIMARY KEY" : name).toList()) + ")";
    }

    private void run() throws SQLException {
        String list = String.join(", ", columns);
        String read = "SELECT rowid, " + list + " FROM " + table + " WHERE rowid >= ? ORDER BY rowid LIMIT " + CHUNK;
        String write = "INSERT INTO " + table + " (" + list + ") VALUES (" + "?, ".repeat(columns.size() - 1) + "?)";
        long next = Long.MIN_VALUE;
        try (PreparedStatement reader = from.prepareStatement(read); PreparedStatement writer = to.prepareStatement(write)) {
            while (true) {
                int rows = 0;
                boolean more = true;
                reader.setLong(1, next);
                try (ResultSet chunk = reader.executeQuery()) {
                    while (chunk.next()) {
                        long rowid = chunk.getLong(1);
                        for (int i = 0; i < columns.size(); i++) {
                            writer.setObject(i + 1, chunk.getObject(i + 2));
                        }
                        insert(writer);
                        rows++;
                        if (rowid == Long.MAX_VALUE) {
                            more = false;
                            break;
                        }
                        next = rowid + 1;
                    }
                } catch (SQLException e) {
                    if (SqliteFailures.classify(e) != SqliteFailures.Kind.DAMAGED) {
                        throw e;
                    }
                    damagedRanges++;
                    Long resume = firstReadableAfterDamageAt(next);
                    if (resume == null) {
                        return;
                    }
                    next = resume;
                    continue;
                }
                if (!more || rows < CHUNK) {
                    return;
                }
            }
        }
    }

    private void insert(PreparedStatement writer) throws SQLException {
        try {
            writer.executeUpdate();
            copied++;
        } catch (SQLException e) {
            // A row whose parent was lost (a record of a lost promise), or whose damaged values break a rule.
            if ((e.getErrorCode() & 0xff) != SQLITE_CONSTRAINT) {
                throw e;
            }
            refused++;
        }
    }

    /** Rows the source says it holds but that were not copied; -1 when the source cannot count them either. */
    private long lost() {
        try (Statement s = from.createStatement(); ResultSet count = s.executeQuery("SELECT count(*) FROM " + table)) {
            count.next();
            return Math.max(0, count.getLong(1) - copied);
        } catch (SQLException e) {
            return damagedRanges == 0 ? refused : -1;
        }
    }

    /**
     * Where to go on after reading failed at or after {@code at}; null when nothing readable follows. A seek to
     * {@code at} that succeeds means the pages are sound but the row there is not: it alone is skipped.
     */
    private Long firstReadableAfterDamageAt(long at) throws SQLException {
        Seek here = seek(at);
        if (!here.damaged()) {
            return here.end() || here.rowid() == Long.MAX_VALUE ? null : here.rowid() + 1;
        }
        long bad = at;
        long step = 1;
        while (true) {
            if (Long.MAX_VALUE - bad < step) {
                return null;
            }
            long probe = bad + step;
            Seek landed = seek(probe);
            if (landed.damaged()) {
                bad = probe;
                step *= 2;
                continue;
            }
            if (landed.end()) {
                return null;
            }
            long good = probe;
            while (good - bad > 1) {
                long middle = bad + (good - bad) / 2;
                if (seek(middle).damaged()) {
                    bad = middle;
                } else {
                    good = middle;
                }
            }
            return good;
        }
    }

    private record Seek(boolean damaged, boolean end, long rowid) {
    }

    private Seek seek(long at) throws SQLException {
        try (PreparedStatement s = from.prepareStatement("SELECT rowid FROM " + table
                + " WHERE rowid >= ? ORDER BY rowid LIMIT 1")) {
            s.setLong(1, at);
            try (ResultSet row = s.executeQuery()) {
                return row.next() ? new Seek(false, false, row.getLong(1)) : new Seek(false, true, 0);
            }
        } catch (SQLException e) {
            if (SqliteFailures.classify(e) != SqliteFailures.Kind.DAMAGED) {
                throw e;
            }
            return new Seek(true, false, 0);
        }
    }
}
