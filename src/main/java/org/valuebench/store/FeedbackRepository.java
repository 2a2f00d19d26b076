package org.valuebench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.valuebench.domain.Feedback;
import org.valuebench.domain.FeedbackCell;
import org.valuebench.domain.FeedbackFacets;
import org.valuebench.domain.FeedbackFilter;
import org.valuebench.domain.FeedbackImport;
import org.valuebench.domain.FeedbackScale;
import org.valuebench.domain.Voice;

/**
 * Feedback records, the imports they came from, and the running sums the gap figures are read from
 * ({@code feedback_cell} per day, {@code feedback_month_cell} per month, segment and channel). Every write keeps
 * the sums in step within the caller's transaction. The statements of the reads are in {@link FeedbackQueries},
 * the sums kept in SQL in {@link RunningSums}, the feedback parked through an undoable delete in
 * {@link FeedbackTrash}.
 */
public final class FeedbackRepository {
    /** Days a parcel of a team workspace is kept for a colleague's undo: longer than any session lasts. */
    public static final int TEAM_PARCEL_DAYS = 30;

    static final String COLUMNS = "id, canvas_id, promise_item_id, score, scale, expectation, voice, channel, segment,"
            + " day, respondent, comment, import_id";
    static final int COLUMN_COUNT = 13;
    static final String INSERT = "INSERT INTO feedback (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    /** PostgreSQL gives no id for NULL (SQLite does): a record without one is given the next id. */
    static final String INSERT_TEAM = "INSERT INTO feedback (" + COLUMNS + ") VALUES (coalesce(CAST(? AS BIGINT),"
            + " nextval('feedback_id_seq')), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    static final String IMPORT_COLUMNS = "id, canvas_id, file_name, content_hash, imported_at, row_count";
    private final Connection connection;
    private final Jdbc jdbc;
    private final RunningSums sums;
    private final FeedbackTrash trash;

    FeedbackRepository(Connection connection) {
        this.connection = connection;
        this.jdbc = new Jdbc(connection);
        this.sums = new RunningSums(jdbc);
        this.trash = new FeedbackTrash(jdbc, sums);
    }

    // ---- single records

    /** Inserts the record; an id of 0 lets SQLite choose one, any other id is kept (undo restores ids). */
    public Feedback insert(Feedback feedback) {
        long id = jdbc.insert(jdbc.dialect() == SqlDialect.SQLITE ? INSERT : INSERT_TEAM, values(feedback));
        Feedback stored = feedback.withId(id);
        new CellSums().add(stored, 1).writeTo(connection);
        return stored;
    }

    /** Replaces what an edit can change (score, scale, expectation, source, comment, promise). */
    public void update(Feedback feedback) {
        Feedback before = find(feedback.id()).orElseThrow(() -> missing(feedback.id()));
        Object[] values = values(feedback);
        Object[] args = new Object[values.length - 1];
        System.arraycopy(values, 1, args, 0, args.length - 1);
        args[args.length - 1] = feedback.id();
        jdbc.update("""
                UPDATE feedback SET canvas_id = ?, promise_item_id = ?, score = ?, scale = ?, expectation = ?,
                       voice = ?, channel = ?, segment = ?, day = ?, respondent = ?, comment = ?
                WHERE id = ?""", args);
        new CellSums().add(before, -1).add(feedback, 1).writeTo(connection);
    }

    public void delete(long id) {
        Feedback before = find(id).orElseThrow(() -> missing(id));
        jdbc.update("DELETE FROM feedback WHERE id = ?", id);
        new CellSums().add(before, -1).writeTo(connection);
    }

    public Optional<Feedback> find(long id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM feedback WHERE id = ?", FeedbackRepository::map, id)
                .stream().findFirst();
    }

