package org.valuebench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.valuebench.analysis.CrosshairMode;
import org.valuebench.app.Workbench;
import org.valuebench.app.Workbenches;
import org.valuebench.app.exchange.PaperSize;
import org.valuebench.app.workspace.WorkspaceLocation;
import org.valuebench.domain.CanvasContent;
import org.valuebench.domain.CanvasSummary;
import org.valuebench.domain.FitLink;
import org.valuebench.domain.Item;
import org.valuebench.domain.Section;
import org.valuebench.ui.board.CanvasBoard;
import org.valuebench.ui.board.CardView;
import org.valuebench.ui.exchange.RecordingDesktop;
import org.valuebench.ui.fx.HoverTooltips;
import org.valuebench.ui.settings.InMemoryWindowSettings;
import org.valuebench.ui.strategy.StrategyTestCanvas;
import org.valuebench.ui.workbench.BackgroundRunner;
import org.valuebench.ui.workbench.DatabaseThread;
import org.valuebench.ui.workbench.ExportThread;
import org.valuebench.ui.workbench.HeldRunner;
import org.valuebench.ui.workbench.ScriptedDialogs;
import org.valuebench.ui.workbench.ViewModelFixture;

/** Journeys through the real window (built by the same code as the app) on a temporary workspace file. */
class WindowJourneyTest extends FxRobot {
    @TempDir
    Path dir;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final InMemoryWindowSettings settings = new InMemoryWindowSettings();
    private ValueBenchWindow window;
    private DatabaseThread database;
    private BackgroundRunner exports;
    private BooleanSupplier exportsIdle;
    private final RecordingDesktop desktop = new RecordingDesktop();

    @BeforeAll
    static void toolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void closeWindow() {
        if (window != null) {
            closeAndWait();
        }
    }

    private void openWindow(Path file) throws ExecutionException, InterruptedException {
        ExportThread thread = new ExportThread(Platform::runLater);
        openWindow(file, thread, thread::isIdle);
    }

    private void openWindow(Path file, BackgroundRunner exportRunner, BooleanSupplier idle)
            throws ExecutionException, InterruptedException {
        database = new DatabaseThread(Platform::runLater);
        exports = exportRunner;
        exportsIdle = idle;
        ValueBenchWindow.Dependencies deps = new ValueBenchWindow.Dependencies(database,
                (location, upgrading) -> Workbenches.open(location.file(), true, ViewModelFixture.CLOCK, upgrading),
                stage -> dialogs, settings, ViewModelFixture.CLOCK, exports, desktop, Locale.UK, dir.resolve("logs"));
        window = WaitForAsyncUtils.asyncFx(() -> ValueBenchWindow.show(new Stage(), deps,
                new WorkspaceLocation(file, false))).get();
        settle();
    }

    private void closeAndWait() {
        interact(window::close);
        settle();
        window = null;
    }

