package org.valuebench.ui.gaps;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.valuebench.app.feedback.ImportOptions;
import org.valuebench.ui.feedback.FeedbackImportViewModel;
import org.valuebench.ui.feedback.ScriptedGapDialogs;
import org.valuebench.ui.fx.ProjectorFrame;
import org.valuebench.ui.workbench.ViewModelFixture;

/**
 * The Gaps tab in the room the window leaves it at 1280×720 (a meeting-room projector): the
 * ranking shows at least five rows, and no column's heading or figure is cut while the table has room.
 */
class GapViewOnAProjectorTest extends FxRobot {
    @TempDir
    Path dir;
    private ViewModelFixture fixture;
    private GapView view;
    private Stage stage;

    @BeforeAll
    static void toolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() {
        interact(() -> {
            if (stage != null) {
                stage.close();
            }
            if (fixture != null) {
                fixture.close();
            }
        });
    }

    private void show(double width, double height) {
        interact(() -> {
            fixture = new ViewModelFixture(dir.resolve("view.db"));
            ScriptedGapDialogs dialogs = new ScriptedGapDialogs();
            long canvasId = GapTestCanvas.addTo(fixture.workbench);
            GapViewModel gaps = new GapViewModel(fixture.workbench, dialogs, ViewModelFixture.CLOCK);
            FeedbackImportViewModel importer = new FeedbackImportViewModel(fixture.workbench, dialogs, Runnable::run);
            importer.start(canvasId, GapTestCanvas.fixture("long-basic.csv"), ImportOptions.DEFAULT);
            view = new GapView(gaps, importer);
            stage = new Stage();
            stage.setScene(ProjectorFrame.around(view, width, height));
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theRankingShowsFiveRowsAt720p() {
        show(1280, 720);
        assertThat(ProjectorFrame.rowsRoomFor(view.ranking())).isGreaterThanOrEqualTo(5);
    }

    @Test
    void noHeadingOrFigureIsCutWhileTheRankingHasRoom() {
        // Monocle's headless screen is 1280x800: a larger scene does not fit its frame buffer.
        show(1280, 720);
        assertThat(ProjectorFrame.cutTexts(view.ranking())).isEmpty();
        double used = view.ranking().getColumns().stream().mapToDouble(c -> c.getWidth()).sum();
        assertThat(used).as("the columns fill the ranking's width").isGreaterThan(view.ranking().getWidth() - 40);
    }
}
