package org.valuebench.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Begins, commits and rolls back the write transactions of the workspace's connection, taking SQLite's write
 * lock at the start ({@code BEGIN IMMEDIATE}) and waiting for it while another connection writes.
 *
 * <p>Why not a plain (deferred) transaction: it takes the write lock only at its first write, after the reads
 * that come first, and in WAL mode SQLite then answers SQLITE_BUSY at once, without calling the busy handler,
 * whenever another connection wrote since those reads; so parallel imports failed at random. Asking for the lock
 * first means a writer either gets it or waits with nothing read yet. Reads outside a transaction never take it,
 * so readers never wait.
 *
 * <p>The wait is a loop of short attempts, each waiting inside SQLite (its busy timeout), so that the listener
 * hears of a long wait and the limit is kept; the connection's usual busy timeout is put back afterwards.
 */
final class WriteTurn {
    private static final int SQLITE_BUSY = 5;
    private static final Duration ATTEMPT = Duration.ofMillis(250);

    private final Connection connection;
    private final Path file;
    private final int usualBusyTimeoutMillis;
    private final LongSupplier nanoTime;
    private WriteWait wait = WriteWait.DEFAULT;

    WriteTurn(Connection connection, Path file, int usualBusyTimeoutMillis, LongSupplier nanoTime) {
        this.connection = connection;
        this.file = file;
        this.usualBusyTimeoutMillis = usualBusyTimeoutMillis;
        this.nanoTime = nanoTime;
    }

    void waitWith(WriteWait wait) {
        this.wait = wait;
    }

    /**
     * Begins a write transaction once no other connection writes, waiting up to the limit.
     *
     * @throws StoreException the limit passed: nothing was begun
     */
    void begin() throws SQLException {
        WriteWait current = wait;
        long start = nanoTime.getAsLong();
        boolean told = false;
        try {
            while (true) {
                Duration waited = Duration.ofNanos(nanoTime.getAsLong() - start);
                Duration left = current.limit().minus(waited);
                if (tryBegin(left.isNegative() ? Duration.ZERO : min(left, ATTEMPT))) {
                    if (told) {
                        current.listener().resumed(file, Duration.ofNanos(nanoTime.getAsLong() - start));
                    }
                    return;
                }
                waited = Duration.ofNanos(nanoTime.getAsLong() - start);
                if (waited.compareTo(current.limit()) >= 0) {
                    throw new StoreException(file + " is busy: another program has been writing to it for more"
                            + " than " + seconds(current.limit()) + ". Nothing was written; try again once it has"
                            + " finished.");
                }
                if (!told && waited.compareTo(WriteWait.NOTICE_AFTER) >= 0) {
                    current.listener().waiting(file);
                    told = true;
                }
            }
        } finally {
            busyTimeout(usualBusyTimeoutMillis);
        }
    }

    /** Begins a write transaction only if no other connection writes at this moment; false if one does. */
    boolean beginIfFree() throws SQLException {
        try {
            return tryBegin(Duration.ZERO);
        } finally {
            busyTimeout(usualBusyTimeoutMillis);
        }
    }

    void commit() throws SQLException {
        execute("COMMIT");
    }

    /**
     * Rolls back after {@code failure}. SQLite may have rolled back already (a full disk does that), and then
     * ROLLBACK fails too: that second error is kept beside the first rather than hiding it.
     */
    void rollbackAfter(Exception failure) {
        try {
            execute("ROLLBACK");
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    private boolean tryBegin(Duration patience) throws SQLException {
        busyTimeout((int) Math.min(Integer.MAX_VALUE, patience.toMillis()));
        try {
            execute("BEGIN IMMEDIATE");
            return true;
        } catch (SQLException e) {
            if ((e.getErrorCode() & 0xff) == SQLITE_BUSY) {
                return false;
            }
            throw e;
        }
    }

    private void busyTimeout(int millis) throws SQLException {
        execute("PRAGMA busy_timeout = " + millis);
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static String seconds(Duration limit) {
        long s = limit.toSeconds();
        return s == 1 ? "1 second" : s + " seconds";
    }
}
