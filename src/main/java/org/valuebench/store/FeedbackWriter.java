package org.valuebench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.valuebench.domain.Feedback;

/**
 * Adds many feedback records in the caller's transaction as fast as SQLite allows from Java: records go in
 * {@link #ROWS} at a time through one multi-row INSERT (the JDBC driver's cost is per statement, not per
 * value), with the running sums gathered in memory, by the writer or by the caller in a {@link FeedbackTally}.
 * Memory stays bounded: at most {@link #ROWS} records wait, and the sums are written out whenever they reach
 * {@link #MAX_SUMS} entries. SQLite gets a larger page cache while the writer is open. A large import into a
 * small table writes without the indexes its records land all over and builds them again at the end (see
 * {@link #expectAbout}), sorting on helper threads (see {@link #finish()}). Call {@link #finish()} before the transaction commits; a caller that fails rolls the
 * transaction back, which also brings back any index this writer dropped. On a team workspace the records go to
 * PostgreSQL with COPY instead ({@link FeedbackCopy}), which holds the connection while records are queued: call
 * {@link #flush()} before other statements; the sums are gathered and written the same way.
 */
public final class FeedbackWriter implements AutoCloseable {
    static final int ROWS = 50;
    static final int MAX_SUMS = 50_000;
    static final long BULK_MINIMUM = 200_000;
    /**
     * Indexes a large import keeps: all its records share one canvas and one import, so their entries only ever
     * go to one place in these, which costs less than building them again.
     */
    static final Set<String> KEPT_IN_BULK = Set.of("feedback_by_canvas", "feedback_by_import");
    private static final int IMPORT_CACHE_KIB = 64 * 1024;
    /**
     * The page cache while dropped indexes are built again: SQLite sorts an index's entries in runs of this size
     * and hands each run to a helper thread, so a small cache gives the helpers work while the database thread
     * reads the table (see {@link #finish()}).
     */
    static final int REBUILD_CACHE_KIB = 4 * 1024;
    /** The most helper threads SQLite may sort with while indexes are built again. */
    private static final int MAX_SORT_THREADS = 4;
    private final Connection connection;
    private final boolean sqlite;
    private final Jdbc jdbc;
    /** SQLite's multi-row INSERT; null on a team workspace, which sends its records with COPY. */
    private final PreparedStatement insert;
    private final FeedbackCopy copy;
    private final long cacheBefore;
    private final long threadsBefore;
    private final Feedback[] waiting = new Feedback[ROWS];
    private final CellSums sums = new CellSums();
    private final long bulkMinimum;
    /** The CREATE INDEX statements of the indexes dropped for a large import, to run again in finish(). */
    private final List<String> droppedIndexes = new ArrayList<>();
    private boolean expected;
    private int pending;
    private long written;

    FeedbackWriter(Connection connection) throws SQLException {
        this(connection, BULK_MINIMUM);
    }

    FeedbackWriter(Connection connection, long bulkMinimum) throws SQLException {
        this.connection = connection;
        this.jdbc = new Jdbc(connection);
        this.sqlite = jdbc.dialect() == SqlDialect.SQLITE;
        this.bulkMinimum = bulkMinimum;
        this.cacheBefore = sqlite ? pragma(connection, "cache_size") : 0;
        this.threadsBefore = sqlite ? pragma(connection, "threads") : 0;
        if (sqlite) {
            try (Statement s = connection.createStatement()) {
                s.execute("PRAGMA cache_size = -" + IMPORT_CACHE_KIB);
            }
        }
        this.insert = sqlite ? connection.prepareStatement(insertOf(ROWS)) : null;
        this.copy = sqlite ? null : new FeedbackCopy(connection);
    }

    private String insertOf(int rows) {
        // A record without an id gets the next one: SQLite does that for NULL.
        String row = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        StringBuilder sql = new StringBuilder("INSERT INTO feedback (" + FeedbackRepository.COLUMNS + ") VALUES ");
        for (int i = 0; i < rows; i++) {
            sql.append(i == 0 ? "" : ", ").append(row);
        }
        return sql.toString();
    }

