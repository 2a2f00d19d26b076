package org.valuebench.store;

import java.lang.System.Logger.Level;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Listens for colleagues' changes of a team workspace on a connection of its own, on a daemon thread: LISTEN on the
 * change channel, then the notifications as they come. When the connection fails it says so, retries in the
 * background (waiting a little longer each time, up to a few seconds), and once it is back reads from the change
 * log what it missed, so no change is lost, before it says the connection is back. The session's own changes are
 * not reported.
 */
public final class TeamChanges implements AutoCloseable {
    /** What a window is told; called on the listening thread. */
    public interface Listener {
        /** A colleague's change, in the order of the change log. */
        void changed(ChangeNotice notice);

        /** The connection to the server is gone; {@code reason} is a sentence for the user. */
        void lost(String reason);

        /** The connection is back and every change missed meanwhile has been reported. */
        void back();
    }

    private static final System.Logger LOG = System.getLogger(TeamChanges.class.getName());
    /** How long one wait for notifications lasts; a quiet connection is checked once per wait. */
    static final int POLL_MILLIS = 500;
    /** Where the change log ends now, read on the caller's connection. */
    static long logEnd(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("SELECT coalesce(max(seq), 0) FROM change_log")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static final long[] RETRY_MILLIS = {200, 500, 1_000, 2_000, 4_000};

    private final DataSource source;
    private final String where;
    private final String session;
    private final Listener listener;
    private final SeenChanges seen = new SeenChanges();
    private final Thread thread;
    private volatile boolean running = true;

    /** @param startSeq where the change log ended when the window read what it shows: later changes are news */
    TeamChanges(DataSource source, String where, String session, long startSeq, Listener listener) {
        this.source = source;
        this.where = where;
        this.session = session;
        this.listener = listener;
        this.thread = new Thread(this::run, "team-changes");
        thread.setDaemon(true);
        seen.start(startSeq);
    }

    void start() {
        thread.start();
    }

    private void run() {
        boolean lost = false;
        int failures = 0;
        while (running) {
            try (Connection c = source.getConnection()) {
                listen(c);
                catchUp(c);
                failures = 0;
                if (lost) {
                    lost = false;
                    listener.back();
                }
                poll(c);
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    return;
                }
                LOG.log(Level.DEBUG, "Listening to " + where + " failed", e);
                if (!lost) {
                    lost = true;
                    // Short enough for the window's banner: the status bar says the rest (the last state shown).
                    listener.lost("The connection to the team workspace " + where + " was lost; nothing can be"
                            + " changed until it is back (retrying…).");
                }
                pause(RETRY_MILLIS[Math.min(failures++, RETRY_MILLIS.length - 1)]);
            }
        }
    }

    private static void listen(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("LISTEN " + ChangeLog.CHANNEL);
        }
    }

    /**
     * Reports what the change log holds beyond what was seen. LISTEN is already on, so a change committed meanwhile
     * is either read here or notified, and a change both read and notified is reported once.
     */
    private void catchUp(Connection c) throws SQLException {
        List<ChangeNotice> missed = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT seq, canvas_id, what, session FROM change_log"
                + " WHERE seq > ? ORDER BY seq")) {
            s.setLong(1, seen.catchUpFrom());
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    missed.add(new ChangeNotice(rows.getLong(1), rows.getLong(2), rows.getString(3),
                            rows.getString(4)));
                }
            }
        }
        missed.forEach(this::report);
    }

    private void poll(Connection c) throws SQLException {
        PGConnection pg = c.unwrap(PGConnection.class);
        while (running) {
            PGNotification[] notes = pg.getNotifications(POLL_MILLIS);
            if (notes == null || notes.length == 0) {
                // A quiet connection may be one the server dropped without a word: ask it something small.
                try (Statement s = c.createStatement()) {
                    s.execute("SELECT 1");
                }
                continue;
            }
            for (PGNotification note : notes) {
                if (ChangeLog.CHANNEL.equals(note.getName())) {
                    report(ChangeNotice.parse(note.getParameter()));
                }
            }
        }
    }

    private void report(ChangeNotice notice) {
        if (running && seen.add(notice.seq()) && !notice.session().equals(session)) {
            listener.changed(notice);
        }
    }

    private void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    /** Stops listening: the thread ends and its connection is closed; nothing is reported after this returns. */
    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
