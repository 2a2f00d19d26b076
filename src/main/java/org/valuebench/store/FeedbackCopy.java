package org.valuebench.store;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;
import org.valuebench.domain.Feedback;

/**
 * Feedback records for a team workspace, sent to PostgreSQL with {@code COPY feedback FROM STDIN} in chunks of
 * up to {@link #ROWS}: the server's own bulk path, several times faster than multi-row INSERTs of the same records
 * (src/bench/team-import.sh). The text of a chunk streams to the server every {@link #SEND_AT} characters while
 * the next records are written, so the server stores records while this thread formats the next ones (the two
 * cores work at once). A record without an id leaves the column out, so the server gives it the next one from
 * the table's identity, as an INSERT would; records with ids (a redo) go in a chunk of their own that names the
 * column. While a chunk is open the COPY holds the connection: {@link #flush} ends it before any other statement,
 * and {@link #close} abandons one a failure left open, so the caller's transaction can roll back.
 */
final class FeedbackCopy implements AutoCloseable {
    static final int ROWS = 200_000;
    /** Characters queued before they are sent: large enough that a message costs little, small enough to overlap. */
    static final int SEND_AT = 1 << 16;
    private static final String WITHOUT_ID = FeedbackRepository.COLUMNS.substring("id, ".length());
    private final CopyManager copy;
    private final StringBuilder text = new StringBuilder(SEND_AT + 4096);
    /** The COPY of the chunk being sent; null between chunks. */
    private CopyIn open;
    private boolean withIds;
    private int rows;

    FeedbackCopy(Connection connection) throws SQLException {
        this.copy = connection.unwrap(PGConnection.class).getCopyAPI();
    }

    /** Queues the record as a line of COPY's text format; the text goes out as it grows, a full chunk ends. */
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
        if (f.expectation() == null) {
            text.append("\\N");
        } else {
            text.append(f.expectation().doubleValue());
        }
        text.append('\t');
        field(f.voice().label());
        field(f.channel());
        field(f.segment());
        if (f.date() == null) {
            text.append("\\N");
        } else {
            text.append(f.date());
        }
        text.append('\t');
        field(f.respondent());
        field(f.comment());
        if (f.importId() == null) {
            text.append("\\N");
        } else {
            text.append(f.importId().longValue());
        }
        text.append('\n');
        rows++;
        if (text.length() >= SEND_AT) {
            send();
        }
        if (rows == ROWS) {
            flush();
        }
    }

    /** Sends the queued records and ends the chunk's COPY: the connection is free for other statements again. */
    void flush() {
        if (rows == 0) {
            return;
        }
        send();
        try {
            open.endCopy();
        } catch (SQLException e) {
            throw new StoreException("Database error: " + e.getMessage(), e);
        }
        open = null;
        rows = 0;
    }

    /** Sends the text queued so far, starting the chunk's COPY first if needed. */
    private void send() {
        if (text.length() == 0) {
            return;
        }
        try {
            if (open == null) {
                open = copy.copyIn("COPY feedback (" + (withIds ? FeedbackRepository.COLUMNS : WITHOUT_ID)
                        + ") FROM STDIN");
            }
            byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
            open.writeToCopy(bytes, 0, bytes.length);
        } catch (SQLException e) {
            throw new StoreException("Database error: " + e.getMessage(), e);
        }
        text.setLength(0);
    }

    /**
     * Abandons a chunk a failure left open (the server discards it), so the connection can roll the transaction
     * back; does nothing after {@link #flush}.
     */
    @Override
    public void close() {
        text.setLength(0);
        rows = 0;
        CopyIn left = open;
        open = null;
        if (left != null && left.isActive()) {
            try {
                left.cancelCopy();
            } catch (SQLException e) {
                // The connection is broken or the transaction already failed: the rollback that follows says so.
                System.getLogger(FeedbackCopy.class.getName()).log(System.Logger.Level.DEBUG,
                        "Abandoning an unfinished COPY failed", e);
            }
        }
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
