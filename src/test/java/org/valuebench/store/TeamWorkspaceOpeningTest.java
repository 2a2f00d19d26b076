package org.valuebench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.valuebench.domain.Canvas;
import org.valuebench.domain.Item;
import org.valuebench.domain.Section;

/** Opening a team workspace on a real PostgreSQL server: what becomes one, what is refused untouched, who may write. */
class TeamWorkspaceOpeningTest {
    private static final Instant T0 = Instant.parse("2026-12-07T09:00:00Z");

    @Test
    void anEmptyDatabaseBecomesATeamWorkspaceAndOpensAgainWithItsCanvases() {
        TeamServer server = TestPostgres.newDatabase("fresh");
        try (Workspace ws = Workspace.openTeam(server, null)) {
            assertThat(ws.created()).isTrue();
            assertThat(ws.localFile()).isEmpty();
            assertThat(ws.where()).isEqualTo(server.toString());
            long canvas = ws.transaction(c -> ws.canvases().insert(Canvas.draft("Café", T0)).id());
            ws.transaction(c -> ws.items().append(Item.draft(canvas, Section.NEEDS, "Coffee")));
        }
        try (Workspace again = Workspace.openTeam(server, null)) {
            assertThat(again.created()).isFalse();
            assertThat(again.readOnlyReason()).isEmpty();
            assertThat(again.canvases().list()).extracting(c -> c.name()).containsExactly("Café");
        }
    }

    @Test
    void aDatabaseHoldingOtherTablesIsRefusedAndLeftUntouched() {
        TeamServer server = TestPostgres.newDatabase("foreign");
        TestPostgres.admin(server.database(), "CREATE TABLE invoices (id int PRIMARY KEY, total numeric)",
                "INSERT INTO invoices VALUES (1, 9.5)");
        assertThatThrownBy(() -> Workspace.openTeam(server, null)).isInstanceOf(StoreException.class)
                .hasMessageContaining("already holds other tables (invoices)")
                .hasMessageContaining("left untouched");
        assertThat(tables(server)).containsExactly("invoices");
    }

    @Test
    void aWorkspaceOfANewerVersionIsRefusedWithItsSchemaNumber() {
        TeamServer server = TestPostgres.newDatabase("newer");
        Workspace.openTeam(server, null).close();
        TestPostgres.admin(server.database(), "INSERT INTO flyway_schema_history (installed_rank, version, description,"
                + " type, script, checksum, installed_by, execution_time, success) VALUES (99, '99', 'future', 'SQL',"
                + " 'V99__future.sql', 0, 'postgres', 1, true)");
        List<String> before = tables(server);
        assertThatThrownBy(() -> Workspace.openTeam(server, null)).isInstanceOf(StoreException.class)
                .hasMessageContaining("newer version of ValueBench").hasMessageContaining("schema 99");
        assertThat(tables(server)).isEqualTo(before);
    }

    @Test
    void aFailedUpgradeLeavesTheOldSchema() {
        TeamServer server = TestPostgres.newDatabase("upgrade");
        TeamOpening.open(server, null, TeamOpening.MIGRATIONS, TeamOpening.SCHEMA_VERSION).close();
        List<String> migrations = List.of("classpath:db/postgresql", "classpath:teamfail");
        assertThatThrownBy(() -> TeamOpening.open(server, null, migrations, 99)).isInstanceOf(StoreException.class)
                .hasMessageContaining("Cannot bring the team workspace").hasMessageContaining("Nothing was changed");
        assertThat(tables(server)).doesNotContain("half_made");
        try (Workspace ws = Workspace.openTeam(server, null)) {
            assertThat(ws.canvases().list()).isEmpty();
        }
    }

    @Test
    void aUserGrantedOnlySelectOpensItReadOnlyAndEveryEditIsRefusedWithTheReason() {
        TeamServer server = TestPostgres.newDatabase("viewer");
        Workspace.openTeam(server, null).close();
        TestPostgres.admin(server.database(), "DROP ROLE IF EXISTS viewer_" + server.database(),
                "CREATE ROLE viewer_" + server.database() + " LOGIN",
                "GRANT SELECT ON ALL TABLES IN SCHEMA public TO viewer_" + server.database());
        TeamServer asViewer = TestPostgres.address(server.database(), "viewer_" + server.database());
        try (Workspace ws = Workspace.openTeam(asViewer, null)) {
            assertThat(ws.readOnlyReason()).hasValueSatisfying(reason -> assertThat(reason)
                    .contains("may read the team workspace").contains("no right to change it"));
            assertThat(ws.canvases().list()).isEmpty();
            assertThatThrownBy(() -> ws.transaction(c -> ws.canvases().insert(Canvas.draft("Café", T0))))
                    .isInstanceOf(StoreException.class).hasMessageContaining("no right to change it");
        }
    }

    @Test
    void aUserWithNoRightsOnTheTablesIsToldSoNotThatTheDatabaseIsEmpty() {
        TeamServer server = TestPostgres.newDatabase("stranger");
        Workspace.openTeam(server, null).close();
        String stranger = "stranger_" + server.database();
        TestPostgres.admin(server.database(), "CREATE ROLE " + stranger + " LOGIN");
        assertThatThrownBy(() -> Workspace.openTeam(TestPostgres.address(server.database(), stranger), null))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("does not let " + stranger + " read the team workspace")
                .hasMessageNotContaining("empty");
    }

    @Test
    void aRefusedSignInAndAMissingDatabaseAreToldInWordsNotAsAStackTrace() {
        TeamServer missing = TestPostgres.address("no_such_database", "postgres");
        assertThatThrownBy(() -> Workspace.openTeam(missing, null)).isInstanceOf(StoreException.class)
                .hasMessageContaining("Cannot open the team workspace " + missing)
                .hasMessageContaining("no such database");
        TeamServer nobody = new TeamServer("localhost", 1, "valuebench", "anna", Map.of());
        assertThatThrownBy(() -> Workspace.openTeam(nobody, "secret".toCharArray()))
                .isInstanceOf(StoreException.class).hasMessageContaining("cannot be reached")
                .hasMessageNotContaining("secret");
    }

    @Test
    void textWithNulIsRefusedWithAMessageAndNothingIsWritten() {
        TeamServer server = TestPostgres.newDatabase("nul");
        try (Workspace ws = Workspace.openTeam(server, null)) {
            assertThatThrownBy(() -> ws.transaction(c -> ws.canvases().insert(Canvas.draft("Ca\u0000fé", T0))))
                    .isInstanceOf(StoreException.class).hasMessageContaining("cannot hold the character NUL");
            assertThat(ws.canvases().list()).isEmpty();
        }
    }

    private static List<String> tables(TeamServer server) {
        List<String> names = new ArrayList<>();
        try (Connection c = TestPostgres.server().getDatabase("postgres", server.database()).getConnection();
             Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("SELECT table_name FROM information_schema.tables"
                     + " WHERE table_schema = 'public' ORDER BY table_name")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
        return names;
    }
}
