package org.valuebench.ui.board;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.event.Event;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.valuebench.domain.Section;
import org.valuebench.ui.shell.Theme;
import org.valuebench.ui.workbench.ViewModelFixture;

/** The in-place editor of a card grows with its text, up to a maximum, with its first line in view. */
class CardEditorTest {
    @TempDir
    Path dir;
    private Stage stage;
    private ViewModelFixture fixture;
    private CanvasBoard board;

    @BeforeAll
    static void toolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void show() throws Exception {
        onFx(() -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            fixture = new ViewModelFixture(dir.resolve("workspace.db"));
            fixture.workbench.createCanvas("Café");
            board = new CanvasBoard(fixture.workbench);
            Scene scene = new Scene(board, 1000, 700);
            scene.getRoot().getStyleClass().add("valuebench");
            scene.getStylesheets().add(Theme.STYLESHEET);
            stage = new Stage();
            stage.setScene(scene);
            stage.show();
            return null;
        });
    }

    @AfterEach
    void close() throws Exception {
        onFx(() -> {
            if (stage != null) {
                stage.close();
            }
            if (fixture != null) {
                fixture.close();
            }
            return null;
        });
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get();
    }

    private TextArea editor() {
        return (TextArea) stage.getScene().lookup("#cardEditor");
    }

    private void layout() {
        stage.getScene().getRoot().applyCss();
        stage.getScene().getRoot().layout();
    }

    private static boolean verticalBarShows(TextArea editor) {
        return editor.lookupAll(".scroll-bar").stream().filter(ScrollBar.class::isInstance).map(ScrollBar.class::cast)
                .anyMatch(bar -> bar.getOrientation() == Orientation.VERTICAL && bar.isVisible());
    }

    @Test
    void theEditorGrowsWithSixLinesShowingTheFirstWithoutAScrollBar() throws Exception {
        onFx(() -> {
            fixture.workbench.addItem(Section.NEEDS, "Coffee fast", null);
            long need = fixture.workbench.selectedItemIdProperty().get();
            CardView card = board.section(Section.NEEDS).cards().stream().filter(c -> c.itemId() == need)
                    .findFirst().orElseThrow();
            card.requestFocus();
            Event.fireEvent(card, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ENTER, false, false, false, false));
            layout();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        double before = onFx(() -> {
            layout();
            return editor().getHeight();
        });
        onFx(() -> {
            editor().selectAll();
            editor().replaceSelection("Coffee fast\nhot\nin a cup I can carry\non the train\nwith a lid\nthat holds");
            layout();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        onFx(() -> {
            layout();
            TextArea editor = editor();
            assertThat(editor.getHeight()).as("editor height").isGreaterThan(before + 3 * 16);
            assertThat(verticalBarShows(editor)).as("vertical scroll bar shows").isFalse();
            assertThat(editor.getScrollTop()).as("first line scrolled off by").isZero();
            return null;
        });
    }
}
