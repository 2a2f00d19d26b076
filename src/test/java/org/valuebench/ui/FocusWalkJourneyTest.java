package org.valuebench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.valuebench.app.Workbench;
import org.valuebench.app.Workbenches;
import org.valuebench.domain.Section;
import org.valuebench.ui.board.CardView;
import org.valuebench.ui.workbench.DatabaseThread;
import org.valuebench.ui.workbench.ScriptedDialogs;
import org.valuebench.ui.workbench.ViewModelFixture;

/**
 * Tab walks the whole window, from the Details pane across the board and round again: every stop it reaches shows
 * that it has the focus, in both themes. A stop "shows" focus when its look (background, border, effect of itself and
 * of the parts that are not stops of their own) differs from its look once the focus has moved on.
 */
class FocusWalkJourneyTest extends FxRobot {
    private static final int MAX_STOPS = 300;
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

    private void open(boolean dark) throws Exception {
        Path file = dir.resolve("focus.vbw");
        try (Workbench seed = Workbenches.open(file, true, ViewModelFixture.CLOCK)) {
            long id = seed.createCanvas("Focus").canvas().orElseThrow().canvas().id();
            for (Section section : Section.values()) {
                seed.addItem(id, section, section.singular() + " one", -1);
            }
        }
        database = new DatabaseThread(javafx.application.Platform::runLater);
        window = JourneyWindows.show(file, database, new ScriptedDialogs());
        JourneyWindows.waitUntil(() -> window.isBuilt() && database.isIdle());
        interact(() -> {
            window.stage().setWidth(1280);
            window.stage().setHeight(720);
        });
        if (dark) {
            interact(() -> lookup("#toolDarkTheme").queryAs(javafx.scene.control.ToggleButton.class).fire());
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** What a node looks like: its own background, border and effect, and those of its parts that take no focus. */
    private static List<Object> look(Node node) {
        List<Object> look = new ArrayList<>();
        collect(node, look, true);
        return look;
    }

    private static void collect(Node node, List<Object> look, boolean root) {
        if (!root && node.isFocusTraversable()) {
            return;
        }
        look.add(node.getEffect());
        look.add(node.getOpacity());
        if (node instanceof Region region) {
            look.add(region.getBackground());
            look.add(region.getBorder());
        }
        if (node instanceof javafx.scene.shape.Shape shape) {
            look.add(shape.getFill());
            look.add(shape.getStroke());
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, look, false);
            }
        }
    }

    private static String describe(Node node) {
        return node.getClass().getSimpleName() + (node.getId() == null ? "" : "#" + node.getId())
                + node.getStyleClass();
    }

    @ParameterizedTest(name = "dark theme: {0}")
    @ValueSource(booleans = {false, true})
    void everyStopOfTheTabWalkShowsItsFocus(boolean dark) throws Exception {
        open(dark);
        Set<String> offenders = new LinkedHashSet<>();
        List<String> walked = new ArrayList<>();
        interact(() -> {
            CardView card = lookup(".card").queryAllAs(CardView.class).stream().filter(Node::isVisible)
                    .findFirst().orElseThrow();
            card.requestFocus();
        });
        WaitForAsyncUtils.waitForFxEvents();
        interact(() -> lookup("#detailText").query().requestFocus());
        WaitForAsyncUtils.waitForFxEvents();
        Scene scene = window.stage().getScene();
        Node start = scene.getFocusOwner();
        Node current = start;
        for (int i = 0; i < MAX_STOPS; i++) {
            Node stop = current;
            List<Object> focused = WaitForAsyncUtils.asyncFx(() -> {
                scene.getRoot().applyCss();
                return look(stop);
            }).get();
            // A text area keeps Tab for its text; Ctrl+Tab leaves it.
            boolean control = stop instanceof javafx.scene.control.TextArea;
            interact(() -> Event.fireEvent(stop, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB, false,
                    control, false, false)));
            WaitForAsyncUtils.waitForFxEvents();
            List<Object> after = WaitForAsyncUtils.asyncFx(() -> {
                scene.getRoot().applyCss();
                return look(stop);
            }).get();
            walked.add(describe(stop));
            if (Objects.equals(focused, after) && !stop.isFocused()) {
                offenders.add(describe(stop));
            }
            current = scene.getFocusOwner();
            if (current == start || current == stop) {
                break;
            }
        }
        assertThat(walked).as("the walk reaches the board").anyMatch(s -> s.contains("card"));
        assertThat(offenders).as("stops with no visible focus, walking " + walked).isEmpty();
    }
}
