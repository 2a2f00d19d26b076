package org.valuebench.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The PostgreSQL side of a team workspace. The server is the truth and orders the writers itself, so a write
 * simply begins a transaction on the connection; a failure is told in the user's words (the server out of reach,
 * no right to write) and nothing of a failed transaction stays.
 */
final class TeamEngine implements WorkspaceEngine {
    /** The change log is trimmed by a session's first change and by every hundredth change of anyone's. */
    private static final long TRIM_EVERY = 100;
    private final TeamServer server;
    private final Connection connection;
    private final String session;
    /** Where the listening connection comes from: the workspace's server, named as this session's listener. */
    private final DataSource listening;
    private final ReconnectingConnection reconnecting;
    private boolean trimmed;
    /** Why writes are refused while the listener finds the server out of reach; null while it is reachable. */
    private volatile String lost;

    TeamEngine(TeamServer server, Connection connection, ReconnectingConnection reconnecting, String session,
               DataSource listening) {
        this.server = server;
        this.connection = connection;
        this.reconnecting = reconnecting;
        this.session = session;
        this.listening = listening;
    }

    @Override
    public String session() {
        return session;
    }

    @Override
    public Optional<TeamChanges> listen(TeamChanges.Listener listener) {
        long start;
        try {
            start = TeamChanges.logEnd(connection);
        } catch (SQLException e) {
            throw TeamFailures.failedWrite(where(), e);
        }
        TeamChanges changes = new TeamChanges(listening, where(), session, start, new TeamChanges.Listener() {
            @Override
            public void changed(ChangeNotice notice) {
                listener.changed(notice);
            }

            @Override
            public void lost(String reason) {
                lost = reason;
                listener.lost(reason);
            }

            @Override
            public void back() {
                // The workspace's own connection most likely died with the server's: it is checked and replaced
                // before its next use, on the thread that uses it.
                reconnecting.checkBeforeNextUse();
                lost = null;
                listener.back();
            }
        });
        changes.start();
        return Optional.of(changes);
    }

    @Override
    public String where() {
        return server.toString();
    }

    @Override
    public Optional<Path> localFile() {
        return Optional.empty();
    }

    @Override
    public Optional<String> user() {
        return Optional.of(server.user());
    }

    @Override
    public Optional<String> refusal() {
        return Optional.ofNullable(lost);
    }

    @Override
    public void begin() throws SQLException {
        connection.setAutoCommit(false);
    }

    @Override
    public boolean beginIfFree() throws SQLException {
        begin();
        return true;
    }

    @Override
    public void commit() throws SQLException {
        try {
            connection.commit();
        } finally {
            connection.setAutoCommit(true);
        }
    }

    @Override
    public void rollbackAfter(Exception failure) {
        try {
            connection.rollback();
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    @Override
    public RuntimeException failedWrite(Exception failure) {
        if (failure instanceof StoreException && !TeamFailures.connectionLost(failure)
                && !TeamFailures.notPermitted(failure)) {
            return (StoreException) failure;
        }
        if (failure instanceof RuntimeException r && !(failure instanceof StoreException)) {
            return r;
        }
        return TeamFailures.failedWrite(where(), failure);
    }

    /** The server keeps its own storage sound; nothing to check from here. */
    @Override
    public void checkIntact() {
    }

    /** The server queues writers itself (row locks), so there is no turn to wait for here. */
    @Override
    public void waitWith(WriteWait wait) {
    }

    @Override
    public void release() {
    }

    @Override
    public void announce(String session, long canvasId, String what) throws SQLException {
        long seq = ChangeLog.announce(connection, session, canvasId, what);
        if (!trimmed || seq % TRIM_EVERY == 0) {
            ChangeLog.trim(connection);
            trimmed = true;
        }
    }

    /**
     * From the server's list of connections to this database: ValueBench's are named "ValueBench &lt;session&gt;"
     * (a window's listener adds a word), so the sessions other than this one are the other windows.
     */
    @Override
    public List<Connected> others() throws SQLException {
        String sql = "SELECT usename, count(DISTINCT split_part(application_name, ' ', 2)) FROM pg_stat_activity"
                + " WHERE datname = current_database() AND application_name LIKE ? AND pid <> pg_backend_pid()"
                + " AND split_part(application_name, ' ', 2) <> ? GROUP BY usename ORDER BY usename";
        List<Connected> others = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, TeamOpening.APPLICATION + " %");
            query.setString(2, session);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    others.add(new Connected(rows.getString(1), rows.getInt(2)));
                }
            }
        }
        return others;
    }
}
