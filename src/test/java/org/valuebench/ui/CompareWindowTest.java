package org.valuebench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.valuebench.app.Workbench;
import org.valuebench.app.Workbenches;
import org.valuebench.app.history.HistoryUseCases;
import org.valuebench.domain.Item;
import org.valuebench.domain.Section;
import org.valuebench.ui.workbench.DatabaseThread;
import org.valuebench.ui.workbench.ScriptedDialogs;
import org.valuebench.ui.workbench.ViewModelFixture;

/** Compare on the board in the real window: View ▸ Compare with latest version, the marks, the figures, Esc. */
class CompareWindowTest extends FxRobot {
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

    private void settle() {
        JourneyWindows.waitUntil(() -> database.isIdle() && window.isBuilt());
    }

    /** A canvas with a version "Before the board meeting" (Milk, Bread; Fast), then Eggs added and Fast deleted. */
    private long openEdited() throws Exception {
        Path file = dir.resolve("compare.db");
        long canvas;
        try (Workbench seed = Workbenches.open(file, true, ViewModelFixture.CLOCK)) {
            canvas = seed.createCanvas("Grocer").canvas().orElseThrow().canvas().id();
            seed.addItem(canvas, Section.NEEDS, "Milk", -1);
            Item bread = seed.addItem(canvas, Section.NEEDS, "Bread", -1).canvas().orElseThrow()
                    .itemsIn(Section.NEEDS).get(1);
            long fast = seed.addItem(canvas, Section.FEATURES, "Fast", -1).canvas().orElseThrow()
                    .itemsIn(Section.FEATURES).get(0).id();
            new HistoryUseCases(seed).save(canvas, "Before the board meeting");
            // Eggs first: SQLite gives a new row the id of the last one deleted, which would make Eggs "Fast edited".
            seed.addItem(canvas, Section.NEEDS, "Eggs", -1);
            seed.deleteItem(fast);
            seed.updateItem(bread.withText("Bread before eight"));
            long bakery = seed.createCanvas("Bakery").canvas().orElseThrow().canvas().id();
            seed.addItem(bakery, Section.NEEDS, "Milk", -1);
        }
        database = new DatabaseThread(Platform::runLater);
        window = JourneyWindows.show(file, database, dialogs);
        settle();
        long shown = canvas;
        interact(() -> window.model().showCanvas(shown));
        settle();
        return canvas;
    }

    private Node compareCard(String text) {
        return lookup("#compareBoard .card").queryAll().stream()
                .filter(n -> n.lookup(".card-text") instanceof Label l && l.getText().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no card " + text + " on the compare board"));
    }

    @Test
    void compareWithLatestVersionMarksTheCardsAndListsTheFiguresThatMoved() throws Exception {
        openEdited();
        MenuItem latest = lookup("#menuBar").queryAs(MenuBar.class).getMenus().stream()
                .flatMap(m -> m.getItems().stream()).filter(i -> "menuCompareLatest".equals(i.getId())).findFirst()
                .orElseThrow();
        assertThat(latest.getParentMenu().getText()).isEqualTo("_View");
        assertThat(latest.getAccelerator()).isEqualTo(new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN));
        long milk = window.model().canvas().orElseThrow().itemsIn(Section.NEEDS).get(0).id();
        interact(() -> window.model().select(milk));
        interact(latest::fire);
        settle();
        assertThat(window.model().selectedItemIdProperty().get()).as("Edit ▸ Delete has no card to delete").isZero();
        assertThat(dialogs.errors).isEmpty();

        Label bar = lookup("#compareTitle").queryAs(Label.class);
        assertThat(bar.getText()).isEqualTo("Comparing version 1 'Before the board meeting' with now — 3 changes");
        assertThat(compareCard("Eggs").getStyleClass()).contains("compare-added");
        assertThat(compareCard("Fast").getStyleClass()).contains("compare-removed");
        Node bread = compareCard("Bread before eight");
        assertThat(bread.getStyleClass()).contains("compare-changed");
        assertThat(((Tooltip) bread.getProperties().get("javafx.scene.control.Tooltip")).getText())
                .isEqualTo("text 'Bread' → 'Bread before eight'");
        assertThat(compareCard("Milk").getStyleClass()).doesNotContain("compare-added", "compare-removed",
                "compare-changed");
        assertThat(lookup("#canvasBoard").tryQuery()).as("the editable board is away").isEmpty();
        List<String> figures = lookup("#compareFigures .compare-figure-label").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        assertThat(figures).contains("unanswered", "fluff");

        press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        settle();
        assertThat(lookup("#compareView").tryQuery()).isEmpty();
        assertThat(lookup("#canvasBoard").query().isVisible()).isTrue();
    }

    @Test
    void libraryCompareWithComparesTheSelectedCanvasWithTheOneChosen() throws Exception {
        openEdited();
        ContextMenu menu = lookup("#library").queryAs(ListView.class).getContextMenu();
        MenuItem with = menu.getItems().stream().filter(i -> "libraryCompareWith".equals(i.getId())).findFirst()
                .orElseThrow();
        assertThat(with.getText()).isEqualTo("Compare with…");
        Platform.runLater(with::fire); // the choice dialog waits for its answer
        WaitForAsyncUtils.waitForFxEvents();
        clickOn("OK");
        settle();
        assertThat(dialogs.errors).isEmpty();
        assertThat(lookup("#compareTitle").queryAs(Label.class).getText())
                .isEqualTo("Comparing 'Grocer' with 'Bakery' — 3 changes");
        assertThat(compareCard("Milk").getStyleClass()).doesNotContain("compare-added", "compare-removed");
        assertThat(compareCard("Eggs").getStyleClass()).contains("compare-removed");
    }

    @Test
    void comparingAVersionWithItselfSaysNoChanges() throws Exception {
        long canvas = openEdited();
        long[] version = new long[1];
        interact(() -> window.model().onDatabase(s -> new HistoryUseCases(s.current()).versions(canvas).get(0).id(),
                id -> version[0] = id, e -> { throw e; }));
        settle();
        interact(() -> window.compare().compare(canvas, version[0], version[0]));
        settle();
        assertThat(lookup("#compareTitle").queryAs(Label.class).getText())
                .isEqualTo("Comparing version 1 'Before the board meeting' with version 1 'Before the board meeting'"
                        + " — no changes");
        assertThat(lookup("#compareNoChanges").query().isVisible()).isTrue();
    }
}
