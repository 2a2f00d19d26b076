package org.valuebench.ui.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuebench.app.Workbench;
import org.valuebench.app.Workbenches;
import org.valuebench.app.workspace.TeamAddress;
import org.valuebench.app.workspace.WorkbenchOpener;
import org.valuebench.app.workspace.WorkspaceLocation;
import org.valuebench.domain.CanvasSummary;
import org.valuebench.store.PasswordRoles;
import org.valuebench.store.TeamServer;
import org.valuebench.store.TestPostgres;
import org.valuebench.ui.settings.PreferencesWindowSettings;

/** File ▸ Connect to team workspace… and File ▸ Open recent in the window's model, on the embedded server. */
class TeamConnectionsTest {
    @TempDir
    Path dir;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final List<List<String>> stored = new ArrayList<>();

    private WorkbenchViewModel model(RecentWorkspaces recent) {
        WorkbenchOpener opener = new WorkbenchOpener(ViewModelFixture.CLOCK);
        return new WorkbenchViewModel(new ImmediateRunner(), (location, upgrading) -> opener.open(location, true,
                upgrading), dialogs, ViewModelFixture.CLOCK, recent, Map.of());
    }

    private RecentWorkspaces recent() {
        return new RecentWorkspaces(List::of, stored::add);
    }

    private static TeamAddress address(TeamServer server, String user, String password) {
        return TeamAddress.of("localhost", server.port(), server.database(), user, Map.of(),
                password == null ? null : password.toCharArray());
    }

    @Test
    void connectOpensTheTeamWorkspaceAndTitleAndStatusBarSayWhere() {
        TeamServer server = TestPostgres.newDatabase("ui_connect");
        try (Workbench wb = Workbenches.openTeam(server, null, ViewModelFixture.CLOCK)) {
            wb.createCanvas("Team canvas");
        }
        WorkbenchViewModel model = model(recent());
        model.open(new WorkspaceLocation(dir.resolve("local.db"), false));
        dialogs.teams.add(address(server, "postgres", null));

        model.connectToTeam();

        assertThat(model.phaseProperty().get()).isEqualTo(WorkbenchViewModel.Phase.READY);
        assertThat(model.whereProperty().get()).isEqualTo(server.toString());
        assertThat(model.workspaceFileProperty().get()).isNull();
        assertThat(model.titleProperty().get()).isEqualTo("ValueBench — Team canvas — " + server);
        assertThat(model.library()).extracting(CanvasSummary::name).containsExactly("Team canvas");
        assertThat(model.readOnlyReasonProperty().get()).isEmpty();
        assertThat(dialogs.errors).isEmpty();
        model.close();
    }

    @Test
    void recentListsFilesAndTeamWorkspacesNewestFirstWithoutPasswordsAndReopensWithTheSessionPassword() {
        TeamServer server = TestPostgres.newDatabase("ui_recent");
        String role = "ui_recent_" + System.nanoTime();
        PasswordRoles.create(role, "typed-in-dialog");
        TestPostgres.admin(server.database(), "GRANT CREATE ON SCHEMA public TO " + role);
        WorkbenchViewModel model = model(recent());
        Path a = dir.resolve("a.db");
        Path b = dir.resolve("b.db");
        model.open(new WorkspaceLocation(a, false));
        dialogs.teams.add(address(server, role, "typed-in-dialog"));
        model.connectToTeam();
        assertThat(dialogs.errors).isEmpty();
        model.open(new WorkspaceLocation(b, false));

        String team = "postgresql://" + role + "@localhost:" + server.port() + "/" + server.database();
        assertThat(model.recentWorkspaces()).containsExactly(b.toString(), team, a.toString());
        assertThat(stored).last().isEqualTo(List.of(b.toString(), team, a.toString()));
        assertThat(stored.toString()).doesNotContain("typed-in-dialog");

        model.openRecent(team);
        assertThat(dialogs.errors).as("signed in again with the password typed this session").isEmpty();
        assertThat(model.whereProperty().get()).isEqualTo(team);
        assertThat(model.recentWorkspaces()).first().isEqualTo(team);
        dialogs.teams.clear();
        model.connectToTeam();
        assertThat(dialogs.suggestedTeams).last().satisfies(s -> {
            assertThat(s.toString()).isEqualTo(team);
            assertThat(s.password()).hasValue("typed-in-dialog");
        });
        model.close();
    }

    @Test
    void aRecentFileThatIsGoneIsSaidAndForgottenNotMadeAnew() {
        Path gone = dir.resolve("gone.db");
        WorkbenchViewModel model = model(new RecentWorkspaces(() -> List.of(gone.toString()), stored::add));
        model.open(new WorkspaceLocation(dir.resolve("here.db"), false));

        model.openRecent(gone.toString());

        assertThat(dialogs.errors).singleElement().asString().contains(gone.toString(), "no longer there");
        assertThat(gone).doesNotExist();
        assertThat(model.recentWorkspaces()).containsExactly(dir.resolve("here.db").toString());
        model.close();
    }

    @Test
    void theRecentListKeepsTenAndTheUsersSettingsHoldNoPassword() throws Exception {
        Preferences node = Preferences.userRoot().node("valuebench-test/recent-" + System.nanoTime());
        try {
            PreferencesWindowSettings settings = new PreferencesWindowSettings(node);
            RecentWorkspaces recent = new RecentWorkspaces(settings::recentWorkspaces,
                    settings::saveRecentWorkspaces);
            for (int i = 0; i < 12; i++) {
                recent.remember(dir.resolve(i + ".db").toString());
            }
            TeamAddress withPassword = TeamAddress.parse("postgresql://ann:pw-Secret@db.example.com/vb", "--db",
                    Map.of());
            recent.remember(WorkspaceLocation.team(withPassword).where());

            List<String> again = new PreferencesWindowSettings(node).recentWorkspaces();
            assertThat(again).hasSize(10).first().isEqualTo("postgresql://ann@db.example.com:5432/vb");
            assertThat(again.get(1)).isEqualTo(dir.resolve("11.db").toString());
            for (String key : node.keys()) {
                assertThat(node.get(key, "")).doesNotContain("pw-Secret");
            }
        } finally {
            node.removeNode();
        }
    }

    @Test
    void aUserGrantedOnlySelectSeesTheReadOnlyNoticeAndAnEditIsRefusedWithTheReason() {
        TeamServer server = TestPostgres.newDatabase("ui_viewer");
        try (Workbench wb = Workbenches.openTeam(server, null, ViewModelFixture.CLOCK)) {
            wb.createCanvas("Shared");
        }
        String viewer = "viewer_" + server.database();
        TestPostgres.admin(server.database(), "CREATE ROLE " + viewer + " LOGIN",
                "GRANT SELECT ON ALL TABLES IN SCHEMA public TO " + viewer);
        WorkbenchViewModel model = model(recent());
        dialogs.teams.add(address(server, viewer, null));

        model.connectToTeam();

        assertThat(model.phaseProperty().get()).isEqualTo(WorkbenchViewModel.Phase.READY);
        assertThat(model.readOnlyReasonProperty().get()).startsWith("Read-only: " + viewer + " may read the team"
                + " workspace " + address(server, viewer, null));
        assertThat(model.statusProperty().get().text()).isEqualTo("Read-only: " + address(server, viewer, null)
                + " can be read and exported, not changed");
        model.createCanvas("Not allowed");
        assertThat(dialogs.errors).singleElement().asString().contains("Read-only");
        assertThat(model.library()).extracting(CanvasSummary::name).containsExactly("Shared");
        model.close();
    }
}