    /** Waits until the database thread has run everything submitted and the window has shown the results. */
    private void settle() {
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> database.isIdle() && exportsIdle.getAsBoolean() && window.isBuilt());
            // The results reach the window through Platform.runLater; lookups from this thread must not race them.
            WaitForAsyncUtils.waitForFxEvents();
        } catch (TimeoutException e) {
            throw new AssertionError("the database thread did not finish in time", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private CanvasBoard board() {
        return lookup("#canvasBoard").queryAs(CanvasBoard.class);
    }

    private CardView card(String text) {
        return lookup(".card").queryAllAs(CardView.class).stream()
                .filter(c -> c.item().text().equals(text) && c.getScene() != null && c.isVisible())
                .findFirst().orElseThrow(() -> new AssertionError("no card '" + text + "' on the board"));
    }

    /** A card scrolled into view, ready for the robot. */
    private CardView shownCard(String text) {
        settle();
        CardView card = card(text);
        reveal(card);
        return card;
    }

    private List<String> cardTexts(Section section) {
        // Read on the JavaFX thread: in the frames after settle() skins may still be adding children, and a lookup
        // from the test thread then walked a list that changed under it (IndexOutOfBoundsException, seen once).
        try {
            return WaitForAsyncUtils.asyncFx(() -> board().section(section).cards().stream()
                    .map(c -> c.item().text()).toList()).get();
        } catch (InterruptedException | ExecutionException e) {
            throw new AssertionError(e);
        }
    }

    private void reveal(Node node) {
        interact(() -> board().reveal(node));
    }

    private void addByTyping(Section section, String text) {
        settle(); // a card still arriving would shift the field away from under the pointer
        Node field = lookup("#add-" + section.name()).query();
        reveal(field);
        clickOn(field).write(text).type(KeyCode.ENTER);
    }

    private CanvasContent stored(Path file) {
        long id = window.model().canvasId();
        CanvasContent[] content = new CanvasContent[1];
        ViewModelFixture.inDatabase(file, wb -> content[0] = wb.canvas(id));
        return content[0];
    }

    /** Drags the card onto the left part of {@code target}, which puts it just before that card or field. */
    private void dragCard(CardView card, Node target) {
        settle();
        reveal(card);
        reveal(target);
        drag(card, MouseButton.PRIMARY).moveBy(8, 8).moveTo(leftPartOf(target)).drop();
        settle();
    }

    /** A menu item in an open menu: a submenu's items exist before they are shown. */
    private Node shownMenuItem(String text) {
        WaitForAsyncUtils.waitForFxEvents();
        return lookup(text).match((Node n) -> n.getScene() != null && n.getScene().getWindow().isShowing()).query();
    }

    private static Point2D leftPartOf(Node node) {
        Bounds b = node.localToScreen(node.getBoundsInLocal());
        return new Point2D(b.getMinX() + 12, b.getMinY() + b.getHeight() / 2);
    }

    @Test
    void buildsACanvasEditsMovesLinksUndoesAndFindsItAllAfterRestart() throws Exception {
        Path file = dir.resolve("journey.db");
        openWindow(file);
        // Looked up on the JavaFX thread: just after opening, the window may still be adding its later parts,
        // and walking the scene graph from the test thread meanwhile can fail.
        assertThat(WaitForAsyncUtils.asyncFx(() -> lookup("#emptyState").query().isVisible()).get()).isTrue();

        clickOn("#emptyNewCanvas");
        settle();
        TextInputControl name = lookup("#canvasName").queryAs(TextInputControl.class);
        assertThat(name.isFocused()).isTrue();
        write("Corner café").type(KeyCode.ENTER);
        settle();
        assertThat(window.stage().getTitle()).isEqualTo("ValueBench — Corner café");

        // One card in each of the eight sections, typed into the section's add field.
        addByTyping(Section.FEATURES, "App");
        addByTyping(Section.BENEFITS, "Skip");
        addByTyping(Section.EXPERIENCE, "Calm");
        addByTyping(Section.WANTS, "Cosy");
        addByTyping(Section.NEEDS, "Fast");
        write("Cheap").type(KeyCode.ENTER); // the cursor stays in the add field for the next one
        addByTyping(Section.FEARS, "Queue");
        addByTyping(Section.COMPETITORS, "Chain");
        addByTyping(Section.SUBSTITUTES, "Home");
        settle();
        assertThat(cardTexts(Section.NEEDS)).containsExactly("Fast", "Cheap");
        assertThat(cardTexts(Section.SUBSTITUTES)).containsExactly("Home");
        assertThat(stored(file).items()).hasSize(9);
        assertThat(lookup("#statusText").queryAs(Label.class).getText()).startsWith("All changes saved");

        // Edit in place: double-click, type over the selected text, Enter commits.
        doubleClickOn(shownCard("Fast"));
        assertThat(lookup("#cardEditor").tryQuery()).isPresent();
        write("Fast service").type(KeyCode.ENTER);
        settle();
        assertThat(cardTexts(Section.NEEDS)).containsExactly("Fast service", "Cheap");
        assertThat(stored(file).itemsIn(Section.NEEDS)).extracting(Item::text).containsExactly("Fast service", "Cheap");

        // Drag and drop: reorder within Needs, then move to Wants (same group), then refuse a move across groups.
        dragCard(card("Cheap"), card("Fast service"));
        assertThat(cardTexts(Section.NEEDS)).containsExactly("Cheap", "Fast service");
        dragCard(card("Cheap"), lookup("#add-WANTS").query());
        assertThat(cardTexts(Section.WANTS)).containsExactly("Cosy", "Cheap");
        assertThat(stored(file).itemsIn(Section.WANTS)).extracting(Item::text).containsExactly("Cosy", "Cheap");
        dragCard(card("Queue"), lookup("#add-EXPERIENCE").query());
        assertThat(cardTexts(Section.FEARS)).containsExactly("Queue");
        assertThat(window.model().statusProperty().get().text()).contains("Fears items are dragged only within");

        // Link the App feature to the Fast service need in the details pane.
        clickOn(shownCard("App"));
        assertThat(lookup("#detailKind").queryAs(Label.class).getText()).startsWith("FEATURES");
        clickOn("#linkPicker");
        clickOn("Needs: Fast service");
        clickOn("#linkButton");
        settle();
        long app = card("App").itemId();
        long fast = card("Fast service").itemId();
        assertThat(stored(file).links()).containsExactly(new FitLink(app, fast));
        assertThat(card("Fast service").getPseudoClassStates()).contains(CardView.LINKED);
        assertThat(card("Cosy").getPseudoClassStates()).doesNotContain(CardView.LINKED).contains(CardView.UNANSWERED);

        // Undo and redo from the keyboard, checked on the board and in the file.
        clickOn(shownCard("App"));
        push(KeyCode.CONTROL, KeyCode.Z);
        settle();
        assertThat(stored(file).links()).isEmpty();
        assertThat(card("Fast service").getPseudoClassStates()).doesNotContain(CardView.LINKED)
                .contains(CardView.UNANSWERED);
        assertThat(window.model().redoTextProperty().get()).isEqualTo("Redo Link items");
        push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        settle();
        assertThat(stored(file).links()).containsExactly(new FitLink(app, fast));
        assertThat(card("Fast service").getPseudoClassStates()).contains(CardView.LINKED);
        assertThat(dialogs.errors).isEmpty();

        // Close the window (and its workspace), open the same file again: everything is there.
        closeAndWait();
        openWindow(file);
        assertThat(window.stage().getTitle()).isEqualTo("ValueBench — Corner café");
        assertThat(cardTexts(Section.FEATURES)).containsExactly("App");
        assertThat(cardTexts(Section.BENEFITS)).containsExactly("Skip");
        assertThat(cardTexts(Section.EXPERIENCE)).containsExactly("Calm");
        assertThat(cardTexts(Section.WANTS)).containsExactly("Cosy", "Cheap");
        assertThat(cardTexts(Section.NEEDS)).containsExactly("Fast service");
        assertThat(cardTexts(Section.FEARS)).containsExactly("Queue");
        assertThat(cardTexts(Section.COMPETITORS)).containsExactly("Chain");
        assertThat(cardTexts(Section.SUBSTITUTES)).containsExactly("Home");
        assertThat(window.model().canvas().orElseThrow().links()).containsExactly(new FitLink(app, fast));
        assertThat(lookup("#fitScore").queryAs(Label.class).getText()).isEqualTo("Fit 25 %");
    }

    @Test
    void theChartsOpenAsTheyWereLastShownAndRememberEachChange() throws Exception {
        settings.saveShowDelivered(true);
        settings.saveCrosshairs(CrosshairMode.DATA_MEANS);
        openWindow(dir.resolve("charts.db"));
        interact(() -> StrategyTestCanvas.addTo(window.model()));
        clickOn("#strategyTab");
        settle();
        CheckBox delivered = lookup("#showDelivered").queryAs(CheckBox.class);
        assertThat(delivered.isSelected()).isTrue();
        assertThat(window.gaps().gaps().crosshairsProperty().get()).isEqualTo(CrosshairMode.DATA_MEANS);

        interact(() -> delivered.setSelected(false)); // disabled here: this canvas has no delivered curve to show
        interact(() -> window.gaps().gaps().crosshairsProperty().set(CrosshairMode.MIDPOINTS));
        assertThat(settings.showDelivered()).isFalse();
        assertThat(settings.crosshairs()).contains(CrosshairMode.MIDPOINTS);
    }

    @Test
    void aCardsBadgeBuildsItsTooltipOnlyWhenThePointerReachesIt() throws Exception {
        openWindow(dir.resolve("tooltips.db"));
        interact(() -> StrategyTestCanvas.addTo(window.model()));
        settle();
        Label dots = WaitForAsyncUtils.asyncFx(() -> lookup(".card .importance").queryAllAs(Label.class).stream()
                .filter(l -> l.getScene() != null && l.isVisible()).findFirst().orElseThrow()).get();
        Node card = dots;
        while (!(card instanceof CardView)) {
            card = card.getParent();
        }
        assertThat(HoverTooltips.of(dots)).isNull();
        interact(() -> dots.fireEvent(entered()));
        assertThat(HoverTooltips.of(dots).getText())
                .isEqualTo("Importance " + ((CardView) card).item().importance() + " of 5");
    }

    private static javafx.scene.input.MouseEvent entered() {
        return new javafx.scene.input.MouseEvent(javafx.scene.input.MouseEvent.MOUSE_ENTERED, 1, 1, 1, 1,
                MouseButton.NONE, 0, false, false, false, false, false, false, false, false, false, false, null);
    }

    @Test
    void openingAnotherCanvasShowsItsItemsOnTheCardsAlreadyOnTheBoard() throws Exception {
        Path file = dir.resolve("reuse.db");
        long first;
        long second;
        try (Workbench seed = Workbenches.open(file, true, ViewModelFixture.CLOCK)) {
            first = seed.createCanvas("First").canvas().orElseThrow().canvas().id();
            seed.addItem(first, Section.FEATURES, "Fast", -1);
            seed.addItem(first, Section.FEATURES, "Cheap", -1);
            seed.addItem(first, Section.FEATURES, "Near", -1);
            seed.addItem(first, Section.NEEDS, "Milk", -1);
            second = seed.createCanvas("Second").canvas().orElseThrow().canvas().id();
            seed.addItem(second, Section.FEATURES, "Big", -1);
            seed.addItem(second, Section.WANTS, "Calm", -1);
            seed.addItem(second, Section.WANTS, "Warm", -1);
        }
        openWindow(file);
        interact(() -> window.model().showCanvas(first));
        settle();
        List<CardView> made = allCards();
        assertThat(made).hasSize(4);

        interact(() -> window.model().showCanvas(second));
        settle();
        assertThat(cardTexts(Section.FEATURES)).containsExactly("Big");
        assertThat(cardTexts(Section.WANTS)).containsExactly("Calm", "Warm");
        assertThat(cardTexts(Section.NEEDS)).isEmpty();
        assertThat(allCards()).as("no card made anew, none dropped").containsExactlyInAnyOrderElementsOf(made);
        // A card that showed a need or a feature takes the colours of a want, and its marks.
        assertThat(card("Warm").getStyleClass()).containsExactly("card");
        assertThat(card("Warm").getPseudoClassStates()).extracting(PseudoClass::getPseudoClassName)
                .contains("group-customer").doesNotContain("group-offering");
        assertThat(card("Warm").getPseudoClassStates()).contains(CardView.UNANSWERED);
        assertThat(card("Big").getPseudoClassStates()).contains(CardView.FLUFF).doesNotContain(CardView.UNANSWERED);
        assertThat(lookup(".card").queryAllAs(CardView.class).stream().filter(c -> !c.isVisible()).toList())
                .as("the card left over is hidden, taking no room").singleElement()
                .satisfies(c -> assertThat(c.isManaged()).isFalse());

        interact(() -> window.model().showCanvas(first));
        settle();
        assertThat(cardTexts(Section.FEATURES)).containsExactly("Fast", "Cheap", "Near");
        assertThat(cardTexts(Section.NEEDS)).containsExactly("Milk");
        assertThat(allCards()).containsExactlyInAnyOrderElementsOf(made);

        // Deleting a card moves one card in the section (the deleted one goes aside, hidden, after the others):
        // the others stay in their places, keeping their styles.
        List<Node> takenOut = new java.util.ArrayList<>();
        javafx.scene.layout.FlowPane features = board().section(Section.FEATURES).cardsPane();
        features.getChildren().addListener((javafx.collections.ListChangeListener<Node>) c -> {
            while (c.next()) {
                takenOut.addAll(c.getRemoved());
            }
        });
        CardView fast = card("Fast");
        CardView cheap = card("Cheap");
        interact(() -> window.model().deleteItem(cheap.itemId()));
        settle();
        assertThat(cardTexts(Section.FEATURES)).containsExactly("Fast", "Near");
        assertThat(takenOut).hasSize(1).doesNotContain(fast);
        assertThat(cheap.isVisible()).isFalse();
    }

    @Test
    void keepsAtMostTwentyFourHiddenCardsPerSection() throws Exception {
        Path file = dir.resolve("many.db");
        long many;
        long empty;
        try (Workbench seed = Workbenches.open(file, true, ViewModelFixture.CLOCK)) {
            many = seed.createCanvas("Many").canvas().orElseThrow().canvas().id();
            for (int i = 1; i <= 30; i++) {
                seed.addItem(many, Section.FEATURES, "Feature " + i, -1);
            }
            empty = seed.createCanvas("Empty").canvas().orElseThrow().canvas().id();
        }
        openWindow(file);
        interact(() -> window.model().showCanvas(many));
        settle();
        assertThat(cardTexts(Section.FEATURES)).hasSize(30);

        interact(() -> window.model().showCanvas(empty));
        settle();
        assertThat(cardTexts(Section.FEATURES)).isEmpty();
        assertThat(board().section(Section.FEATURES).cardsPane().getChildren())
                .filteredOn(n -> n instanceof CardView).hasSize(24).allMatch(n -> !n.isVisible());
    }

    private List<CardView> allCards() throws ExecutionException, InterruptedException {
        return WaitForAsyncUtils.asyncFx(() -> lookup(".card").queryAllAs(CardView.class).stream()
                .filter(c -> c.getScene() != null).toList()).get();
    }

    @Test
    void keyboardMovesBetweenCardsDeletesAndUndoes() throws Exception {
        Path file = dir.resolve("keys.db");
        try (Workbench seed = Workbenches.open(file, true, ViewModelFixture.CLOCK)) {
            long canvas = seed.createCanvas("Keys").canvas().orElseThrow().canvas().id();
            seed.addItem(canvas, Section.FEATURES, "Left", -1);
            seed.addItem(canvas, Section.WANTS, "Right", -1);
            seed.addItem(canvas, Section.BENEFITS, "Below", -1);
        }
        openWindow(file);
        clickOn(shownCard("Left"));
        type(KeyCode.RIGHT);
        assertThat(window.model().selectedItemIdProperty().get()).isEqualTo(card("Right").itemId());
        assertThat(card("Right").isFocused()).isTrue();
        type(KeyCode.LEFT).type(KeyCode.DOWN);
        assertThat(window.model().selectedItem().orElseThrow().text()).isEqualTo("Below");

        type(KeyCode.DELETE);
        settle();
        assertThat(cardTexts(Section.BENEFITS)).isEmpty();
        assertThat(window.model().undoTextProperty().get()).isEqualTo("Undo Delete item");
        push(KeyCode.CONTROL, KeyCode.Z);
        settle();
        assertThat(cardTexts(Section.BENEFITS)).containsExactly("Below");

        // Alt+arrows move the focused card: down into the next section of its group, left along the section.
        clickOn(shownCard("Left"));
        push(KeyCode.ALT, KeyCode.DOWN);
        settle();
        assertThat(cardTexts(Section.BENEFITS)).containsExactly("Below", "Left");
        assertThat(card("Left").isFocused()).isTrue();
        push(KeyCode.ALT, KeyCode.LEFT);
        settle();
        assertThat(cardTexts(Section.BENEFITS)).containsExactly("Left", "Below");
        assertThat(stored(file).itemsIn(Section.BENEFITS)).extracting(Item::text).containsExactly("Left", "Below");
        push(KeyCode.ALT, KeyCode.DOWN).push(KeyCode.ALT, KeyCode.DOWN);
        settle();
        assertThat(cardTexts(Section.EXPERIENCE)).containsExactly("Left");
        assertThat(cardTexts(Section.COMPETITORS)).isEmpty();

        clickOn(shownCard("Right"));
        type(KeyCode.F2).write("Right now").type(KeyCode.ESCAPE);
        assertThat(card("Right").isEditing()).isFalse();
        settle();
        assertThat(stored(file).itemsIn(Section.WANTS)).extracting(Item::text).containsExactly("Right");

        // The theme switch and the window's bounds are remembered in the window settings.
        clickOn("#toolDarkTheme");
        assertThat(window.stage().getScene().getRoot().getStyleClass()).contains("theme-dark");
        assertThat(settings.darkTheme()).isTrue();
        closeAndWait();
        assertThat(settings.bounds()).hasValueSatisfying(b -> assertThat(b.width()).isGreaterThan(800));
    }

    @Test
    void exportsJsonImportsItAsASecondCanvasAndUndoTakesItOut() throws Exception {
        Path file = dir.resolve("share.db");
        String name = "Best-in-class customer service for every caller";
        try (Workbench seed = Workbenches.open(file, true, ViewModelFixture.CLOCK)) {
            long canvas = seed.createCanvas(name).canvas().orElseThrow().canvas().id();
            long feature = seed.addItem(canvas, Section.FEATURES, "Call-back instead of waiting", -1).focusItemId();
            long need = seed.addItem(canvas, Section.NEEDS, "A quick answer", -1).focusItemId();
            seed.link(feature, need);
        }
        openWindow(file);
        long original = window.model().canvasId();
        // The library is wide enough and long names wrap instead of being cut.
        Label libraryName = lookup(".library-name").queryAs(Label.class);
        assertThat(libraryName.getHeight()).isGreaterThan(libraryName.getFont().getSize() * 2);

        Path json = dir.resolve("exported.json");
        dialogs.files.add(json);
        clickOn("#menuFile").clickOn("Export");
        // Along the submenu's first row, then down: a diagonal path would cross the next File item and close it.
        moveTo(shownMenuItem("PDF…"));
        clickOn(shownMenuItem("JSON…"));
        settle();
        assertThat(json).exists();
        assertThat(Files.readString(json)).contains(name, "Call-back instead of waiting");
        assertThat(dialogs.choosers).containsExactly("export JSON in null as " + name + ".json");
        Node notification = lookup("#exportNotification").query();
        assertThat(notification.isVisible()).isTrue();
        clickOn("#showExportedInFolder");
        assertThat(desktop.calls).containsExactly("folder " + json);
        clickOn("#menuHelp").clickOn("Show log folder");
        assertThat(desktop.calls).containsExactly("folder " + json, "open " + dir.resolve("logs"));
        assertThat(dir.resolve("logs")).isDirectory();

        dialogs.files.add(json);
        clickOn("#menuFile").clickOn("Import JSON…");
        settle();
        assertThat(dialogs.errors).isEmpty();
        assertThat(window.model().library()).hasSize(2);
        long imported = window.model().canvasId();
        assertThat(imported).isNotEqualTo(original);
        assertThat(dialogs.choosers).last().isEqualTo("import from " + dir);
        ListView<CanvasSummary> library = lookup("#library").queryListView();
        assertThat(library.getSelectionModel().getSelectedItem().id()).isEqualTo(imported);
        assertThat(window.stage().getTitle()).isEqualTo("ValueBench — " + name);
        assertThat(cardTexts(Section.FEATURES)).containsExactly("Call-back instead of waiting");
        assertThat(cardTexts(Section.NEEDS)).containsExactly("A quick answer");
        assertThat(window.model().canvas().orElseThrow().links()).hasSize(1);

        push(KeyCode.CONTROL, KeyCode.Z);
        settle();
        assertThat(window.model().library()).hasSize(1);
        assertThat(window.model().canvasId()).isEqualTo(original);
        ViewModelFixture.inDatabase(file, wb -> assertThat(wb.library()).hasSize(1));

        // Ctrl+E exports the PDF: page size first, then the file; written on the export thread.
        Path pdf = dir.resolve("exported.pdf");
        dialogs.papers.add(PaperSize.A3);
        dialogs.files.add(pdf);
        push(KeyCode.CONTROL, KeyCode.E);
        settle();
        assertThat(pdf).exists();
        assertThat(dialogs.questions).contains("paper, suggesting A4");
        assertThat(lookup("#exportStatus").query().isVisible()).isFalse();
        assertThat(window.model().statusProperty().get().text()).isEqualTo("Exported '" + name + "' as PDF: exported.pdf");
    }

    @Test
    void cancellingAnExportInTheStatusBarLeavesNoFile() throws Exception {
        Path file = dir.resolve("cancel.db");
        try (Workbench seed = Workbenches.open(file, true, ViewModelFixture.CLOCK)) {
            long canvas = seed.createCanvas("Corner café").canvas().orElseThrow().canvas().id();
            seed.addItem(canvas, Section.NEEDS, "Good coffee", -1);
        }
        HeldRunner held = new HeldRunner();
        openWindow(file, held, () -> true);
        Path pdf = dir.resolve("cancelled.pdf");
        dialogs.papers.add(PaperSize.A4);
        dialogs.files.add(pdf);

        push(KeyCode.CONTROL, KeyCode.E);
        settle();
        // The canvas has been read; the PDF waits on the export thread, with progress and Cancel shown.
        assertThat(held.waiting()).isEqualTo(1);
        assertThat(lookup("#exportStatus").query().isVisible()).isTrue();
        assertThat(lookup("#exportProgress").queryAs(Label.class).getText())
                .isEqualTo("Exporting PDF of 'Corner café'…");
        MenuBar bar = lookup("#menuBar").queryAs(MenuBar.class);
        MenuItem exportMenu = bar.getMenus().get(0).getItems().stream().filter(i -> "menuExport".equals(i.getId()))
                .findFirst().orElseThrow();
        assertThat(exportMenu.isDisable()).isTrue(); // one export at a time
        assertThat(window.exchange().exportingProperty().get()).isTrue();

        clickOn("#exportCancel");
        interact(held::runAll);
        settle();
        assertThat(pdf).doesNotExist();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
        assertThat(lookup("#exportStatus").query().isVisible()).isFalse();
        assertThat(lookup("#statusText").queryAs(Label.class).getText())
                .isEqualTo("PDF export cancelled; no file was written");
        assertThat(dialogs.errors).isEmpty();
    }
}
