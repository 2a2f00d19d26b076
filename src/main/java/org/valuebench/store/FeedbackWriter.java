package org.valuebench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.valuebench.domain.Feedback;

/**
 * Adds many feedback records in the caller's transaction as fast as SQLite allows: one prepared statement,
 * executed in batches, with the cell sums gathered in memory. Memory stays bounded: the batch holds at most
 * {@link #BATCH} records and the sums are written out whenever they reach {@link #MAX_CELLS} cells.
 * Call {@link #finish()} before the transaction commits; {@link #close()} alone discards nothing already sent,
 * so a caller that fails rolls the transaction back.
 */
public final class FeedbackWriter implements AutoCloseable {
    static final int BATCH = 1_000;
    static final int MAX_CELLS = 50_000;
    private final Connection connection;
    private final PreparedStatement insert;
    private final CellSums cells = new CellSums();
    private int pending;
    private long written;

    FeedbackWriter(Connection connection, PreparedStatement insert) {
        this.connection = connection;
        this.insert = insert;
    }

    /** Queues the record (its id must be 0 or one no record has). */
    public void add(Feedback feedback) {
        try {
            FeedbackRepository.bind(insert, feedback);
            insert.addBatch();
            if (++pending == BATCH) {
                flushBatch();
            }
        } catch (SQLException e) {
            throw failed(e);
        }
        cells.add(feedback, 1);
        written++;
        if (cells.size() >= MAX_CELLS) {
            cells.writeTo(connection);
        }
    }

    /** Records added so far. */
    public long written() {
        return written;
    }

    /** Sends what is queued and writes the sums; returns the records written. */
    public long finish() {
        try {
            flushBatch();
        } catch (SQLException e) {
            throw failed(e);
        }
        cells.writeTo(connection);
        return written;
    }

    private void flushBatch() throws SQLException {
        if (pending > 0) {
            insert.executeBatch();
            pending = 0;
        }
    }

    private static StoreException failed(SQLException e) {
        return new StoreException("Database error: " + e.getMessage(), e);
    }

    @Override
    public void close() {
        try {
            insert.close();
        } catch (SQLException e) {
            throw failed(e);
        }
    }
}
