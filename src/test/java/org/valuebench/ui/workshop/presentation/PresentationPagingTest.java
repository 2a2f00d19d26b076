package org.valuebench.ui.workshop.presentation;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.application.Application;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Nobody scrolls a projector: at 1280×720 the cards show in pages of whole cards, every card shown lies inside the
 * window above the footer, and the footer says which cards and which page.
 */
class PresentationPagingTest extends FxRobot {
    private static final Pattern PAGE = Pattern.compile("Cards (\\d+)–(\\d+) of (\\d+) · page (\\d+) of (\\d+)");
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

    private List<Label> shownCardTexts() {
        List<Label> texts = new ArrayList<>();
        for (Node card : view.lookupAll(".presentation-card")) {
            if (card.isVisible() && card.getScene() != null && card.lookup(".presentation-card-text") instanceof Label l) {
                texts.add(l);
            }
        }
        return texts;
    }

    private String pageLabel() {
        Node label = view.lookup(".presentation-page");
        return label instanceof Label l && l.isVisible() ? l.getText() : "";
    }

    /** Every card shown lies whole inside the window and above the footer's first line. */
    private void assertCardsInside() {
        double footerTop = view.lookup(".presentation-footer").localToScene(
                view.lookup(".presentation-footer").getLayoutBounds()).getMinY();
        List<Node> cards = view.lookupAll(".presentation-card").stream().filter(Node::isVisible).toList();
        assertThat(cards).as("cards shown").isNotEmpty();
        for (Node card : cards) {
            Bounds b = card.localToScene(card.getLayoutBounds());
            assertThat(b.getMinX()).as("left of a card, inside the body's margin").isGreaterThanOrEqualTo(32);
            assertThat(b.getMinY()).as("top of a card").isGreaterThanOrEqualTo(0);
            assertThat(b.getMaxX()).as("right of a card, inside the body's margin").isLessThanOrEqualTo(1280 - 32);
            assertThat(b.getMaxY()).as("bottom of a card, footer at " + footerTop)
                    .isLessThanOrEqualTo(Math.min(720, footerTop));
        }
    }

    private void nextPage() {
        interact(() -> scenes.session().pages().next());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Pages through every page from the first: each card exactly once, each page whole and labelled. */
    private void everyCardOnceInPages(int total, int words) {
        Matcher first = PAGE.matcher(pageLabel());
        assertThat(first.matches()).as("page label " + pageLabel()).isTrue();
        int pages = Integer.parseInt(first.group(5));
        assertThat(pages).isGreaterThan(1);
        List<String> seen = new ArrayList<>();
        for (int page = 1; page <= pages; page++) {
            assertCardsInside();
            List<String> texts = shownCardTexts().stream().map(Label::getText).toList();
            Matcher m = PAGE.matcher(pageLabel());
            assertThat(m.matches()).as("page label " + pageLabel()).isTrue();
            assertThat(m.group(1)).isEqualTo(String.valueOf(seen.size() + 1));
            assertThat(m.group(2)).isEqualTo(String.valueOf(seen.size() + texts.size()));
            assertThat(m.group(3)).isEqualTo(String.valueOf(total));
            assertThat(m.group(4)).isEqualTo(String.valueOf(page));
            assertThat(m.group(5)).isEqualTo(String.valueOf(pages));
            seen.addAll(texts);
            nextPage();
        }
        List<String> all = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            all.add(PresentationScenes.text(i, words));
        }
        assertThat(seen).containsExactlyElementsOf(all);
    }

    @Test
    void twelveLongCardsShowInPagesOfWholeCards() {
        show(() -> scenes.revealed(12, 40));
        everyCardOnceInPages(12, 40);
    }

    @Test
    void twoHundredCardsShowInPagesOfWholeCards() {
        show(() -> scenes.revealed(200, 8));
        everyCardOnceInPages(200, 8);
    }

    @Test
    void aNewStepOrARevealGoesBackToPageOne() {
        show(() -> scenes.revealed(60, 8));
        nextPage();
        assertThat(pageLabel()).contains("page 2 of");
        interact(() -> scenes.privateStep(60, 30, 8));
        WaitForAsyncUtils.waitForFxEvents();
        interact(() -> scenes.revealed(60, 8));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(pageLabel()).contains("page 1 of");
        interact(() -> scenes.session().pages().previous());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(pageLabel()).as("no page before the first").contains("page 1 of");
    }

    @Test
    void aFewCardsShowOnOnePageWithoutAPageLabel() {
        show(() -> scenes.revealed(4, 6));
        assertThat(pageLabel()).isEmpty();
        assertThat(shownCardTexts()).hasSize(4);
        assertCardsInside();
    }

    @Test
    void aCardTallerThanTheScreenIsClampedWithAnEllipsisNotSliced() {
        show(() -> scenes.revealed(3, 320));
        assertCardsInside();
        List<String> shown = view.lookupAll(".presentation-card-text .text").stream()
                .map(n -> ((javafx.scene.text.Text) n).getText()).filter(t -> t.startsWith("Idea 0:")).toList();
        assertThat(shown).hasSize(1);
        assertThat(shown.get(0).strip()).endsWith("…");
    }
}
