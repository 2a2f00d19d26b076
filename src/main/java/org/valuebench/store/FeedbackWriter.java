package org.valuebench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import org.valuebench.domain.Feedback;

/**
 * Adds many feedback records in the caller's transaction as fast as SQLite allows from Java: records go in
 * {@link #ROWS} at a time through one multi-row INSERT (the JDBC driver's cost is per statement, not per
 * value), with the running sums gathered in memory. Memory stays bounded: at most {@link #ROWS} records wait,
 * and the sums are written out whenever they reach {@link #MAX_SUMS} entries. SQLite gets a larger page cache
 * while the writer is open. Call {@link #finish()} before the transaction commits; a caller that fails rolls
 * the transaction back.
 */
public final class FeedbackWriter implements AutoCloseable {
    static final int ROWS = 50;
    static final int MAX_SUMS = 50_000;
    private static final int IMPORT_CACHE_KIB = 64 * 1024;
    private final Connection connection;
    private final PreparedStatement insert;
    private final long cacheBefore;
    private final Feedback[] waiting = new Feedback[ROWS];
    private final CellSums sums = new CellSums();
    private int pending;
    private long written;

    FeedbackWriter(Connection connection) throws SQLException {
        this.connection = connection;
        this.cacheBefore = pragma(connection, "cache_size");
        try (Statement s = connection.createStatement()) {
            s.execute("PRAGMA cache_size = -" + IMPORT_CACHE_KIB);
        }
        this.insert = connection.prepareStatement(insertOf(ROWS));
    }

    static String insertOf(int rows) {
        StringBuilder sql = new StringBuilder("INSERT INTO feedback (" + FeedbackRepository.COLUMNS + ") VALUES ");
        for (int i = 0; i < rows; i++) {
            sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        }
        return sql.toString();
    }

    private static long pragma(Connection connection, String name) throws SQLException {
        try (Statement s = connection.createStatement(); var rows = s.executeQuery("PRAGMA " + name)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** Queues the record (its id must be 0 or one no record has). */
    public void add(Feedback feedback) {
        waiting[pending++] = feedback;
        if (pending == ROWS) {
            flushRows();
        }
        sums.add(feedback, 1);
        written++;
        if (sums.size() >= MAX_SUMS) {
            sums.writeTo(connection);
        }
    }

    /** Records added so far. */
    public long written() {
        return written;
    }

    /** Writes what is queued and the sums; returns the records written. */
    public long finish() {
        flushRows();
        sums.writeTo(connection);
        return written;
    }

    private void flushRows() {
        if (pending == 0) {
            return;
        }
        try {
            if (pending == ROWS) {
                bindAll(insert);
                insert.executeUpdate();
            } else {
                try (PreparedStatement rest = connection.prepareStatement(insertOf(pending))) {
                    bindAll(rest);
                    rest.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw new StoreException("Database error: " + e.getMessage(), e);
        }
        java.util.Arrays.fill(waiting, null);
        pending = 0;
    }

    private void bindAll(PreparedStatement statement) throws SQLException {
        for (int i = 0; i < pending; i++) {
            FeedbackRepository.bind(statement, i * FeedbackRepository.COLUMN_COUNT, waiting[i]);
        }
    }

    @Override
    public void close() {
        try (Statement s = connection.createStatement()) {
            insert.close();
            s.execute("PRAGMA cache_size = " + cacheBefore);
        } catch (SQLException e) {
            throw new StoreException("Database error: " + e.getMessage(), e);
        }
    }
}
