package org.valuebench.store;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.valuebench.domain.Feedback;

/**
 * Feedback records for a team workspace, sent to PostgreSQL with {@code COPY feedback FROM STDIN} in chunks of
 * {@link #ROWS}: the server's own bulk path, several times faster than multi-row INSERTs of the same records
 * (src/bench/team-import.sh). A record without an id leaves the column out, so the server gives it the next one
 * from the table's identity, as an INSERT would; records with ids (a redo) go in a chunk of their own that names
 * the column. Each chunk is one complete COPY, so the connection is free for other statements between chunks,
 * and everything runs in the caller's transaction.
 */
final class FeedbackCopy {
    static final int ROWS = 10_000;
    private static final String WITHOUT_ID = FeedbackRepository.COLUMNS.substring("id, ".length());
    private final CopyManager copy;
    private final StringBuilder text = new StringBuilder(1 << 20);
    private boolean withIds;
    private int rows;

    FeedbackCopy(Connection connection) throws SQLException {
        this.copy = connection.unwrap(PGConnection.class).getCopyAPI();
    }

    /** Queues the record as a line of COPY's text format; a full chunk is sent at once. */
    void add(Feedback f) {
        boolean hasId = f.id() != 0;
        if (rows > 0 && hasId != withIds) {
            flush();
        }
        withIds = hasId;
        if (hasId) {
            text.append(f.id()).append('\t');
        }
        text.append(f.canvasId()).append('\t').append(f.promiseItemId()).append('\t').append(f.score()).append('\t');
        field(f.scale().label());
        text.append(f.expectation() == null ? "\\N" : Double.toString(f.expectation())).append('\t');
        field(f.voice().label());
        field(f.channel());
        field(f.segment());
        text.append(f.date() == null ? "\\N" : f.date().toString()).append('\t');
        field(f.respondent());
        field(f.comment());
        text.append(f.importId() == null ? "\\N" : f.importId().toString()).append('\n');
        if (++rows == ROWS) {
            flush();
        }
    }

    /** Sends the queued records. */
    void flush() {
        if (rows == 0) {
            return;
        }
        String sql = "COPY feedback (" + (withIds ? FeedbackRepository.COLUMNS : WITHOUT_ID) + ") FROM STDIN";
        try (Reader in = new StringReader(text.toString())) {
            copy.copyIn(sql, in, 1 << 16);
        } catch (SQLException e) {
            throw new StoreException("Database error: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new StoreException("Cannot send feedback records to the server: " + e.getMessage(), e);
        }
        text.setLength(0);
        rows = 0;
    }

    /** A text column with COPY's escapes, then the tab; NUL is refused as every write to a team workspace does. */
    private void field(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                case '\u0000' -> throw TeamFailures.nulRefused(value);
                default -> text.append(c);
            }
        }
        text.append('\t');
    }
}