    /**
     * Records of a canvas, newest first (undated last), one page at a time.
     *
     * @param promiseItemId 0 for every promise
     * @param voice         null for every voice
     */
    public List<Feedback> list(long canvasId, long promiseItemId, FeedbackFilter filter, Voice voice,
                               boolean withCommentOnly, int offset, int limit) {
        FeedbackQueries.Query page = FeedbackQueries.listQuery(jdbc.dialect(), canvasId, promiseItemId, filter, voice,
                withCommentOnly, offset, limit);
        return jdbc.query(page.sql(), FeedbackRepository::map, page.args());
    }

    public long count(long canvasId, long promiseItemId, FeedbackFilter filter, Voice voice, boolean withCommentOnly) {
        FeedbackQueries.Query count = FeedbackQueries.countQuery(jdbc.dialect(), canvasId, promiseItemId, filter, voice,
                withCommentOnly);
        return jdbc.query(count.sql(), r -> r.getLong(1), count.args()).get(0);
    }

    /** All records of a canvas, including those of imports. */
    public long count(long canvasId) {
        return jdbc.query("SELECT coalesce(sum(n), 0) FROM feedback_cell WHERE canvas_id = ?", r -> r.getLong(1),
                canvasId).get(0);
    }

    // ---- the sums the gap figures are read from

    /**
     * The sums per promise, voice and month of the canvas's feedback that passes the filter's date, segment and
     * channel conditions (every voice: the filter's voice only picks the headline). Each cell is dated the first
     * day of its month (null for undated records): a month is the finest grain the gap figures use. Read from
     * the running sums where they can answer ({@link FeedbackQueries.SumSource}).
     */
    public List<FeedbackCell> cells(long canvasId, FeedbackFilter filter) {
        FeedbackQueries.Query cells = FeedbackQueries.cellsQuery(jdbc.dialect(), canvasId, filter);
        MonthCells months = new MonthCells();
        jdbc.query(cells.sql(), row -> {
            months.add(row.getLong(1), row.getString(2), row.getString(3), row.getLong(4), row.getDouble(5),
                    row.getDouble(6), row.getLong(7), row.getDouble(8), row.getLong(9), row.getLong(10),
                    row.getLong(11));
            return null;
        }, cells.args());
        return months.cells();
    }

    /** The filter choices a canvas's feedback offers. */
    public FeedbackFacets facets(long canvasId) {
        Map<Voice, Long> byVoice = new EnumMap<>(Voice.class);
        jdbc.query("SELECT voice, sum(n) FROM feedback_cell WHERE canvas_id = ? GROUP BY voice", row -> {
            byVoice.put(Voice.parse(row.getString(1)), row.getLong(2));
            return null;
        }, canvasId);
        // Filters match case-insensitively, so spellings that differ only in case are one choice.
        List<String> segments = choices(canvasId, "segment");
        List<String> channels = choices(canvasId, "channel");
        List<LocalDate[]> span = jdbc.query("SELECT min(day), max(day) FROM feedback_cell WHERE canvas_id = ? AND day <> ''",
                row -> new LocalDate[] {day(row.getString(1)), day(row.getString(2))}, canvasId);
        long records = byVoice.values().stream().mapToLong(Long::longValue).sum();
        return new FeedbackFacets(records, byVoice, segments, channels, span.get(0)[0], span.get(0)[1]);
    }

    /** The distinct values of a month cell column (segment or channel), one per spelling ignoring case. */
    private List<String> choices(long canvasId, String column) {
        return jdbc.query("SELECT min(" + column + ") FROM feedback_month_cell WHERE canvas_id = ? AND " + column
                + " <> '' GROUP BY " + jdbc.dialect().caseless(column) + " ORDER BY "
                + jdbc.dialect().caseless("min(" + column + ")"), row -> row.getString(1),
                canvasId);
    }

    // ---- imports

