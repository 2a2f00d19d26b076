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
    void aUrlIsRefusedButADriveLetterOrAColonInAFileNameIsAPath() {
        assertThatThrownBy(() -> WorkspaceLocation.resolve("postgresql://server/vb", Map.of(), "Linux", home))
                .isInstanceOf(WorkspaceLocationException.class).hasMessageContaining("looks like a URL");
        assertThatThrownBy(() -> WorkspaceLocation.resolve(null, Map.of("VALUEBENCH_DB", "JDBC:sqlite:x.db"), "Linux",
                home)).isInstanceOf(WorkspaceLocationException.class).hasMessageStartingWith("VALUEBENCH_DB 'JDBC:");

        assertThat(WorkspaceLocation.resolve("C:/team.db", Map.of(), "Linux", home).file().getFileName())
                .hasToString("team.db");
        assertThat(WorkspaceLocation.resolve("notes:2026.db", Map.of(), "Linux", home).file().getFileName())
                .hasToString("notes:2026.db");
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
