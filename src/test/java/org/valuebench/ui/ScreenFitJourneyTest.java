package org.valuebench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import org.valuebench.app.Workbench;
import org.valuebench.app.Workbenches;
import org.valuebench.domain.Section;
import org.valuebench.ui.board.CanvasBoard;
import org.valuebench.ui.workbench.ViewModelFixture;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.valuebench.ui.workbench.DatabaseThread;
import org.valuebench.ui.workbench.ScriptedDialogs;

/** The window on a projector: full screen, zoom, and a board whose scroll range follows its content. */
class ScreenFitJourneyTest extends FxRobot {
    @TempDir
    Path dir;
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
            JourneyWindows.waitUntil(database::isIdle);
        }
    }

    private void open() throws Exception {
        open(dir.resolve("screen.vbw"));
    }

    private void open(Path file) throws Exception {
        database = new DatabaseThread(javafx.application.Platform::runLater);
        window = JourneyWindows.show(file, database, new ScriptedDialogs());
        JourneyWindows.waitUntil(() -> window.isBuilt() && database.isIdle());
    }

    /** A canvas with a few cards in every section, on a workspace of its own. */
    private Path fullCanvas() {
        Path file = dir.resolve("full.vbw");
        try (Workbench seed = Workbenches.open(file, true, ViewModelFixture.CLOCK)) {
            long id = seed.createCanvas("Projector").canvas().orElseThrow().canvas().id();
            for (Section section : Section.values()) {
                for (int i = 1; i <= 5; i++) {
                    seed.addItem(id, section, section.singular() + " " + i + " with a few words to wrap", -1);
                }
            }
        }
        return file;
    }

    /** The window at the size of a projector, with the library and the details hidden. */
    private void projectorSize(boolean hideSides) {
        interact(() -> {
            window.stage().setX(0);
            window.stage().setY(0);
            window.stage().setWidth(1280);
            window.stage().setHeight(720);
        });
        if (hideSides) {
            interact(() -> {
                ((CheckMenuItem) menuItem("menuLibrary")).setSelected(false);
                ((CheckMenuItem) menuItem("menuDetails")).setSelected(false);
            });
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The board's scrolled content is as tall as its content now is, not as it was before cards changed width. */
    private void assertScrollRangeFollowsTheContent(String when) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Region content = (Region) boardScroll().getContent();
        double now = WaitForAsyncUtils.asyncFx(() -> content.prefHeight(content.getWidth())).get();
        assertThat(content.getHeight()).as(when).isCloseTo(now, org.assertj.core.api.Assertions.within(1.0));
    }

    private CanvasBoard board() {
        return lookup("#canvasBoard").queryAs(CanvasBoard.class);
    }

    private ScrollPane boardScroll() {
        return lookup(".board-scroll").queryAs(ScrollPane.class);
    }

    private double scale() {
        return board().zoom().scaleProperty().get();
    }

    private MenuItem menuItem(String id) {
        MenuBar bar = lookup("#menuBar").queryAs(MenuBar.class);
        return bar.getMenus().stream().flatMap(m -> items(m).stream())
                .filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    private static java.util.List<MenuItem> items(Menu menu) {
        java.util.List<MenuItem> all = new java.util.ArrayList<>();
        for (MenuItem item : menu.getItems()) {
            all.add(item);
            if (item instanceof Menu sub) {
                all.addAll(items(sub));
            }
        }
        return all;
    }

    @Test
    void f11AndViewFullScreenToggleTheStageFullScreen() throws Exception {
        open();
        CheckMenuItem fullScreen = (CheckMenuItem) menuItem("menuFullScreen");
        assertThat(fullScreen.getAccelerator()).isEqualTo(new KeyCodeCombination(KeyCode.F11));
        assertThat(window.stage().isFullScreen()).isFalse();

        interact(() -> fullScreen.setSelected(true)); // as a click on the menu item does
        assertThat(window.stage().isFullScreen()).isTrue();
        assertThat(fullScreen.isSelected()).isTrue();

        interact(() -> window.stage().setFullScreen(false)); // as Esc does
        assertThat(fullScreen.isSelected()).isFalse();

        interact(() -> window.stage().requestFocus());
        press(KeyCode.F11).release(KeyCode.F11);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.stage().isFullScreen()).isTrue();
    }

    @Test
    void theZoomKeysTheWheelAndTheMenuZoomTheBoardAndFitShowsEverySection() throws Exception {
        open(fullCanvas());
        projectorSize(false);
        assertThat(scale()).isEqualTo(1.0);
        assertThat(menuItem("menuZoomIn").getAccelerator())
                .isEqualTo(new KeyCodeCombination(KeyCode.PLUS, KeyCombination.SHORTCUT_DOWN));

        interact(() -> window.stage().requestFocus());
        press(KeyCode.CONTROL).press(KeyCode.EQUALS).release(KeyCode.EQUALS).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(scale()).isGreaterThan(1.0);
        Node grid = boardScroll().getContent();
        assertThat(grid.getLayoutBounds().getWidth()).as("the zoomed board still fits the width")
                .isLessThanOrEqualTo(boardScroll().getViewportBounds().getWidth() + 1);

        press(KeyCode.CONTROL).press(KeyCode.DIGIT0).release(KeyCode.DIGIT0).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(scale()).isEqualTo(1.0);
        press(KeyCode.CONTROL).press(KeyCode.MINUS).release(KeyCode.MINUS).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(scale()).isLessThan(1.0);

        interact(() -> boardScroll().fireEvent(new ScrollEvent(ScrollEvent.SCROLL, 10, 10, 10, 10, false, true,
                false, false, false, false, 0, 40, 0, 40, ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null)));
        assertThat(scale()).as("Ctrl+wheel up zooms in").isEqualTo(1.0);

        interact(() -> menuItem("menuZoomFit").fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(scale()).isLessThan(1.0);
        Bounds content = boardScroll().getContent().getLayoutBounds();
        Bounds viewport = boardScroll().getViewportBounds();
        assertThat(content.getHeight()).as("all eight sections at once").isLessThanOrEqualTo(viewport.getHeight() + 1);
        assertThat(content.getWidth()).isLessThanOrEqualTo(viewport.getWidth() + 1);
        Node last = lookup("#section-SUBSTITUTES").query();
        Bounds shown = boardScroll().sceneToLocal(last.localToScene(last.getLayoutBounds()));
        assertThat(shown.getMaxY()).isLessThanOrEqualTo(boardScroll().getHeight() + 1);

        interact(() -> menuItem("menuZoomActual").fire());
        assertThat(scale()).isEqualTo(1.0);
    }

    @Test
    void afterLoadingACanvasTheScrollRangeReachesItsLastSection() throws Exception {
        Path file = fullCanvas();
        long small;
        long full;
        try (Workbench seed = Workbenches.open(file, true, ViewModelFixture.CLOCK)) {
            full = seed.library().get(0).id();
            small = seed.createCanvas("Small").canvas().orElseThrow().canvas().id();
            seed.addItem(small, Section.FEATURES, "One", -1);
        }
        open(file);
        projectorSize(false);
        interact(() -> window.model().showCanvas(full));
        JourneyWindows.waitUntil(database::isIdle);
        projectorSize(true);
        assertScrollRangeFollowsTheContent("after hiding the side panes");
        interact(() -> window.model().showCanvas(small));
        JourneyWindows.waitUntil(database::isIdle);
        interact(() -> window.model().showCanvas(full));
        JourneyWindows.waitUntil(database::isIdle);
        assertScrollRangeFollowsTheContent("after loading the canvas");

        interact(() -> boardScroll().setVvalue(1));
        WaitForAsyncUtils.waitForFxEvents();
        Node content = boardScroll().getContent();
        for (String id : new String[] {"#section-COMPETITORS", "#section-SUBSTITUTES"}) {
            Node last = lookup(id).query();
            Bounds inContent = content.sceneToLocal(last.localToScene(last.getLayoutBounds()));
            assertThat(content.getLayoutBounds().getMaxY()).as(id + " inside the scroll range")
                    .isGreaterThanOrEqualTo(inContent.getMaxY());
            Bounds inView = boardScroll().sceneToLocal(last.localToScene(last.getLayoutBounds()));
            assertThat(inView.getMaxY()).as(id + " in view at the end of the scroll bar")
                    .isLessThanOrEqualTo(boardScroll().getHeight() + 1);
        }
    }
}
