package org.valuebench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.valuebench.ui.workbench.DatabaseThread;
import org.valuebench.ui.workbench.ScriptedDialogs;

/** The window on a projector: full screen, zoom, and a board whose scroll range follows its content. */
class ScreenFitJourneyTest extends FxRobot {
    @TempDir
    Path dir;
    private ValueBenchWindow window;
    private DatabaseThread database;

    @BeforeAll
    static void toolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void closeWindow() {
        if (window != null) {
            interact(window::close);
            JourneyWindows.waitUntil(database::isIdle);
        }
    }

    private void open() throws Exception {
        database = new DatabaseThread(javafx.application.Platform::runLater);
        window = JourneyWindows.show(dir.resolve("screen.vbw"), database, new ScriptedDialogs());
        JourneyWindows.waitUntil(() -> window.isBuilt() && database.isIdle());
    }

    private MenuItem menuItem(String id) {
        MenuBar bar = lookup("#menuBar").queryAs(MenuBar.class);
        return bar.getMenus().stream().flatMap(m -> items(m).stream())
                .filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    private static java.util.List<MenuItem> items(Menu menu) {
        java.util.List<MenuItem> all = new java.util.ArrayList<>();
        for (MenuItem item : menu.getItems()) {
            all.add(item);
            if (item instanceof Menu sub) {
                all.addAll(items(sub));
            }
        }
        return all;
    }

    @Test
    void f11AndViewFullScreenToggleTheStageFullScreen() throws Exception {
        open();
        CheckMenuItem fullScreen = (CheckMenuItem) menuItem("menuFullScreen");
        assertThat(fullScreen.getAccelerator()).isEqualTo(new KeyCodeCombination(KeyCode.F11));
        assertThat(window.stage().isFullScreen()).isFalse();

        interact(() -> fullScreen.setSelected(true)); // as a click on the menu item does
        assertThat(window.stage().isFullScreen()).isTrue();
        assertThat(fullScreen.isSelected()).isTrue();

        interact(() -> window.stage().setFullScreen(false)); // as Esc does
        assertThat(fullScreen.isSelected()).isFalse();

        interact(() -> window.stage().requestFocus());
        press(KeyCode.F11).release(KeyCode.F11);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.stage().isFullScreen()).isTrue();
    }
}
