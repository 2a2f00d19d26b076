package org.valuebench.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.valuebench.analysis.CrosshairMode;
import org.valuebench.ui.gaps.GapTestCanvas;
import org.valuebench.ui.gaps.figures.GapRow;
import org.valuebench.ui.settings.InMemoryWindowSettings;
import org.valuebench.ui.strategy.StrategyTestCanvas;
import org.valuebench.ui.workbench.DatabaseThread;

/**
 * The Gaps and Strategy views are made when their tab is first chosen, not at start, where only the board shows:
 * until then the feedback import works (a dropped file), and once chosen the view shows the figures with the
 * splits and chart choices the user left.
 */
class LazyTabsWindowTest extends FxRobot {
    @TempDir
    Path dir;
    private final GapJourneyTest.JourneyDialogs dialogs = new GapJourneyTest.JourneyDialogs();
    private final InMemoryWindowSettings settings = new InMemoryWindowSettings();
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
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    private void openWindow(Path file) throws Exception {
        database = new DatabaseThread(Platform::runLater);
        window = JourneyWindows.show(file, database, dialogs, settings);
        settle();
    }

    private void settle() {
        JourneyWindows.waitUntil(() -> database.isIdle() && window.isBuilt());
    }

    private double firstDivider(String splitId) {
        return lookup(splitId).queryAs(SplitPane.class).getDividerPositions()[0];
    }

    @Test
    void theGapViewIsMadeWhenItsTabIsFirstChosenAndShowsFeedbackDroppedBefore() throws Exception {
        settings.saveDividers("gapContent", new double[] {0.3});
        settings.saveDividers("gapBottom", new double[] {0.7});
        settings.saveCrosshairs(CrosshairMode.DATA_MEANS);
        Path file = dir.resolve("gaps.db");
        openWindow(file);
        long canvas = WaitForAsyncUtils.asyncFx(() -> GapTestCanvas.addTo(window.model())).get();
        settle();
        assertThat(lookup("#gapsTab").tryQuery()).isPresent();
        assertThat(lookup("#gapView").tryQuery()).as("the gap view before its tab was chosen").isEmpty();

        // A survey export dropped on the window while the board shows goes to the feedback import.
        interact(() -> window.fileDrops().drop(List.of(GapTestCanvas.fixture("google-forms.csv"))));
        JourneyWindows.waitUntil(() -> lookup("#surveyMappingDialog").tryQuery().isPresent());
        dialogs.files.add(GapTestCanvas.fixture("google-forms.mapping.json"));
        clickOn("#mappingLoad");
        JourneyWindows.waitUntil(() -> lookup("#mappingMessage").queryAs(Label.class).getText()
                .startsWith("Mapping loaded"));
        clickOn("#mappingImport");
        settle();
        assertThat(window.model().statusProperty().get().text()).isEqualTo("Imported 5 records from google-forms.csv");
        assertThat(lookup("#gapView").tryQuery()).isEmpty();

        // Opened again, the canvas's first report is read at once, with the tab still unchosen.
        interact(window::close);
        openWindow(file);
        if (window.model().canvasId() != canvas) {
            interact(() -> window.model().showCanvas(canvas));
            settle();
        }
        assertThat(lookup("#gapView").tryQuery()).isEmpty();
        clickOn("#gapsTab");
        settle();
        assertThat(lookup("#gapContent").query().isVisible()).isTrue();
        @SuppressWarnings("unchecked")
        TableView<GapRow> ranking = lookup("#gapRanking").queryAs(TableView.class);
        assertThat(ranking.getItems()).extracting(GapRow::promise)
                .containsExactly("Always in stock", "Low prices", "Quick checkout");
        // The promise the model chose while the view did not exist yet is the one selected in the ranking.
        long chosen = window.gaps().gaps().selectedPromiseIdProperty().get();
        assertThat(chosen).isNotZero();
        assertThat(ranking.getSelectionModel().getSelectedItem()).extracting(GapRow::promiseId).isEqualTo(chosen);
        assertThat(firstDivider("#gapContent")).isCloseTo(0.3, within(0.01));
        assertThat(firstDivider("#gapBottom")).isCloseTo(0.7, within(0.01));
        assertThat(window.gaps().gaps().crosshairsProperty().get()).isEqualTo(CrosshairMode.DATA_MEANS);
        assertThat(dialogs.scripted.errors).isEmpty();
    }

    @Test
    void theStrategyViewIsMadeWhenItsTabIsFirstChosen() throws Exception {
        settings.saveDividers("strategyContent", new double[] {0.35});
        settings.saveShowDelivered(true);
        openWindow(dir.resolve("strategy.db"));
        interact(() -> StrategyTestCanvas.addTo(window.model()));
        settle();
        assertThat(lookup("#strategyTab").tryQuery()).isPresent();
        assertThat(lookup("#strategyView").tryQuery()).as("the strategy view before its tab was chosen").isEmpty();

        clickOn("#strategyTab");
        settle();
        assertThat(lookup("#strategyView").query().isVisible()).isTrue();
        assertThat(lookup("#strategyEmptyTitle").queryAs(Label.class).getText()).isEqualTo("No competing factors yet");
        assertThat(lookup("#showDelivered").queryAs(CheckBox.class).isSelected()).isTrue();
        clickOn("#addFactor").write("Price").push(javafx.scene.input.KeyCode.ENTER);
        settle();
        assertThat(lookup("#strategyContent").query().isVisible()).isTrue();
        assertThat(firstDivider("#strategyContent")).isCloseTo(0.35, within(0.01));
        assertThat(dialogs.scripted.errors).isEmpty();
    }

    @Test
    void askedAsTheAppAsksTheHiddenViewsAreMadeOnceTheCanvasIsDrawnWithoutChoosingTheirTabs() throws Exception {
        settings.saveDividers("gapContent", new double[] {0.3});
        openWindow(dir.resolve("ahead.db"));
        interact(() -> GapTestCanvas.addTo(window.model()));
        settle();
        assertThat(lookup("#gapView").tryQuery()).isEmpty();
        interact(window::buildViewsAhead);
        JourneyWindows.waitUntil(() -> lookup("#gapView").tryQuery().isPresent()
                && lookup("#strategyView").tryQuery().isPresent());
        clickOn("#gapsTab");
        settle();
        assertThat(lookup("#gapView").query().isVisible()).isTrue();
        assertThat(firstDivider("#gapContent")).isCloseTo(0.3, within(0.01));
        assertThat(dialogs.scripted.errors).isEmpty();
    }
}
