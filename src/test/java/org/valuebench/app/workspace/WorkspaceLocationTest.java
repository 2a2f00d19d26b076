package org.valuebench.app.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceLocationTest {
    @TempDir
    Path home;

    @Test
    void dbOptionWinsOverTheEnvironmentVariable() {
        Path db = home.resolve("chosen.db");

        WorkspaceLocation location = WorkspaceLocation.resolve(db.toString(),
                Map.of("VALUEBENCH_DB", home.resolve("env.db").toString()), "Linux", home);

        assertThat(location).isEqualTo(new WorkspaceLocation(db, false));
    }

    @Test
    void theEnvironmentVariableWinsOverTheDefault() {
        Path env = home.resolve("env.db");

        WorkspaceLocation location = WorkspaceLocation.resolve(null,
                Map.of("VALUEBENCH_DB", env.toString(), "XDG_DATA_HOME", home.resolve("xdg").toString()), "Linux", home);

        assertThat(location).isEqualTo(new WorkspaceLocation(env, false));
        assertThat(WorkspaceLocation.resolve("  ", Map.of("VALUEBENCH_DB", env.toString()), "Linux", home))
                .as("a blank --db counts as none").isEqualTo(new WorkspaceLocation(env, false));
    }

    @Test
    void aUrlOtherThanPostgresqlIsRefusedButADriveLetterOrAColonInAFileNameIsAPath() {
        assertThatThrownBy(() -> WorkspaceLocation.resolve("https://server/vb.db", Map.of(), "Linux", home))
                .isInstanceOf(WorkspaceLocationException.class).hasMessageContaining("looks like a URL");
        assertThatThrownBy(() -> WorkspaceLocation.resolve(null, Map.of("VALUEBENCH_DB", "JDBC:sqlite:x.db"), "Linux",
                home)).isInstanceOf(WorkspaceLocationException.class).hasMessageStartingWith("VALUEBENCH_DB 'JDBC:");

        assertThat(WorkspaceLocation.resolve("C:/team.db", Map.of(), "Linux", home).file().getFileName())
                .hasToString("team.db");
        assertThat(WorkspaceLocation.resolve("notes:2026.db", Map.of(), "Linux", home).file().getFileName())
                .hasToString("notes:2026.db");
    }

    @Test
    void aPostgresqlAddressFromDbOrTheEnvironmentIsATeamWorkspace() {
        WorkspaceLocation fromDb = WorkspaceLocation.resolve("postgresql://ann@db.example.com:5433/valuebench"
                + "?sslmode=verify-full", Map.of(), "Linux", home);
        WorkspaceLocation fromEnv = WorkspaceLocation.resolve(null,
                Map.of("VALUEBENCH_DB", "jdbc:postgresql://db.example.com/valuebench?user=ann"), "Linux", home);
        WorkspaceLocation shortScheme = WorkspaceLocation.resolve(" postgres://ann@db.example.com/valuebench ",
                Map.of(), "Linux", home);

        assertThat(fromDb.isTeam()).isTrue();
        assertThat(fromDb.file()).isNull();
        assertThat(fromDb.isDefault()).isFalse();
        assertThat(fromDb.where()).isEqualTo("postgresql://ann@db.example.com:5433/valuebench?sslmode=verify-full");
        assertThat(fromEnv.where()).isEqualTo("postgresql://ann@db.example.com:5432/valuebench");
        assertThat(shortScheme.where()).isEqualTo("postgresql://ann@db.example.com:5432/valuebench");
        assertThat(new WorkspaceLocation(home.resolve("a.db"), false).isTeam()).isFalse();
        assertThat(new WorkspaceLocation(home.resolve("a.db"), false).where()).isEqualTo(home.resolve("a.db").toString());
    }

    @Test
    void withoutAUserInTheAddressItIsPgUserElseTheSystemUser() {
        assertThat(WorkspaceLocation.resolve("postgresql://db.example.com/vb", Map.of("PGUSER", "bea"), "Linux", home)
                .where()).isEqualTo("postgresql://bea@db.example.com:5432/vb");
        assertThat(WorkspaceLocation.resolve("postgresql://db.example.com/vb", Map.of(), "Linux", home).where())
                .isEqualTo("postgresql://" + System.getProperty("user.name") + "@db.example.com:5432/vb");
    }

    @Test
    void aPasswordInTheAddressIsKeptForTheSessionButNeverShown() {
        WorkspaceLocation inUserInfo = WorkspaceLocation.resolve("postgresql://ann:s3cret-Pw@db.example.com/vb",
                Map.of(), "Linux", home);
        WorkspaceLocation inQuery = WorkspaceLocation.resolve("postgresql://db.example.com/vb?user=ann&password="
                + "s3cret-Pw", Map.of(), "Linux", home);

        for (WorkspaceLocation location : java.util.List.of(inUserInfo, inQuery)) {
            assertThat(location.team().password()).hasValue("s3cret-Pw");
            assertThat(location.where()).doesNotContain("s3cret");
            assertThat(location.toString()).doesNotContain("s3cret");
            assertThat(location.team().toString()).doesNotContain("s3cret");
        }
    }

    @Test
    void pgPasswordIsThePasswordWhenTheAddressHasNone() {
        WorkspaceLocation location = WorkspaceLocation.resolve("postgresql://ann@db.example.com/vb",
                Map.of("PGPASSWORD", "from-env"), "Linux", home);
        WorkspaceLocation both = WorkspaceLocation.resolve("postgresql://ann:in-url@db.example.com/vb",
                Map.of("PGPASSWORD", "from-env"), "Linux", home);

        assertThat(location.team().password()).hasValue("from-env");
        assertThat(both.team().password()).as("the address's own password wins, as with psql").hasValue("in-url");
        assertThat(WorkspaceLocation.resolve("postgresql://ann@h/vb", Map.of(), "Linux", home).team().password())
                .as("none: the driver then reads the pgpass file").isEmpty();
    }

    @Test
    void aBadAddressIsRefusedNamingWhereItCameFromWithoutItsPassword() {
        assertThatThrownBy(() -> WorkspaceLocation.resolve("postgresql://ann:s3cret-Pw@db.example.com:54x/vb",
                Map.of(), "Linux", home)).isInstanceOf(WorkspaceLocationException.class)
                .hasMessageStartingWith("--db: ").hasMessageContaining("port").hasMessageContaining("54x")
                .hasMessageNotContaining("s3cret");
        assertThatThrownBy(() -> WorkspaceLocation.resolve(null,
                Map.of("VALUEBENCH_DB", "postgresql://ann:s3cret-Pw@db.example.com:99999/vb"), "Linux", home))
                .isInstanceOf(WorkspaceLocationException.class).hasMessageStartingWith("VALUEBENCH_DB: ")
                .hasMessageContaining("65535").hasMessageNotContaining("s3cret");
        assertThatThrownBy(() -> WorkspaceLocation.resolve("postgresql://ann@db.example.com:x/vb?password=s3cret-Pw",
                Map.of(), "Linux", home)).isInstanceOf(WorkspaceLocationException.class)
                .hasMessageNotContaining("s3cret");
    }

    @Test
    void aRelativePathIsMadeAbsoluteAndNormalised() {
        WorkspaceLocation location = WorkspaceLocation.resolve("work/../team.db", Map.of(), "Linux", home);

        assertThat(location.file()).isAbsolute().isEqualTo(Path.of("team.db").toAbsolutePath());
        assertThat(location.isDefault()).isFalse();
    }

    @Test
    void onLinuxTheDefaultIsUnderAnAbsoluteXdgDataHome() {
        Path xdg = home.resolve("data");

        WorkspaceLocation location = WorkspaceLocation.resolve(null, Map.of("XDG_DATA_HOME", xdg.toString()), "Linux", home);

        assertThat(location).isEqualTo(new WorkspaceLocation(xdg.resolve("valuebench/workspace.db"), true));
    }

    @Test
    void onLinuxARelativeOrMissingXdgDataHomeFallsBackToLocalShare() {
        Path fallback = home.resolve(".local/share/valuebench/workspace.db");

        assertThat(WorkspaceLocation.resolve(null, Map.of("XDG_DATA_HOME", "relative/data"), "Linux", home))
                .isEqualTo(new WorkspaceLocation(fallback, true));
        assertThat(WorkspaceLocation.resolve(null, Map.of("XDG_DATA_HOME", ""), "Linux", home))
                .isEqualTo(new WorkspaceLocation(fallback, true));
        assertThat(WorkspaceLocation.resolve(null, Map.of(), "Linux", home))
                .isEqualTo(new WorkspaceLocation(fallback, true));
    }

    @Test
    void onMacOsTheDefaultIsInApplicationSupport() {
        WorkspaceLocation location = WorkspaceLocation.resolve(null,
                Map.of("XDG_DATA_HOME", home.resolve("xdg").toString()), "Mac OS X", home);

        assertThat(location).isEqualTo(
                new WorkspaceLocation(home.resolve("Library/Application Support/valuebench/workspace.db"), true));
    }

    @Test
    void onWindowsTheDefaultIsInAppDataOrRoamingUnderTheHomeFolder() {
        Path appData = home.resolve("Roaming-from-env");

        assertThat(WorkspaceLocation.resolve(null, Map.of("APPDATA", appData.toString()), "Windows 11", home))
                .isEqualTo(new WorkspaceLocation(appData.resolve("valuebench/workspace.db"), true));
        assertThat(WorkspaceLocation.resolve(null, Map.of(), "Windows 10", home))
                .isEqualTo(new WorkspaceLocation(home.resolve("AppData/Roaming/valuebench/workspace.db"), true));
    }

    @Test
    void fromSystemTakesTheDbOption() {
        Path db = home.resolve("cli.db");

        assertThat(WorkspaceLocation.fromSystem(db.toString())).isEqualTo(new WorkspaceLocation(db, false));
    }
}
