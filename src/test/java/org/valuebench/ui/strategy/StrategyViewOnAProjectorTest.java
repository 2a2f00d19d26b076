package org.valuebench.ui.strategy;

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
import org.valuebench.app.Workbench;
import org.valuebench.app.samples.SampleWorkspace;
import org.valuebench.ui.fx.ProjectorFrame;
import org.valuebench.ui.workbench.ViewModelFixture;

/**
 * The Strategy tab of the sample discount retailer (seven factors, "Discount superstore chain" among the offers)
 * in the room the window leaves it at 1280×720: the grid shows five factor rows, the Factor column does not take
 * most of the width, and the offers' names are not cut while there is room.
 */
class StrategyViewOnAProjectorTest extends FxRobot {
    @TempDir
    Path dir;
    private ViewModelFixture fixture;
    private StrategyView view;
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

    private void show() {
        Path file = dir.resolve("strategy.db");
        try (Workbench seed = Workbench.open(file, true, ViewModelFixture.CLOCK)) {
            SampleWorkspace.seed(seed);
        }
        interact(() -> {
            fixture = new ViewModelFixture(file);
            long canvasId = fixture.workbench.library().stream()
                    .filter(c -> c.name().equals("Everyday low prices")).findFirst().orElseThrow().id();
            fixture.workbench.showCanvas(canvasId);
            StrategyViewModel model = new StrategyViewModel(fixture.workbench);
            model.activeProperty().set(true);
            view = new StrategyView(model);
            stage = new Stage();
            stage.setScene(ProjectorFrame.around(view, 1280, 720));
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theGridShowsFiveFactorRowsAt720p() {
        show();
        assertThat(view.grid().getItems()).hasSize(7);
        assertThat(ProjectorFrame.rowsRoomFor(view.grid())).isGreaterThanOrEqualTo(5);
    }
}
