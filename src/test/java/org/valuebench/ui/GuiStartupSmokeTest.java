package org.valuebench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.prefs.Preferences;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuebench.ui.settings.InMemoryPreferences;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.valuebench.app.ProgramLog;

/**
 * The window's start-up path as the launcher takes it (GuiMain's checks, ValueBenchApp, the composition root), on
 * a machine made of temporary folders: the default workspace is created and seeded, the window is built, the log
 * is written, and closing it goes through the app's own ending.
 */
class GuiStartupSmokeTest {
    @TempDir
    Path home;

    @Test
    void theAppStartsOnTheDefaultWorkspaceBuildsTheWindowLogsAndCloses() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        Preferences settings = new InMemoryPreferences().node("org/valuebench/window");
        Map<String, String> env = Map.of("XDG_DATA_HOME", home.resolve("data").toString(),
                "XDG_STATE_HOME", home.resolve("state").toString());
        UserMachine machine = new UserMachine(env, "Linux", home, () -> settings);
        AtomicInteger ended = new AtomicInteger();
        ValueBenchApp app = (ValueBenchApp) FxToolkit.setupApplication(
                () -> new ValueBenchApp(machine, ended::incrementAndGet));
        try {
            JourneyWindows.waitUntil(() -> stage.isShowing() && stage.getScene().lookup(".library-name") != null);
            MenuBar menus = (MenuBar) stage.getScene().lookup("#menuBar");
            assertThat(menus.getMenus()).extracting(m -> m.getText()).contains("_File", "_Help");
            assertThat(menus.getMenus().get(menus.getMenus().size() - 1).getItems()).extracting(MenuItem::getId)
                    .containsExactly("menuSampleFeedback", "menuShowLogFolder");
            assertThat(stage.getTitle()).isNotBlank();
            // The keyboard starts in the library, not on the toolbar's first button with its focus ring.
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(stage.getScene().getFocusOwner()).extracting(javafx.scene.Node::getId).isEqualTo("library");
            assertThat(home.resolve("data/valuebench/workspace.db")).isRegularFile();
        } finally {
            FxToolkit.setupFixture(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
            FxToolkit.cleanupApplication(app);
        }
        assertThat(ended).hasValue(1);
        assertThat(stage.isShowing()).isFalse();
        // The window's size went to the settings handed in, not to the user's.
        assertThat(settings.getDouble("window.width", -1)).isPositive();
        Path log = home.resolve("state/valuebench").resolve(ProgramLog.FIRST_FILE);
        assertThat(Files.readString(log)).contains("INFO org.valuebench.ui.ValueBenchApp: ValueBench")
                .contains("started");
    }

    @Test
    void guiMainRefusesArgumentsTheWindowCannotTakeBeforeAnythingStarts() {
        assertThat(GuiMain.run(new String[] {"--db"})).hasValueSatisfying(problem -> assertThat(problem)
                .contains("--db needs a workspace file"));
        assertThat(GuiMain.run(new String[] {"--db", "https://example.org/ws.db"})).hasValueSatisfying(problem ->
                assertThat(problem).contains("https://example.org/ws.db", "looks like a URL"));
    }
}
