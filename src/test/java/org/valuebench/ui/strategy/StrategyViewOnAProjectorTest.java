package org.valuebench.ui.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
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
        show("Everyday low prices");
    }

    private void show(String canvas) {
        show(canvas, true);
    }

    private void show(String canvas, boolean library) {
        Path file = dir.resolve("strategy.db");
        try (Workbench seed = Workbench.open(file, true, ViewModelFixture.CLOCK)) {
            SampleWorkspace.seed(seed);
        }
        interact(() -> {
            fixture = new ViewModelFixture(file);
            long canvasId = fixture.workbench.library().stream()
                    .filter(c -> c.name().equals(canvas)).findFirst().orElseThrow().id();
            fixture.workbench.showCanvas(canvasId);
            StrategyViewModel model = new StrategyViewModel(fixture.workbench);
            model.activeProperty().set(true);
            view = new StrategyView(model);
            stage = new Stage();
            stage.setScene(library ? ProjectorFrame.around(view, 1280, 720)
                    : ProjectorFrame.withoutLibrary(view, 1280, 720));
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

    /**
     * With the canvas library shown, the grid is 770 px wide: the offers of a five-offer canvas keep their whole
     * names (on up to three lines) and nothing scrolls sideways; the factor column takes what is left.
     */
    @ParameterizedTest
    @ValueSource(strings = {"Best-in-class customer service", "Corner café", "Hall of Fame dealership"})
    void offerNamesAreWholeAt720p(String canvas) {
        show(canvas);
        RatingsGrid grid = view.grid();
        // An offer's name is fitted to its column by hand, so a cut shows as an ellipsis.
        assertThat(grid.lookupAll(".offer-name")).extracting(n -> ((javafx.scene.control.Label) n).getText()
                .replace("\n", "/")).as(grid.getWidth() + " " + grid.getColumns().stream().map(c -> c.getWidth() + "")
                .toList()).isNotEmpty().allMatch(StrategyViewOnAProjectorTest::wholeOrSentence);
        assertThat(ProjectorFrame.cutTexts(grid)).noneMatch(t -> !grid.getItems().stream()
                .anyMatch(r -> t.startsWith(r.factor().name() + " ->")));
        double used = grid.getColumns().stream().mapToDouble(c -> c.getWidth()).sum();
        assertThat(used).as("no sideways scrolling").isLessThanOrEqualTo(grid.getWidth());
    }

    /** With the library hidden (F9), as on a projector, every offer's and factor's name shows whole. */
    @ParameterizedTest
    @ValueSource(strings = {"Everyday low prices", "Best-in-class customer service", "Corner café",
            "Hall of Fame dealership"})
    void everyNameIsWholeAt720pWithTheLibraryHidden(String canvas) {
        show(canvas, false);
        RatingsGrid grid = view.grid();
        assertThat(grid.lookupAll(".offer-name")).extracting(n -> ((javafx.scene.control.Label) n).getText()
                .replace("\n", "/")).as(grid.getWidth() + " " + grid.getColumns().stream().map(c -> c.getWidth() + "")
                .toList()).isNotEmpty().allMatch(StrategyViewOnAProjectorTest::wholeOrSentence);
        assertThat(ProjectorFrame.cutTexts(grid)).as(grid.getWidth() + " " + grid.getColumns().stream()
                .map(c -> c.getWidth() + "").toList()).isEmpty();
        double used = grid.getColumns().stream().mapToDouble(c -> c.getWidth()).sum();
        assertThat(used).as("no sideways scrolling").isLessThanOrEqualTo(grid.getWidth());
        assertThat(ProjectorFrame.rowsRoomFor(grid)).isGreaterThanOrEqualTo(5);
    }

    /**
     * An offer's header, its lines joined by "/": whole, or, for a name of a sentence's length (over four
     * words), cut after at least its first three words whole (the tooltip has all).
     */
    private static boolean wholeOrSentence(String shown) {
        if (!shown.contains("…")) {
            return true;
        }
        String[] words = shown.replace("…", "").split("[/ ]+");
        return words.length >= 4;
    }
}
