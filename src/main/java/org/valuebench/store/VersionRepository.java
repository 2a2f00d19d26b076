package org.valuebench.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.valuebench.domain.history.CanvasVersion;
import org.valuebench.domain.history.VersionCause;

/**
 * The versions of canvases (table canvas_version, SQLite schema 8, team schema 5). The store keeps a version's
 * content as the bytes it is given (app.history encodes and compresses it); listing reads no content, so the
 * history panel stays quick however large the versions are. A deleted version keeps its row without content, so
 * its number is never given again.
 */
public final class VersionRepository {
    private static final String COLUMNS = "id, canvas_id, number, name, cause, author, taken_at, summary";
    private final Jdbc jdbc;

    VersionRepository(Connection connection) {
        this.jdbc = new Jdbc(connection);
    }

    /**
     * Stores a version of the canvas, numbered one past the highest number it ever had, in the caller's
     * transaction. Two colleagues taking one at the same instant meet the unique (canvas, number) index: one of the
     * two transactions fails and is told, rather than two versions sharing a number.
     */
    public CanvasVersion insert(long canvasId, String name, VersionCause cause, String author, Instant takenAt,
                                String summary, byte[] content) {
        long id = jdbc.insert("INSERT INTO canvas_version (canvas_id, number, name, cause, author, taken_at, summary,"
                + " content) VALUES (?, (SELECT coalesce(max(number), 0) + 1 FROM canvas_version WHERE canvas_id = ?),"
                + " ?, ?, ?, ?, ?, ?)", canvasId, canvasId, name, cause.name(), author, takenAt.toString(), summary,
                content);
        return find(id).orElseThrow();
    }

    /** Stores a version under the number it had where it came from (a canvas file's history), in order. */
    public CanvasVersion insertNumbered(long canvasId, int number, String name, VersionCause cause, String author,
                                        Instant takenAt, String summary, byte[] content) {
        long id = jdbc.insert("INSERT INTO canvas_version (canvas_id, number, name, cause, author, taken_at, summary,"
                + " content) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", canvasId, number, name, cause.name(), author,
                takenAt.toString(), summary, content);
        return find(id).orElseThrow();
    }

    /** The canvas's versions, newest first, without their content. */
    public List<CanvasVersion> list(long canvasId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM canvas_version WHERE canvas_id = ? AND is_deleted = 0"
                + " ORDER BY number DESC", VersionRepository::map, canvasId);
    }

    /** The newest version of the canvas, or empty when it has none. */
    public Optional<CanvasVersion> latest(long canvasId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM canvas_version WHERE canvas_id = ? AND is_deleted = 0"
                + " ORDER BY number DESC LIMIT 1", VersionRepository::map, canvasId).stream().findFirst();
    }

    public Optional<CanvasVersion> find(long versionId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM canvas_version WHERE id = ? AND is_deleted = 0",
                VersionRepository::map, versionId).stream().findFirst();
    }

    /** The stored bytes of a version, or empty when there is no such version (or it was deleted). */
    public Optional<byte[]> content(long versionId) {
        return jdbc.query("SELECT content FROM canvas_version WHERE id = ? AND is_deleted = 0", r -> r.getBytes(1),
                versionId).stream().findFirst();
    }

    /** Deletes one version: its content goes, its row stays (without content) so its number is not reused. */
    public void delete(long versionId) {
        int rows = jdbc.update("UPDATE canvas_version SET is_deleted = 1, content = ? WHERE id = ? AND is_deleted = 0",
                new byte[0], versionId);
        if (rows != 1) {
            throw new StoreException("Version " + versionId + " does not exist (it may have been deleted)");
        }
    }

    /** Puts back a deleted version's content (undo of its deletion). */
    public void undelete(long versionId, byte[] content) {
        jdbc.update("UPDATE canvas_version SET is_deleted = 0, content = ? WHERE id = ?", content, versionId);
    }

    private static CanvasVersion map(ResultSet row) throws SQLException {
        return new CanvasVersion(row.getLong(1), row.getLong(2), row.getInt(3), row.getString(4),
                VersionCause.valueOf(row.getString(5)), row.getString(6), Instant.parse(row.getString(7)),
                row.getString(8));
    }
}
