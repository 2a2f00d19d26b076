package org.valuebench.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.valuebench.domain.CanvasContent;
import org.valuebench.domain.Canvas;
import org.valuebench.domain.Section;
import org.valuebench.store.TeamServer;
import org.valuebench.store.TestPostgres;
import org.valuebench.store.Workspace;

/** Every edit, undo, redo and seeding of a team workspace is announced once, by the session that made it. */
class TeamAnnouncementsTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T09:00:00Z"), ZoneOffset.UTC);

    @Test
    void editsUndoRedoAndSeedingAreEachAnnouncedWithTheCanvasTheyChanged() {
        TeamServer server = TestPostgres.newDatabase("announces");
        try (Workbench wb = Workbenches.openTeam(server, null, CLOCK)) {
            long seeded = wb.seedCanvas(new CanvasContent(Canvas.draft("Sample", CLOCK.instant()), List.of(),
                    List.of()));
            long canvas = wb.createCanvas("Café").canvas().orElseThrow().canvas().id();
            wb.addItem(canvas, Section.NEEDS, "Coffee", -1);
            wb.undo();
            wb.redo();
            String s = wb.workspace().session();
            assertThat(log(server)).containsExactly(
                    seeded + " Sample canvas " + s,
                    canvas + " New canvas " + s,
                    canvas + " Add needs item " + s,
                    canvas + " Undo Add needs item " + s,
                    canvas + " Redo Add needs item " + s);
        }
    }

    @Test
    void anEditThatFailsInsideItsTransactionAnnouncesNothing() {
        TeamServer server = TestPostgres.newDatabase("failed");
        try (Workbench wb = Workbenches.openTeam(server, null, CLOCK)) {
            UndoableCommand failing = new UndoableCommand() {
                @Override
                public String label() {
                    return "Half an edit";
                }

                @Override
                public long apply(Workspace workspace) {
                    workspace.canvases().insert(Canvas.draft("Half", CLOCK.instant()));
                    throw new IllegalStateException("the edit fails half way");
                }

                @Override
                public long revert(Workspace workspace) {
                    return 0;
                }
            };
            assertThatThrownBy(() -> wb.execute(failing, 0)).hasMessageContaining("half way");
            assertThat(log(server)).isEmpty();
            assertThat(wb.library()).isEmpty();
        }
    }

    private static List<String> log(TeamServer server) {
        List<String> lines = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://localhost:" + server.port() + "/"
                + server.database(), "postgres", "");
             Statement st = c.createStatement();
             ResultSet rows = st.executeQuery("SELECT canvas_id, what, session FROM change_log ORDER BY seq")) {
            while (rows.next()) {
                lines.add(rows.getLong(1) + " " + rows.getString(2) + " " + rows.getString(3));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return lines;
    }
}