    private static long pragma(Connection connection, String name) throws SQLException {
        try (Statement s = connection.createStatement(); var rows = s.executeQuery("PRAGMA " + name)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** Queues the record (its id must be 0 or one no record has) and adds it to the running sums. */
    public void add(Feedback feedback) {
        addTallied(feedback);
        sums.add(feedback, 1);
        if (sums.size() >= MAX_SUMS) {
            flush();
            sums.writeTo(connection);
        }
    }

    /**
     * Queues the record without adding it to the running sums: the caller counts it in a {@link FeedbackTally}
     * and hands that to {@link #write(FeedbackTally)} before {@link #finish()}.
     */
    public void addTallied(Feedback feedback) {
        if (copy != null) {
            copy.add(feedback);
        } else {
            waiting[pending++] = feedback;
            if (pending == ROWS) {
                flushRows();
            }
        }
        written++;
    }

    /** Adds the sums of records given to {@link #addTallied(Feedback)} to the stored ones. */
    public void write(FeedbackTally tally) {
        flush();
        tally.sums().writeTo(connection);
    }

    /**
     * Tells the writer about how many records it will get (an estimate; only the first call counts). When that
     * is at least {@value #BULK_MINIMUM} and at least as many as the table already holds, the feedback table's
     * indexes other than {@link #KEPT_IN_BULK} are dropped now and built again by {@link #finish()}: building
     * such an index once costs SQLite far less than keeping it up to date row by row, as the records' entries
     * land all over it (at 1,000,000 records the whole import took about a quarter less time;
     * src/bench/feedback-benchmark.sh). A small import into a large table keeps them, as building an index
     * costs time in proportion to the whole table.
     */
    public void expectAbout(long records) {
        if (expected) {
            return;
        }
        expected = true;
        // On a team server dropping an index would lock colleagues out of the feedback for the whole import.
        if (!sqlite || records < bulkMinimum
                || records < jdbc.query("SELECT count(*) FROM feedback", row -> row.getLong(1)).get(0)) {
            return;
        }
        List<String[]> indexes = jdbc.query("SELECT name, sql FROM sqlite_master WHERE type = 'index'"
                + " AND tbl_name = 'feedback' AND sql IS NOT NULL ORDER BY name",
                row -> new String[] {row.getString(1), row.getString(2)});
        for (String[] index : indexes) {
            if (!KEPT_IN_BULK.contains(index[0])) {
                jdbc.update("DROP INDEX \"" + index[0].replace("\"", "\"\"") + "\"");
                droppedIndexes.add(index[1]);
            }
        }
    }

    /**
     * Sends the records queued so far. On a team workspace a COPY holds the connection while records are queued,
     * so a caller that runs other statements on the workspace before {@link #finish()} calls this first.
     */
    public void flush() {
        if (copy != null) {
            copy.flush();
        }
    }

    /** Records added so far. */
    public long written() {
        return written;
    }

    /**
     * Writes what is queued and the sums, builds any dropped index again; returns the records written.
     * Building the indexes of a million records is mostly sorting their entries (for the comment index about
     * 1.5 s of CPU), which SQLite does on the database thread unless it may use helper threads
     * ({@code PRAGMA threads}) and the entries fill more than one run of the page cache's size. By now the file
     * has been read, so the reader's core is free: with runs of {@value #REBUILD_CACHE_KIB} KiB sorted by
     * helpers, the database thread spends less than half as long here (0.9 s instead of 2 to 2.5 s of CPU at
     * 1,000,000 records), for about the same CPU in all (src/bench/feedback-import-profile.sh shows where an
     * import's time goes). The runs go to SQLite's temporary files, as any sort larger than the cache does;
     * neither setting changes what is written or when it is committed.
     */
    public long finish() {
        flushRows();
        sums.writeTo(connection);
        if (!droppedIndexes.isEmpty()) {
            setPragma("threads", Math.min(MAX_SORT_THREADS, Runtime.getRuntime().availableProcessors()));
            setPragma("cache_size", -REBUILD_CACHE_KIB);
        }
        droppedIndexes.forEach(index -> jdbc.update(index));
        droppedIndexes.clear();
        return written;
    }

    private void setPragma(String name, long value) {
        try (Statement s = connection.createStatement()) {
            s.execute("PRAGMA " + name + " = " + value);
        } catch (SQLException e) {
            throw new StoreException("Database error: " + e.getMessage(), e);
        }
    }

    private void flushRows() {
        if (copy != null) {
            copy.flush();
            return;
        }
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
        if (!sqlite) {
            copy.close();
            return;
        }
        try (Statement s = connection.createStatement()) {
            insert.close();
            s.execute("PRAGMA cache_size = " + cacheBefore);
            s.execute("PRAGMA threads = " + threadsBefore);
        } catch (SQLException e) {
            throw new StoreException("Database error: " + e.getMessage(), e);
        }
    }
}
