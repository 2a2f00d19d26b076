package org.valuebench.ui.board;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.event.Event;
import javafx.scene.Scene;
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
import org.valuebench.domain.Item;
import org.valuebench.domain.Section;
import org.valuebench.ui.shell.Theme;
import org.valuebench.ui.workbench.ViewModelFixture;

/** Editing on the real board: keys on a card, the add fields' focus order, the fit marks. */
class BoardEditingTest {
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

    private long add(Section section, String text) {
        fixture.workbench.addItem(section, text, null);
        return fixture.workbench.selectedItemIdProperty().get();
    }

    private CardView card(Section section, long itemId) {
        return board.section(section).cards().stream().filter(c -> c.itemId() == itemId).findFirst().orElseThrow();
    }

    private static void press(javafx.scene.Node target, KeyCode code, boolean shift) {
        Event.fireEvent(target, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, shift, false, false, false));
    }

    private Item stored(long itemId) {
        return fixture.shown().item(itemId).orElseThrow();
    }

    @Test
    void digitKeysRateTheImportanceOfACustomerCardAndTheTargetOfAPromiseAsOneUndoableEdit() throws Exception {
        onFx(() -> {
            long need = add(Section.NEEDS, "Coffee fast");
            CardView card = card(Section.NEEDS, need);
            card.requestFocus();
            press(card, KeyCode.DIGIT5, false);
            assertThat(stored(need).importance()).isEqualTo(5);
            press(card(Section.NEEDS, need), KeyCode.NUMPAD1, false);
            assertThat(stored(need).importance()).isEqualTo(1);
            fixture.workbench.undo();
            assertThat(stored(need).importance()).isEqualTo(5);

            long feature = add(Section.FEATURES, "Free refills");
            press(card(Section.FEATURES, feature), KeyCode.DIGIT2, false);
            assertThat(stored(feature).promise()).isFalse();
            assertThat(stored(feature).promiseTarget()).isEqualTo(Item.draft(1, Section.FEATURES, "x").promiseTarget());
            fixture.details.changePromise(true);
            press(card(Section.FEATURES, feature), KeyCode.DIGIT2, false);
            assertThat(stored(feature).promiseTarget()).isEqualTo(2);
            fixture.workbench.undo();
            assertThat(stored(feature).promiseTarget()).isNotEqualTo(2);
            return null;
        });
    }

    @Test
    void tabFromAnAddFieldGoesDownTheColumnThenOnToTheNextAndShiftTabBack() throws Exception {
        List<Section> columns = List.of(Section.FEATURES, Section.BENEFITS, Section.EXPERIENCE, Section.WANTS,
                Section.NEEDS, Section.FEARS, Section.COMPETITORS, Section.SUBSTITUTES);
        onFx(() -> {
            board.section(Section.FEATURES).addField().requestFocus();
            List<Section> forward = new ArrayList<>(List.of(Section.FEATURES));
            for (int i = 1; i < columns.size(); i++) {
                press(stage.getScene().getFocusOwner(), KeyCode.TAB, false);
                forward.add(sectionOfFocusedField());
            }
            assertThat(forward).containsExactlyElementsOf(columns);
            List<Section> backward = new ArrayList<>(List.of(Section.SUBSTITUTES));
            for (int i = 1; i < columns.size(); i++) {
                press(stage.getScene().getFocusOwner(), KeyCode.TAB, true);
                backward.add(sectionOfFocusedField());
            }
            List<Section> reversed = new ArrayList<>(columns);
            java.util.Collections.reverse(reversed);
            assertThat(backward).containsExactlyElementsOf(reversed);
            return null;
        });
    }

    private Section sectionOfFocusedField() {
        javafx.scene.Node focused = stage.getScene().getFocusOwner();
        for (Section s : Section.values()) {
            if (board.section(s).addField() == focused) {
                return s;
            }
        }
        return null;
    }

    @Test
    void fitMarksFollowViewShowFitMarks() throws Exception {
        onFx(() -> {
            assertThat(board.showFitMarksProperty().get()).isTrue();
            long need = add(Section.NEEDS, "Coffee fast");
            long feature = add(Section.FEATURES, "Free refills");
            assertThat(marked(card(Section.NEEDS, need), CardView.UNANSWERED, "marker-unanswered")).isTrue();
            assertThat(marked(card(Section.FEATURES, feature), CardView.FLUFF, "marker-fluff")).isTrue();

            board.showFitMarksProperty().set(false);
            assertThat(marked(card(Section.NEEDS, need), CardView.UNANSWERED, "marker-unanswered")).isFalse();
            assertThat(marked(card(Section.FEATURES, feature), CardView.FLUFF, "marker-fluff")).isFalse();
            long fear = add(Section.FEARS, "Cold coffee"); // a card added while hidden shows none either
            assertThat(marked(card(Section.FEARS, fear), CardView.UNANSWERED, "marker-unanswered")).isFalse();

            board.showFitMarksProperty().set(true);
            assertThat(marked(card(Section.NEEDS, need), CardView.UNANSWERED, "marker-unanswered")).isTrue();
            assertThat(marked(card(Section.FEARS, fear), CardView.UNANSWERED, "marker-unanswered")).isTrue();
            assertThat(marked(card(Section.FEATURES, feature), CardView.FLUFF, "marker-fluff")).isTrue();
            return null;
        });
    }

    /** Whether the card shows the mark: its outline (pseudo-class) and its badge. */
    private static boolean marked(CardView card, javafx.css.PseudoClass mark, String badgeClass) {
        boolean badge = card.lookupAll("." + badgeClass).stream().anyMatch(javafx.scene.Node::isVisible);
        assertThat(card.getPseudoClassStates().contains(mark)).isEqualTo(badge);
        return badge;
    }

    @Test
    void ctrlMAndTheContextMenuMoveACardToAnySection() throws Exception {
        onFx(() -> {
            long feature = add(Section.FEATURES, "Free refills");
            CardView card = card(Section.FEATURES, feature);
            card.requestFocus();
            Event.fireEvent(card, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.M, false, true, false, false));
            javafx.scene.control.ContextMenu menu = board.cardMenu();
            assertThat(menu.isShowing()).isTrue();
            List<String> labels = menu.getItems().stream().filter(i -> !i.isDisable() && !(i instanceof javafx.scene.control.SeparatorMenuItem))
                    .map(javafx.scene.control.MenuItem::getText).toList();
            assertThat(labels).containsExactly("Wants", "Needs", "Fears", "Benefits", "Experience", "Competitors",
                    "Substitutes");
            menu.getItems().stream().filter(i -> "Wants".equals(i.getText())).findFirst().orElseThrow().fire();
            menu.hide();
            assertThat(stored(feature).section()).isEqualTo(Section.WANTS);

            CardView moved = card(Section.WANTS, feature);
            Event.fireEvent(moved, new javafx.scene.input.ContextMenuEvent(
                    javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, 10, 10, 10, 10, false, null));
            assertThat(board.cardMenu().isShowing()).isTrue();
            assertThat(board.cardMenu().getItems().stream().map(javafx.scene.control.MenuItem::getText))
                    .contains("Features").doesNotContain("Wants");
            board.cardMenu().hide();
            return null;
        });
    }
}
