package org.valuebench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.valuebench.domain.Canvas;

/** A team workspace announces each committed change in its change log and on the change channel, and nothing else. */
class ChangeAnnouncementTest {
    private static final Instant T0 = Instant.parse("2026-12-07T09:00:00Z");

    @Test
    void aCommittedChangeIsLoggedAndNotifiedWithItsSession() throws SQLException {
        TeamServer server = TestPostgres.newDatabase("announce");
        try (Workspace ws = Workspace.openTeam(server, null); Connection listener = listen(server)) {
            long canvas = ws.transaction(c -> {
                long id = ws.canvases().insert(Canvas.draft("Café", T0)).id();
                ws.announce(id, "New canvas");
                return id;
            });
            List<String> payloads = notifications(listener, 1);
            assertThat(payloads).hasSize(1);
            ChangeNotice notice = ChangeNotice.parse(payloads.get(0));
            assertThat(notice.canvasId()).isEqualTo(canvas);
            assertThat(notice.what()).isEqualTo("New canvas");
            assertThat(notice.session()).isEqualTo(ws.session());
            assertThat(log(server)).containsExactly(notice.seq() + " " + canvas + " New canvas " + ws.session());
        }
    }

    @Test
    void aRolledBackChangeAnnouncesNothing() throws SQLException {
        TeamServer server = TestPostgres.newDatabase("rollback");
        try (Workspace ws = Workspace.openTeam(server, null); Connection listener = listen(server)) {
            assertThatThrownBy(() -> ws.transaction(c -> {
                long id = ws.canvases().insert(Canvas.draft("Half", T0)).id();
                ws.announce(id, "New canvas");
                throw new IllegalStateException("the edit fails after announcing");
            })).hasMessageContaining("the edit fails");
            assertThat(notifications(listener, 0)).isEmpty();
            assertThat(log(server)).isEmpty();
            assertThat(ws.canvases().list()).isEmpty();
        }
    }

    @Test
    void announcingDropsEntriesOlderThanADay() {
        TeamServer server = TestPostgres.newDatabase("trim");
        try (Workspace ws = Workspace.openTeam(server, null)) {
            TestPostgres.admin(server.database(), "INSERT INTO change_log (at, canvas_id, what, session)"
                    + " VALUES (now() - interval '25 hours', 1, 'Old', 'someone')");
            ws.transaction(c -> {
                ws.announce(0, "Delete canvas");
                return null;
            });
            assertThat(log(server)).hasSize(1).allMatch(line -> line.endsWith("Delete canvas " + ws.session()));
        }
    }

    @Test
    void aLocalFileHasNoChangeLogAndAnnouncingChangesNothing(@TempDir Path dir) {
        try (Workspace ws = Workspace.open(dir.resolve("local.valuebench"), true)) {
            ws.transaction(c -> {
                ws.announce(1, "New canvas");
                return null;
            });
            assertThat(ws.session()).isNotBlank();
        }
    }

    private static Connection listen(TeamServer server) throws SQLException {
        Connection c = DriverManager.getConnection(server.jdbcUrl(), "postgres", "");
        try (Statement s = c.createStatement()) {
            s.execute("LISTEN valuebench_changes");
        }
        return c;
    }

    /** Waits up to a second for {@code expected} notifications (a little longer, to see no more arrive). */
    private static List<String> notifications(Connection listener, int expected) throws SQLException {
        List<String> payloads = new ArrayList<>();
        long end = System.nanoTime() + 1_000_000_000L;
        while (System.nanoTime() < end && (payloads.size() < expected || expected == 0)) {
            PGNotification[] got = listener.unwrap(PGConnection.class).getNotifications(100);
            if (got != null) {
                Arrays.stream(got).forEach(n -> payloads.add(n.getParameter()));
            }
        }
        return payloads;
    }

    private static List<String> log(TeamServer server) {
        List<String> lines = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(server.jdbcUrl(), "postgres", "");
             Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("SELECT seq, canvas_id, what, session FROM change_log ORDER BY seq")) {
            while (rows.next()) {
                lines.add(rows.getLong(1) + " " + rows.getLong(2) + " " + rows.getString(3) + " " + rows.getString(4));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return lines;
    }
}
