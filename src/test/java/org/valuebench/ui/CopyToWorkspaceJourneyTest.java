package org.valuebench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.valuebench.app.Workbench;
import org.valuebench.app.Workbenches;
import org.valuebench.app.samples.SampleWorkspace;
import org.valuebench.domain.CanvasSummary;
import org.valuebench.store.TeamServer;
import org.valuebench.store.TestPostgres;
import org.valuebench.ui.workbench.DatabaseThread;
import org.valuebench.ui.workbench.ScriptedDialogs;
import org.valuebench.ui.workbench.ViewModelFixture;

/**
 * File ▸ Copy to workspace… in the real window: a team address typed, Copy, the dialog says what arrived and the
 * team workspace has the canvas; a refused target is told in the dialog. With {@code -Dvaluebench.look=DIR} it
 * saves the dialog's pictures there (run headed under a display to look at them).
 */
class CopyToWorkspaceJourneyTest extends FxRobot {
    @TempDir
    Path dir;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private ValueBenchWindow window;
    private DatabaseThread database;

    @BeforeAll
    static void toolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() {
        if (window != null) {
            interact(window::close);
            JourneyWindows.waitUntil(database::isIdle);
        }
    }

    @Test
    void theShownCanvasIsCopiedToATeamWorkspaceTypedInTheDialog() throws Exception {
        Path file = dir.resolve("workspace.db");
        try (Workbench seed = Workbenches.open(file, true, ViewModelFixture.CLOCK)) {
            SampleWorkspace.seed(seed);
            seed.windowMemory().rememberLastCanvas(seed.library().stream()
                    .filter(c -> c.name().equals("Corner café")).findFirst().orElseThrow().id());
        }
        TeamServer server = TestPostgres.newDatabase("uijourney");
        database = new DatabaseThread(Platform::runLater);
        window = JourneyWindows.show(file, database, dialogs);
        JourneyWindows.waitUntil(() -> database.isIdle() && window.isBuilt());

        clickOn("#menuFile").clickOn("Copy to workspace…");
        JourneyWindows.waitUntil(() -> lookup("#copyToWorkspaceDialog").tryQuery().isPresent());
        TextField target = lookup("#copyTarget").queryAs(TextField.class);
        JourneyWindows.waitUntil(target::isFocused); // typing starts there, not on Close
        interact(() -> target.setText(file.toString()));
        clickOn("#copyGo");

        Label message = lookup("#copyMessage").queryAs(Label.class);
        JourneyWindows.waitUntil(() -> database.isIdle() && message.getText().startsWith("Cannot copy"));
        assertThat(message.getText()).isEqualTo("Cannot copy to " + file
                + ": it is the workspace the canvas is in (Duplicate makes a copy there)");
        look("copy-refused");

        String address = "postgresql://postgres@localhost:" + server.port() + "/" + server.database();
        interact(() -> lookup("#copyTarget").queryAs(TextField.class).setText(address));
        assertThat(message.getText()).isEmpty();
        look("copy-typed");
        clickOn("#copyGo");
        JourneyWindows.waitUntil(() -> database.isIdle() && message.getText().startsWith("Copied"));
        assertThat(message.getText()).isEqualTo("Copied 'Corner café' to " + server
                + ": 24 items, 93 feedback records, 1 workshop.");
        look("copy-done");
        clickOn("Close");
        JourneyWindows.waitUntil(() -> lookup("#copyToWorkspaceDialog").tryQuery().isEmpty());

        try (Workbench team = Workbenches.openTeam(server, null, ViewModelFixture.CLOCK)) {
            assertThat(team.library()).extracting(CanvasSummary::name).containsExactly("Corner café");
        }
        assertThat(dialogs.errors).isEmpty();
    }

    /** Saves the dialog's window as a picture when -Dvaluebench.look names a folder. */
    private void look(String name) throws Exception {
        String folder = System.getProperty("valuebench.look");
        if (folder == null) {
            return;
        }
        Window dialog = lookup("#copyToWorkspaceDialog").query().getScene().getWindow();
        var image = fx(() -> dialog.getScene().snapshot(null));
        Path target = Files.createDirectories(Path.of(folder)).resolve(name + ".png");
        try {
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", target.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> T fx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get();
    }
}