    /** Starts an import: its row, to which the records point; {@link #finishImport} fills in the rest. */
    public FeedbackImport insertImport(FeedbackImport started) {
        long id = jdbc.insert("INSERT INTO feedback_import (" + IMPORT_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?)",
                started.id() == 0 ? null : started.id(), started.canvasId(), started.fileName(),
                started.contentHash(), started.importedAt().toString(), started.rowCount());
        return findImport(id).orElseThrow();
    }

    /** Records the import's content hash and how many records it added. */
    public void finishImport(long importId, String contentHash, long rowCount) {
        jdbc.update("UPDATE feedback_import SET content_hash = ?, row_count = ? WHERE id = ?", contentHash, rowCount,
                importId);
    }

    public Optional<FeedbackImport> findImport(long importId) {
        return jdbc.query("SELECT " + IMPORT_COLUMNS + " FROM feedback_import WHERE id = ?",
                FeedbackRepository::mapImport, importId).stream().findFirst();
    }

    /** An earlier import of the same content into the canvas, if any. */
    public Optional<FeedbackImport> findImport(long canvasId, String contentHash) {
        return jdbc.query("SELECT " + IMPORT_COLUMNS + " FROM feedback_import WHERE canvas_id = ? AND content_hash = ?"
                + " ORDER BY id LIMIT 1", FeedbackRepository::mapImport, canvasId, contentHash).stream().findFirst();
    }

    /** The lowest record id an import gave (its records have consecutive ids, in file order). */
    public long firstRecordOfImport(long importId) {
        return jdbc.query("SELECT coalesce(min(id), 0) FROM feedback WHERE import_id = ?", row -> row.getLong(1),
                importId).get(0);
    }

    public List<FeedbackImport> imports(long canvasId) {
        return jdbc.query("SELECT " + IMPORT_COLUMNS + " FROM feedback_import WHERE canvas_id = ? ORDER BY id",
                FeedbackRepository::mapImport, canvasId);
    }

    /**
     * Deletes the import and every record it brought, and brings the running sums in step by summing whichever
     * is fewer: the import's records, taken off, or the canvas's other records, summed afresh (undoing a large
     * import into a canvas that held little else sums next to nothing).
     */
    public void deleteImport(long importId) {
        FeedbackImport existing = findImport(importId).orElseThrow(
                () -> new StoreException("Import " + importId + " does not exist (it may have been undone)"));
        long canvasId = existing.canvasId();
        long others = count(canvasId) - existing.rowCount();
        if (existing.rowCount() <= others) {
            sums.add("feedback", "import_id = ?", -1, importId);
            deleteImportRow(importId);
        } else {
            deleteImportRow(importId);
            jdbc.update("DELETE FROM feedback_cell WHERE canvas_id = ?", canvasId);
            jdbc.update("DELETE FROM feedback_month_cell WHERE canvas_id = ?", canvasId);
            sums.add("feedback", "canvas_id = ?", 1, canvasId);
        }
    }

    /** The import's row, then its records: a team workspace's feedback has no foreign key to cascade. */
    private void deleteImportRow(long importId) {
        jdbc.update("DELETE FROM feedback_import WHERE id = ?", importId);
        jdbc.update("DELETE FROM feedback WHERE import_id = ?", importId);
    }

    /** Sums every record afresh: for records copied in without their sums, as a recovery copies them. */
    void rebuildSums() {
        sums.rebuild();
    }

    /**
     * A writer for many records in the caller's transaction: one prepared statement, batched, with the sums
     * gathered in memory (bounded) and written when it is finished.
     */
    public FeedbackWriter writer() {
        try {
            return new FeedbackWriter(connection);
        } catch (SQLException e) {
            throw new StoreException("Database error: " + e.getMessage(), e);
        }
    }

    // ---- keeping feedback through an undoable delete of its promise or canvas (FeedbackTrash)

    /**
     * Copies the feedback of the promise aside before the promise is deleted (which deletes the feedback with
     * it); {@link #unpark} brings it back after the promise is restored. Returns the parcel's id.
     */
    public long parkPromise(long promiseItemId) {
        return trash.parkPromise(promiseItemId);
    }

    /** Copies a canvas's feedback and imports aside before the canvas is deleted; see {@link #parkPromise}. */
    public long parkCanvas(long canvasId) {
        return trash.parkCanvas(canvasId);
    }

    /** Puts parked feedback back (its promise and canvas must exist again) and adds it to the sums. */
    public void unpark(long trashId) {
        trash.unpark(trashId);
    }

    public void discard(long trashId) {
        trash.discard(trashId);
    }

    /** Drops every parcel: the undo history that could restore them lives only as long as a session. */
    public void emptyTrash() {
        trash.emptyTrash();
    }

    /**
     * Empties what earlier sessions left in the trash: all of it for the one window of a file, only what is older
     * than {@link #TEAM_PARCEL_DAYS} on a team workspace, where a colleague may still undo a delete.
     */
    public void emptyTrashLeftBehind() {
        if (jdbc.dialect() == SqlDialect.POSTGRESQL) {
            trash.dropParcelsOlderThan(TEAM_PARCEL_DAYS);
        } else {
            trash.emptyTrash();
        }
    }

    // ---- mapping

    static Object[] values(Feedback f) {
        return new Object[] {f.id() == 0 ? null : f.id(), f.canvasId(), f.promiseItemId(), f.score(), f.scale().label(),
            f.expectation(), f.voice().label(), f.channel(), f.segment(), f.date() == null ? null : f.date().toString(),
            f.respondent(), f.comment(), f.importId()};
    }

    /**
     * Binds the record to the 13 parameters of an INSERT into all {@link #COLUMNS} after parameter {@code offset},
     * with typed setters (the import's hot path).
     */
    static void bind(PreparedStatement statement, int offset, Feedback f) throws SQLException {
        if (f.id() == 0) {
            statement.setNull(offset + 1, Types.INTEGER);
        } else {
            statement.setLong(offset + 1, f.id());
        }
        statement.setLong(offset + 2, f.canvasId());
        statement.setLong(offset + 3, f.promiseItemId());
        statement.setDouble(offset + 4, f.score());
        statement.setString(offset + 5, f.scale().label());
        if (f.expectation() == null) {
            statement.setNull(offset + 6, Types.REAL);
        } else {
            statement.setDouble(offset + 6, f.expectation());
        }
        statement.setString(offset + 7, f.voice().label());
        statement.setString(offset + 8, f.channel());
        statement.setString(offset + 9, f.segment());
        if (f.date() == null) {
            statement.setNull(offset + 10, Types.VARCHAR);
        } else {
            statement.setString(offset + 10, f.date().toString());
        }
        statement.setString(offset + 11, f.respondent());
        statement.setString(offset + 12, f.comment());
        if (f.importId() == null) {
            statement.setNull(offset + 13, Types.INTEGER);
        } else {
            statement.setLong(offset + 13, f.importId());
        }
    }

    private static Feedback map(ResultSet row) throws SQLException {
        double expectation = row.getDouble(6);
        Double maybeExpectation = row.wasNull() ? null : expectation;
        long importId = row.getLong(13);
        Long maybeImport = row.wasNull() ? null : importId;
        return new Feedback(row.getLong(1), row.getLong(2), row.getLong(3), row.getDouble(4),
                FeedbackScale.parse(row.getString(5)), maybeExpectation, Voice.parse(row.getString(7)),
                row.getString(8), row.getString(9), day(row.getString(10)), row.getString(11), row.getString(12),
                maybeImport);
    }

    private static FeedbackImport mapImport(ResultSet row) throws SQLException {
        return new FeedbackImport(row.getLong(1), row.getLong(2), row.getString(3), row.getString(4),
                Instant.parse(row.getString(5)), row.getLong(6));
    }

    private static LocalDate day(String text) {
        return text == null || text.isEmpty() ? null : LocalDate.parse(text);
    }

    /** The first day of a month written yyyy-mm, or null for ''. */
    private static StoreException missing(long id) {
        return new StoreException("Feedback record " + id + " does not exist (it may have been deleted)");
    }
}
