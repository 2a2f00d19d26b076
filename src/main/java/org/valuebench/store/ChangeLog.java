package org.valuebench.store;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;

/**
 * The team workspace's change log (table change_log, PostgreSQL migration V2) and its notification channel. A change
 * is logged and notified in the transaction that made it, so a rolled-back edit is never heard of; the log lets a
 * window that was disconnected catch up on what it missed.
 */
final class ChangeLog {
    /** The channel every window LISTENs on. */
    static final String CHANNEL = "valuebench_changes";
    private static final SecureRandom RANDOM = new SecureRandom();

    private ChangeLog() {
    }

    static String newSession() {
        byte[] bytes = new byte[8];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /**
     * Logs and notifies one change; returns its seq. Notifications are delivered when the transaction commits and
     * dropped with it when it rolls back.
     */
    static long announce(Connection connection, String session, long canvasId, String what) throws SQLException {
        long seq;
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO change_log (canvas_id, what, session) VALUES (?, ?, ?) RETURNING seq")) {
            insert.setLong(1, canvasId);
            insert.setString(2, what);
            insert.setString(3, session);
            try (ResultSet rows = insert.executeQuery()) {
                rows.next();
                seq = rows.getLong(1);
            }
        }
        try (PreparedStatement notify = connection.prepareStatement("SELECT pg_notify(?, ?)")) {
            notify.setString(1, CHANNEL);
            notify.setString(2, new ChangeNotice(seq, canvasId, limited(what), session).payload());
            notify.executeQuery().close();
        }
        return seq;
    }

    /** Drops entries older than a day (an index range delete: cheap even when done often). */
    static void trim(Connection connection) throws SQLException {
        try (Statement delete = connection.createStatement()) {
            delete.executeUpdate("DELETE FROM change_log WHERE at < now() - interval '1 day'");
        }
    }

    /** A notification's payload must stay under 8000 bytes; labels are short, but a label is not a place to fail. */
    private static String limited(String what) {
        return what.length() > 200 ? what.substring(0, what.offsetByCodePoints(0, 200)) : what;
    }
}
