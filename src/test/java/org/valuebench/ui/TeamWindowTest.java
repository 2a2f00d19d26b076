package org.valuebench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.valuebench.app.Workbench;
import org.valuebench.app.Workbenches;
import org.valuebench.app.workspace.WorkspaceLocation;
import org.valuebench.domain.Section;
import org.valuebench.store.TeamServer;
import org.valuebench.store.TestPostgres;
import org.valuebench.ui.settings.InMemoryWindowSettings;
import org.valuebench.ui.workbench.DatabaseThread;
import org.valuebench.ui.workbench.ExportThread;
import org.valuebench.ui.workbench.ScriptedDialogs;
import org.valuebench.ui.workbench.ViewModelFixture;

/** The real window on a team workspace: a colleague's new card appears on the board and the status bar says who. */
class TeamWindowTest extends FxRobot {
    @TempDir
    Path dir;

    @BeforeAll
    static void toolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void aColleaguesCardAppearsOnTheBoardAndTheStatusBarNamesWhoIsHere() throws Exception {
        TeamServer server = TestPostgres.newDatabase("window");
        Workbench colleague = Workbenches.openTeam(server, null, ViewModelFixture.CLOCK);
        try {
            long cafe = colleague.createCanvas("Café").canvas().orElseThrow().canvas().id();
            colleague.addItem(cafe, Section.NEEDS, "Coffee before the train", -1);
            DatabaseThread database = new DatabaseThread(Platform::runLater);
            ValueBenchWindow.Dependencies deps = new ValueBenchWindow.Dependencies(database,
                    (location, upgrading) -> Workbenches.openTeam(server, null, ViewModelFixture.CLOCK),
                    stage -> new ScriptedDialogs(), new InMemoryWindowSettings(), ViewModelFixture.CLOCK,
                    new ExportThread(Platform::runLater), JourneyWindows.NO_DESKTOP, Locale.UK, dir.resolve("logs"));
            ValueBenchWindow window = WaitForAsyncUtils.asyncFx(() -> ValueBenchWindow.show(new Stage(), deps,
                    new WorkspaceLocation(dir.resolve("team"), false))).get();
            try {
                JourneyWindows.waitUntil(() -> database.isIdle() && window.isBuilt()
                        && !window.model().teamStatusProperty().get().isEmpty());
                Label team = lookup("#teamStatus").queryAs(Label.class);
                assertThat(team.isVisible()).isTrue();
                assertThat(team.getText()).isEqualTo("Team workspace · also here: postgres");

                colleague.addItem(cafe, Section.WANTS, "A calm corner to work", -1);
                JourneyWindows.waitUntil(() -> lookup(".label").queryAllAs(Label.class).stream()
                        .anyMatch(l -> "A calm corner to work".equals(l.getText())));
                look(window, "team-window-followed.png");

                TestPostgres.admin("postgres", "ALTER DATABASE " + server.database() + " ALLOW_CONNECTIONS false",
                        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '"
                                + server.database() + "'");
                JourneyWindows.waitUntil(() -> team.getText().startsWith("Connection lost"));
                Label banner = lookup("#readOnlyBanner").queryAs(Label.class);
                assertThat(banner.isVisible()).isTrue();
                assertThat(banner.getText()).contains("was lost");
                look(window, "team-window-lost.png");

                TestPostgres.admin("postgres", "ALTER DATABASE " + server.database() + " ALLOW_CONNECTIONS true");
                JourneyWindows.waitUntil(() -> team.getText().startsWith("Team workspace") && !banner.isVisible());
                look(window, "team-window-back.png");
            } finally {
                interact(window::close);
                JourneyWindows.waitUntil(database::isIdle);
            }
        } finally {
            colleague.close();
        }
    }

    /** With -Dvaluebench.look=FOLDER, keeps a picture of the window there, to look at it as a user would. */
    private void look(ValueBenchWindow window, String name) throws Exception {
        String folder = System.getProperty("valuebench.look");
        if (folder != null) {
            var image = WaitForAsyncUtils.asyncFx(() -> window.stage().getScene().snapshot(null)).get();
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", Files.createDirectories(Path.of(folder))
                    .resolve(name).toFile());
        }
    }

}
