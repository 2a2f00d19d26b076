package org.valuebench.ui.workshop.presentation;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.text.Font;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.valuebench.ui.fx.ProjectorFrame;

/** What the projector shows at 1280×720, read from the scene graph as the room would read the screen. */
class PresentationViewTest extends FxRobot {
    private final PresentationScenes scenes = new PresentationScenes();
    private PresentationView view;
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
        });
    }

    private void show(Runnable scene) {
        interact(() -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            scene.run();
            view = new PresentationView(new PresentationViewModel(scenes.session()), new SimpleBooleanProperty());
            stage = new Stage();
            stage.setScene(new Scene(view, 1280, 720));
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<Labeled> labels() {
        List<Labeled> labels = new ArrayList<>();
        for (Node node : view.lookupAll(".label")) {
            if (node instanceof Labeled labeled && labeled.isVisible() && labeled.getText() != null
                    && !labeled.getText().isBlank()) {
                labels.add(labeled);
            }
        }
        return labels;
    }

    private List<String> texts() {
        return labels().stream().map(Labeled::getText).toList();
    }

    private Font fontOf(String text) {
        return labels().stream().filter(l -> l.getText().equals(text)).findFirst().orElseThrow(
                () -> new AssertionError(text + " not shown in " + texts())).getFont();
    }

    @Test
    void thePromptIsAtLeast36PxAndTheCardsAtLeast22Px() {
        show(() -> scenes.revealed(12, 8));
        assertThat(fontOf("What does the customer want? How do they want to feel?").getSize())
                .isGreaterThanOrEqualTo(36);
        assertThat(fontOf(PresentationScenes.text(0, 8)).getSize()).isGreaterThanOrEqualTo(22);
        assertThat(texts()).contains("Step 1 of 10", "10:00");
    }

    @Test
    void twelveLongCardsShowWholeAt720p() {
        show(() -> scenes.revealed(12, 22));
        assertThat(ProjectorFrame.cutTexts(view)).isEmpty();
        // Nobody scrolls a projector: the last card is on the last page, whole.
        interact(() -> {
            while (scenes.session().pages().canGoOnProperty().get()) {
                scenes.session().pages().next();
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(texts()).contains(PresentationScenes.text(11, 22));
        assertThat(ProjectorFrame.cutTexts(view)).isEmpty();
    }

    @Test
    void aPrivateStepShowsHowManyIdeasAreInButNotTheHiddenCards() {
        show(() -> scenes.privateStep(9, 7, 5));
        assertThat(texts()).contains("7 ideas in, hidden", PresentationScenes.text(7, 5),
                PresentationScenes.text(8, 5));
        for (int i = 0; i < 7; i++) {
            assertThat(texts()).doesNotContain(PresentationScenes.text(i, 5));
        }
        assertThat(view.lookupAll(".presentation-card")).hasSize(2);
    }

    @Test
    void aVoteShowsEachCardsDotsAndTheDotsLeft() {
        show(() -> scenes.voting(4, List.of(3, 0, 1), true));
        assertThat(texts()).contains("●●●", "●");
        assertThat(String.join(" | ", texts())).contains("Ann", "Bashir", "Chen 3 left");
    }

    @Test
    void afterTheVoteTheResultRanksTheCardsWithTiesAsTies() {
        show(() -> scenes.voting(4, List.of(1, 3, 1), false));
        List<String> shown = texts();
        assertThat(shown).contains("1", "=2", "4");
        assertThat(shown.indexOf(PresentationScenes.text(1, 6)))
                .isLessThan(shown.indexOf(PresentationScenes.text(0, 6)));
    }

    @Test
    void theResultListsTheCardsWithDotsAndTheRestOnOneLine() {
        show(() -> scenes.voting(200, List.of(1, 3, 1), false));
        assertThat(texts()).contains("1", "=2", "=4", "197 cards without dots");
        assertThat(texts()).doesNotContain(PresentationScenes.text(150, 6));
    }

    @Test
    void overtimeShowsInTextAndColour() {
        show(() -> scenes.timed(10 * 60 + 130));
        Labeled timer = labels().stream().filter(l -> l.getText().contains("over")).findFirst().orElseThrow(
                () -> new AssertionError("no overtime in " + texts()));
        assertThat(timer.getText()).contains("2:10 over");
        assertThat(timer.getStyleClass()).contains("overtime");
    }

    @Test
    void withoutAWorkshopItShowsACalmTitleScreen() {
        show(scenes::none);
        assertThat(view.lookupAll(".presentation-card")).isEmpty();
        assertThat(texts()).contains("Corner café");
    }
}
