package org.valuebench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.valuebench.app.Workbench;
import org.valuebench.app.Workbenches;
import org.valuebench.app.workspace.WorkspaceLocation;
import org.valuebench.domain.workshop.Participant;
import org.valuebench.domain.workshop.WorkshopPlan;
import org.valuebench.ui.settings.InMemoryWindowSettings;
import org.valuebench.ui.workbench.DatabaseThread;
import org.valuebench.ui.workbench.ExportThread;
import org.valuebench.ui.workbench.ScriptedDialogs;
import org.valuebench.ui.workbench.ViewModelFixture;
import org.valuebench.ui.workshop.join.ScriptedJoiningDialogs;
import org.valuebench.ui.workshop.join.TestRoom;

/**
 * Joining in the real window: Workshop ▸ Open joining… opens the dialog, the console's joining row shows the
 * address, the code, who joined with their card counts and the wrong codes, closes and reopens joining, and the
 * window's close closes joining.
 */
class JoiningWindowTest extends FxRobot {
    @TempDir
    Path dir;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final ScriptedJoiningDialogs joiningDialogs = new ScriptedJoiningDialogs();
    private final TestRoom room = new TestRoom();
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
            settle();
        }
    }

    private void settle() {
        JourneyWindows.waitUntil(() -> database.isIdle() && (window == null || window.isBuilt()));
    }

    @Test
    void openJoiningShowsTheAddressCodeAndWhoJoinedAndTheWindowsCloseClosesIt() throws Exception {
        database = new DatabaseThread(Platform::runLater);
        ValueBenchWindow.Dependencies deps = new ValueBenchWindow.Dependencies(database,
                (location, upgrading) -> Workbenches.open(location.file(), true, ViewModelFixture.CLOCK, upgrading),
                stage -> dialogs, new InMemoryWindowSettings(), ViewModelFixture.CLOCK,
                new ExportThread(Platform::runLater), JourneyWindows.NO_DESKTOP, Locale.UK, dir.resolve("logs"),
                stage -> null, new ValueBenchWindow.Joining(access -> room, stage -> joiningDialogs));
        window = WaitForAsyncUtils.asyncFx(() -> ValueBenchWindow.show(new Stage(), deps,
                new WorkspaceLocation(dir.resolve("joining.db"), false))).get();
        settle();
        interact(() -> window.model().createCanvas("Room café"));
        settle();
        interact(() -> window.workshop().console().start("Kick-off", WorkshopPlan.standard(),
                List.of(Participant.draft("Ann", "sales")), false));
        settle();
        assertThat(visible("#workshopJoining")).as("the console offers joining").isTrue();
        assertThat(visible("#joinAddress")).isFalse();

        joiningDialogs.fill = form -> {
            form.networkProperty().set(TestRoom.LOOPBACK);
            return true;
        };
        clickOn("#menuWorkshop").clickOn("Open joining…");
        settle();
        assertThat(joiningDialogs.forms).hasSize(1);
        assertThat(text("#joinAddress")).isEqualTo("http://127.0.0.1:8421/");
        assertThat(text("#joinCode")).isEqualTo("code K7MQ2P");
        assertThat(visible("#workshopJoining")).isFalse();

        CompletableFuture.runAsync(() -> {
            room.joined("Ann", 2, true, 0);
            room.joined("Bo", 1, false, 3);
        }).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup(".join-member").queryAllAs(MenuButton.class)).extracting(MenuButton::getText)
                .containsExactly("● Ann · 2 cards", "○ Bo · 1 card");
        assertThat(text("#joinFailed")).isEqualTo("3 wrong codes");

        clickOn("#workshopCloseJoining");
        settle();
        assertThat(visible("#joinAddress")).isFalse();
        assertThat(visible("#workshopReopenJoining")).isTrue();
        clickOn("#workshopReopenJoining");
        settle();
        assertThat(text("#joinCode")).isEqualTo("code K7MQ2P");
        assertThat(room.calls).containsExactly("open 1 127.0.0.1:0", "close", "open 1 127.0.0.1:0");

        interact(window::close);
        settle();
        window = null;
        assertThat(room.calls).as("the window's close closes joining").last().isEqualTo("close");
        assertThat(dialogs.errors).isEmpty();
    }

    private boolean visible(String id) {
        Node node = lookup(id).query();
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private String text(String id) {
        return lookup(id).queryAs(Label.class).getText();
    }
}
