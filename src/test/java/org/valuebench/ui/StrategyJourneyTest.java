package org.valuebench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.valuebench.domain.Offer;
import org.valuebench.ui.strategy.RatingsGrid;
import org.valuebench.ui.strategy.StrategyChart;
import org.valuebench.ui.strategy.StrategyTestCanvas;
import org.valuebench.ui.strategy.StrategyView;
import org.valuebench.ui.strategy.StrategyViewModel;
import org.valuebench.ui.workbench.DatabaseThread;
import org.valuebench.ui.workbench.ScriptedDialogs;

/** The Strategy tab in the real window: add a factor, rate two competitors from the keyboard, see the curves, undo. */
class StrategyJourneyTest extends FxRobot {
    @TempDir
    Path dir;
    private ValueBenchWindow window;
    private DatabaseThread database;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    @BeforeAll
    static void toolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void closeWindow() {
        if (window != null) {
            interact(window::close);
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    private void openWindow(Path file) throws Exception {
        database = new DatabaseThread(Platform::runLater);
        window = JourneyWindows.show(file, database, dialogs);
        settle();
    }

    /** A window on a new workspace showing the corner shop, which has offers but no factors yet. */
    private void openWithCornerShop(String fileName) throws Exception {
        openWindow(dir.resolve(fileName));
        interact(() -> StrategyTestCanvas.addTo(window.model()));
        settle();
    }

    private void openOnStrategyTab(String fileName) throws Exception {
        openWithCornerShop(fileName);
        clickOn("#strategyTab");
    }

    private void settle() {
        JourneyWindows.waitUntil(() -> database.isIdle() && window.isBuilt());
    }

    private Node ratingCell(int row, long offerId) {
        return lookup("#ratingsGrid .rating-cell").queryAll().stream()
                .filter(n -> n instanceof TableCell<?, ?> cell && cell.getIndex() == row
                        && ("gridOffer-" + offerId).equals(cell.getTableColumn().getId()))
                .findFirst().orElseThrow(() -> new AssertionError("no cell " + row + "/" + offerId));
    }

    /** Each curve's points as "factor=level", by the curve's name. */
    private List<String> points(String curve) {
        StrategyChart chart = lookup("#strategyChart").queryAs(StrategyChart.class);
        XYChart.Series<String, Number> series = chart.getData().stream().filter(s -> s.getName().equals(curve))
                .findFirst().orElseThrow(() -> new AssertionError("no curve " + curve));
        return series.getData().stream().map(d -> d.getXValue() + "=" + d.getYValue()).toList();
    }

    @Test
    void aSmallWindowKeepsEveryFactorNameAndOfferInSight() throws Exception {
        openOnStrategyTab("short.db");
        // The sample bank's factors: at this size two of their names used to vanish under the curves.
        for (String factor : List.of("Resolved on the first contact", "Self-service coverage", "Opening hours",
                "A warm, human voice", "Time on hold", "Fraud watch", "Surveys after contact",
                "Video call with a named adviser")) {
            TextField add = lookup("#addFactor").queryAs(TextField.class);
            interact(() -> add.setText(factor)); // typed elsewhere; here only the layout counts
            clickOn(add).push(KeyCode.ENTER);
            settle();
        }
        interact(() -> {
            window.stage().setWidth(1280);
            window.stage().setHeight(720);
        });
        settle();
        WaitForAsyncUtils.waitForFxEvents();
        Node strip = lookup("#actionNone").query();
        Node eliminate = lookup("#actionEliminate").query();
        assertThat(lookup("#actionNone .action-entry").queryAll()).hasSize(8);
        assertThat(strip.localToScene(strip.getBoundsInLocal()).getMaxY())
                .isLessThanOrEqualTo(eliminate.localToScene(eliminate.getBoundsInLocal()).getMinY());
        // Every factor keeps its name under the value curves: the axis hides a name wider than its share.
        StrategyChart chart = lookup("#strategyChart").queryAs(StrategyChart.class);
        assertThat(chart.getXAxis().getTickMarks()).hasSize(8)
                .allSatisfy(tick -> assertThat(tick.isTextVisible()).as(tick.getLabel()).isTrue());

        // Narrower still, the ratings grid fits its columns to its width instead of scrolling sideways.
        interact(() -> window.stage().setWidth(1100));
        settle();
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.TableView<?> grid = lookup("#ratingsGrid").queryAs(javafx.scene.control.TableView.class);
        double columns = grid.getColumns().stream().mapToDouble(javafx.scene.control.TableColumn::getWidth).sum();
        assertThat(grid.getColumns()).hasSize(6); // #, factor, ours, two competitors, a substitute
        assertThat(columns).isLessThanOrEqualTo(grid.getWidth());
    }

    @Test
    void addsAFactorRatesTwoCompetitorsFromTheKeyboardSeesTheCurvesAndUndoes() throws Exception {
        openWithCornerShop("journey.db");
        long megaMart = StrategyTestCanvas.id(window.model(), "MegaMart");
        long deli = StrategyTestCanvas.id(window.model(), "Village deli");

        clickOn("#strategyTab");
        settle();
        assertThat(lookup("#strategyEmptyState").query().isVisible()).isTrue();
        assertThat(lookup("#strategyEmptyTitle").queryAs(Label.class).getText()).isEqualTo("No competing factors yet");

        clickOn("#addFactor").write("Price").push(KeyCode.ENTER);
        settle();
        assertThat(lookup("#strategyContent").query().isVisible()).isTrue();
        assertThat(lookup("#addFactor").queryAs(TextField.class).getText()).isEmpty();
        assertThat(points("MegaMart")).isEmpty();

        // Rate MegaMart 4, Tab to the Village deli and rate it 2: each key commits at once.
        clickOn(ratingCell(0, megaMart));
        type(KeyCode.DIGIT4);
        settle();
        push(KeyCode.TAB);
        type(KeyCode.DIGIT2);
        settle();
        assertThat(points("MegaMart")).containsExactly("Price=4.0");
        assertThat(points("Village deli")).containsExactly("Price=2.0");
        assertThat(points("Corner shop")).isEmpty();
        assertThat(lookup("#differentiationSummary").queryAs(Label.class).getText())
                .startsWith("Rate our offering");

        // Our own cell, two to the left with Shift+Tab; then an evidence note through Enter.
        push(KeyCode.SHIFT, KeyCode.TAB);
        push(KeyCode.SHIFT, KeyCode.TAB);
        type(KeyCode.DIGIT5);
        settle();
        assertThat(points("Corner shop")).containsExactly("Price=5.0");
        push(KeyCode.ENTER);
        write("Till receipts").push(KeyCode.ENTER);
        settle();
        assertThat(((TableCell<?, ?>) ratingCell(0, Offer.OURS)).getGraphic()).isNotNull();
        assertThat(window.model().canvas().orElseThrow().strategy().ratings())
                .anySatisfy(r -> assertThat(r.note()).isEqualTo("Till receipts"));

        // Undo the note, our rating and the deli's: the curve loses its point again.
        push(KeyCode.CONTROL, KeyCode.Z);
        settle();
        push(KeyCode.CONTROL, KeyCode.Z);
        settle();
        push(KeyCode.CONTROL, KeyCode.Z);
        settle();
        assertThat(points("Village deli")).isEmpty();
        assertThat(points("MegaMart")).containsExactly("Price=4.0");
        assertThat(points("Corner shop")).isEmpty();

        // A second factor; Down from the add field goes to the grid, Alt+Up moves it first,
        // F2 on its name renames it.
        clickOn("#addFactor").write("Opening hours").push(KeyCode.ENTER);
        settle();
        push(KeyCode.DOWN);
        push(KeyCode.ALT, KeyCode.UP);
        settle();
        assertThat(factorNames()).containsExactly("Opening hours", "Price");
        assertThat(points("MegaMart")).containsExactly("Price=4.0");
        push(KeyCode.LEFT); // from our rating to the factor's name
        push(KeyCode.F2);
        write("Open late").push(KeyCode.ENTER);
        settle();
        assertThat(factorNames()).containsExactly("Open late", "Price");
        push(KeyCode.CONTROL, KeyCode.Z);
        settle();
        assertThat(factorNames()).containsExactly("Opening hours", "Price");
    }

    @Test
    void dragsAFactorFromTheStripABoxOrTheGridIntoABoxAndUndoes() throws Exception {
        openOnStrategyTab("drag.db");
        clickOn("#addFactor").write("Price").push(KeyCode.ENTER);
        settle();
        assertThat(actions()).containsExactly(org.valuebench.domain.FourAction.NONE);

        Node undecided = lookup("#actionNone .action-entry").query();
        Node raise = lookup("#actionRaise").query();
        drag(undecided).dropTo(raise);
        settle();
        assertThat(actions()).containsExactly(org.valuebench.domain.FourAction.RAISE);
        assertThat(lookup("#actionRaise .action-entry").queryAll()).hasSize(1);

        Node raised = lookup("#actionRaise .action-entry").query();
        Node eliminate = lookup("#actionEliminate").query();
        drag(raised).dropTo(eliminate);
        settle();
        assertThat(actions()).containsExactly(org.valuebench.domain.FourAction.ELIMINATE);

        push(KeyCode.CONTROL, KeyCode.Z);
        settle();
        assertThat(actions()).containsExactly(org.valuebench.domain.FourAction.RAISE);

        // A row of the ratings grid, taken by the factor's name, drags into a box too.
        Node row = lookup("#ratingsGrid .table-cell").queryAll().stream()
                .filter(n -> n instanceof TableCell<?, ?> cell && cell.getIndex() == 0
                        && "gridFactor".equals(cell.getTableColumn().getId()))
                .findFirst().orElseThrow();
        Node reduce = lookup("#actionReduce").query();
        drag(row).dropTo(reduce);
        settle();
        assertThat(actions()).containsExactly(org.valuebench.domain.FourAction.REDUCE);
    }

    @Test
    void clickingAFourActionsEntrySelectsItsFactorAndOnlyMovesTheHighlight() throws Exception {
        openOnStrategyTab("select.db");
        clickOn("#addFactor").write("Price").push(KeyCode.ENTER);
        clickOn("#addFactor").write("Range").push(KeyCode.ENTER);
        settle();
        List<Node> entries = List.copyOf(lookup("#actionNone .action-entry").queryAll());
        Node price = entries.stream().filter(e -> e.lookup(".action-factor") instanceof Label l
                && l.getText().equals("Price")).findFirst().orElseThrow();
        Node range = entries.stream().filter(e -> e != price).findFirst().orElseThrow();

        StrategyViewModel model = lookup("#strategyView").queryAs(StrategyView.class).model();
        assertThat(range.getStyleClass()).as("the factor just added is selected").contains("selected");
        clickOn(price);
        settle();
        long priceId = window.model().canvas().orElseThrow().strategy().factors().stream()
                .filter(f -> f.name().equals("Price")).findFirst().orElseThrow().id();
        assertThat(model.selectedFactorIdProperty().get()).isEqualTo(priceId);
        assertThat(price.getStyleClass()).contains("selected");
        assertThat(range.getStyleClass()).doesNotContain("selected");
        assertThat(lookup("#actionNone .action-entry").queryAll()).as("the same entries, not new ones")
                .containsExactlyInAnyOrderElementsOf(entries);
    }

    @Test
    void aCanvasOpenedWhileTheTabIsHiddenShowsItsOffersAndFactorsOnceTheTabIsChosen() throws Exception {
        openOnStrategyTab("hidden.db");
        long shop = window.model().canvasId();
        clickOn("#addFactor").write("Price").push(KeyCode.ENTER);
        clickOn("#addFactor").write("Range").push(KeyCode.ENTER);
        settle();
        clickOn("#canvasTab");
        interact(() -> window.model().createCanvas("Empty shop")); // only our own offering, no factors
        settle();
        interact(() -> window.model().showCanvas(shop));
        settle();
        clickOn("#strategyTab");
        RatingsGrid grid = lookup("#ratingsGrid").queryAs(RatingsGrid.class);
        assertThat(grid.getColumns()).hasSize(6); // #, factor, ours, two competitors, a substitute
        assertThat(grid.getItems()).extracting(r -> r.factor().name()).containsExactly("Price", "Range");
        assertThat(lookup("#actionNone .action-entry").queryAll()).hasSize(2);
        assertThat(points("MegaMart")).isEmpty(); // not rated yet, but its curve is there
    }

    private List<org.valuebench.domain.FourAction> actions() {
        return window.model().canvas().orElseThrow().strategy().factors().stream()
                .map(org.valuebench.domain.Factor::action).toList();
    }

    private List<String> factorNames() {
        return window.model().canvas().orElseThrow().strategy().factors().stream()
                .map(org.valuebench.domain.Factor::name).toList();
    }
}
