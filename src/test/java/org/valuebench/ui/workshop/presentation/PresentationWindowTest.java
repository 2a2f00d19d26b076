package org.valuebench.ui.workshop.presentation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The presentation window as the facilitator handles it: full screen with F11, Esc, closing, the screen chosen. */
class PresentationWindowTest extends FxRobot {
    private final PresentationScenes scenes = new PresentationScenes();
    private PresentationWindow window;
    private Stage owner;

    @BeforeAll
    static void toolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() {
        interact(() -> {
            if (window != null) {
                window.close();
            }
            if (owner != null) {
                owner.close();
            }
        });
    }

    private void open() {
        interact(() -> {
            scenes.revealed(5, 4);
            owner = new Stage();
            owner.setScene(new Scene(new Pane(), 400, 300));
            owner.show();
            window = new PresentationWindow(scenes.session(), new SimpleBooleanProperty(),
                    (screens, suggested, parent) -> java.util.Optional.of(suggested));
            window.open(owner);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void escLeavesFullScreenButNotTheWindowNorTheWorkshop() {
        open();
        Stage stage = window.stage();
        interact(stage::requestFocus);
        if (!stage.isFullScreen()) {
            push(KeyCode.F11);
        }
        assertThat(stage.isFullScreen()).as("full screen after F11").isTrue();
        push(KeyCode.ESCAPE);
        assertThat(stage.isFullScreen()).isFalse();
        assertThat(stage.isShowing()).isTrue();
        assertThat(scenes.session().runningProperty().get()).isTrue();
        push(KeyCode.F11);
        assertThat(stage.isFullScreen()).as("F11 again").isTrue();
    }

    @Test
    void pageDownRightAndSpaceTurnThePagesOfCardsPageUpAndLeftTurnBack() {
        open();
        interact(() -> scenes.revealed(60, 8));
        WaitForAsyncUtils.waitForFxEvents();
        interact(window.stage()::requestFocus);
        var pages = scenes.session().pages();
        assertThat(pages.countProperty().get()).as("60 cards take pages").isGreaterThan(3);
        push(KeyCode.PAGE_DOWN);
        assertThat(pages.pageProperty().get()).isEqualTo(1);
        push(KeyCode.RIGHT);
        push(KeyCode.SPACE);
        assertThat(pages.pageProperty().get()).isEqualTo(3);
        push(KeyCode.PAGE_UP);
        push(KeyCode.LEFT);
        assertThat(pages.pageProperty().get()).isEqualTo(1);
    }

    @Test
    void closingTheWindowLeavesTheWorkshopRunning() {
        open();
        interact(() -> window.close());
        assertThat(window.stage().isShowing()).isFalse();
        assertThat(scenes.session().runningProperty().get()).isTrue();
        interact(() -> window.open(owner));
        assertThat(window.stage().isShowing()).as("opens again").isTrue();
    }

    @Test
    void theSuggestedScreenIsAnotherThanTheMainWindows() {
        Rectangle2D laptop = new Rectangle2D(0, 0, 1440, 900);
        Rectangle2D projector = new Rectangle2D(1440, 0, 1280, 720);
        assertThat(PresentationWindow.suggestedScreen(List.of(laptop, projector), laptop)).isEqualTo(1);
        assertThat(PresentationWindow.suggestedScreen(List.of(laptop, projector), projector)).isEqualTo(0);
        assertThat(PresentationWindow.suggestedScreen(List.of(laptop), laptop)).isEqualTo(0);
    }
}
