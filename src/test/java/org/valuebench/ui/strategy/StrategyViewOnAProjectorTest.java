package org.valuebench.ui.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.StrokeLineCap;
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
import org.valuebench.app.Workbenches;
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

    /** Shown with our delivered curve, from the sample's feedback (read on the database thread). */
    private void showWithDelivered() {
        show();
        interact(() -> view.model().showDeliveredProperty().set(true));
        try {
            WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                    () -> view.chart().getData().stream().anyMatch(s -> s.getName().endsWith("(delivered)")));
        } catch (TimeoutException e) {
            throw new AssertionError("no delivered curve from the sample's feedback", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void show() {
        show("Everyday low prices");
    }

    private void show(String canvas) {
        show(canvas, true);
    }

    private void show(String canvas, boolean library) {
        Path file = dir.resolve("strategy.db");
        try (Workbench seed = Workbenches.open(file, true, ViewModelFixture.CLOCK)) {
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

    private List<HBox> legendEntries() {
        return view.lookupAll(".strategy-legend-entry").stream().map(HBox.class::cast).toList();
    }

    private static Line swatch(HBox entry) {
        return (Line) entry.getChildren().get(0);
    }

    private static boolean delivered(HBox entry) {
        return entry.getUserData() instanceof StrategyCurve curve && curve.delivered();
    }

    @Test
    void theLegendTellsOurSolidLineFromTheDashedDeliveredOne() {
        showWithDelivered();
        HBox ours = legendEntries().stream().filter(e -> e.getUserData() instanceof StrategyCurve c
                && c.offer().isOurs() && !c.delivered()).findFirst().orElseThrow();
        HBox delivered = legendEntries().stream().filter(StrategyViewOnAProjectorTest::delivered).findFirst()
                .orElseThrow(() -> new AssertionError("the sample has feedback: a delivered curve"));
        assertThat(swatch(ours).getStrokeDashArray()).isEmpty();
        Line dashed = swatch(delivered);
        assertThat(dashed.getStrokeDashArray()).hasSize(2);
        // With square or round ends the caps fill a gap narrower than the line's width: the swatch looked solid.
        assertThat(dashed.getStrokeLineCap()).isEqualTo(StrokeLineCap.BUTT);
        assertThat(dashed.getStrokeDashArray().get(1)).isGreaterThanOrEqualTo(dashed.getStrokeWidth());
        assertThat(dashed.getEndX() - dashed.getStartX())
                .isGreaterThan(dashed.getStrokeDashArray().get(0) * 2 + dashed.getStrokeDashArray().get(1));
        assertThat(((javafx.scene.control.Label) delivered.getChildren().get(1)).getText()).isEqualTo("Ours as delivered");
    }

    @Test
    void theDeliveredCurveIsOnePathThroughItsKnownPoints() {
        showWithDelivered();
        XYChart.Series<String, Number> series = view.chart().getData().stream()
                .filter(s -> s.getName().endsWith("(delivered)")).findFirst().orElseThrow();
        assertThat(series.getData()).hasSizeGreaterThan(1);
        javafx.scene.shape.Path line = (javafx.scene.shape.Path) series.getNode();
        assertThat(line.getElements().stream().filter(MoveTo.class::isInstance)).hasSize(1);
        assertThat(line.getElements().stream().filter(LineTo.class::isInstance))
                .hasSize(series.getData().size() - 1);
        // And the chart's own lines are still lifted across an unknown rating: only the delivered one is joined.
        assertThat(line.getStrokeDashArray()).hasSize(2);
        assertThat(line.getStrokeLineCap()).isEqualTo(StrokeLineCap.BUTT);
    }

    @Test
    void theLegendNamesEveryLineWholeAt720p() {
        showWithDelivered();
        Region legend = (Region) view.lookup("#strategyLegend");
        assertThat(legend).isNotNull();
        assertThat(legend.isVisible()).isTrue();
        assertThat(legendEntries()).hasSize(view.chart().getData().size()).allSatisfy(entry -> {
            assertThat(entry.isVisible()).isTrue();
            Bounds inScene = entry.localToScene(entry.getLayoutBounds());
            Bounds room = legend.localToScene(legend.getLayoutBounds());
            assertThat(inScene.getMinX()).isGreaterThanOrEqualTo(room.getMinX() - 0.5);
            assertThat(inScene.getMaxX()).isLessThanOrEqualTo(room.getMaxX() + 0.5);
            assertThat(inScene.getMinY()).isGreaterThanOrEqualTo(room.getMinY() - 0.5);
            assertThat(inScene.getMaxY()).isLessThanOrEqualTo(room.getMaxY() + 0.5);
            assertThat(inScene.getMaxY()).isLessThanOrEqualTo(720 - ProjectorFrame.BOTTOM);
            assertThat(inScene.getMaxX()).isLessThanOrEqualTo(1280);
        });
        assertThat(ProjectorFrame.cutTexts(legend)).isEmpty();
        // The legend is a pane of its own: it no longer takes its height out of the chart's plot.
        assertThat(legend.getParent()).isNotInstanceOf(XYChart.class);
        Region plot = (Region) view.chart().lookup(".chart-plot-background");
        assertThat(plot.getHeight()).isGreaterThan(90);
    }

    @Test
    void theMarkersKeepTheirSizeWhenTheThemeChanges() {
        show();
        // The theme's font relabels the axis and so rebuilds the curves in the middle of a CSS pass: their markers
        // were laid out before they had their style's size, and stayed 0 wide (no markers in the other theme).
        interact(() -> {
            javafx.application.Application.setUserAgentStylesheet(
                    new atlantafx.base.theme.PrimerDark().getUserAgentStylesheet());
            view.getScene().getRoot().getStyleClass().add("theme-dark");
        });
        try {
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(view.chart().lookupAll(".chart-line-symbol")).isNotEmpty()
                    .allSatisfy(marker -> assertThat(((Region) marker).getWidth()).isGreaterThan(5));
        } finally {
            interact(() -> javafx.application.Application.setUserAgentStylesheet(
                    new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet()));
        }
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
