package org.valuebench.ui.board;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.event.Event;
import javafx.scene.input.MouseDragEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.MouseButton;
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
import org.valuebench.ui.workbench.SaveStatus;
import org.valuebench.ui.workbench.ViewModelFixture;

/** Linking on the board: a card dragged onto another with Ctrl or Alt held links them; the links drawn as lines. */
class CardLinkingTest {
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
            Scene scene = new Scene(board, 1100, 800);
            scene.getRoot().getStyleClass().add("valuebench");
            scene.getStylesheets().add(Theme.STYLESHEET);
            stage = new Stage();
            stage.setX(0);
            stage.setY(0);
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

    private long add(Section section, String text) throws Exception {
        return onFx(() -> {
            fixture.workbench.addItem(section, text, null);
            return fixture.workbench.selectedItemIdProperty().get();
        });
    }

    private CardView card(Section section, long itemId) {
        return board.section(section).cards().stream().filter(c -> c.itemId() == itemId).findFirst().orElseThrow();
    }

    private boolean linked(long first, long second) {
        return fixture.shown().linkedTo(first).contains(second);
    }

    /**
     * A link drag from {@code from} released over {@code to}. Begun as Ctrl or Alt+drag begins it; the rest are the
     * events the platform sends. Not with the test robot: a full press-drag-release under the headless platform
     * leaves it believing the pointer is over this window, and a later test's drag and drop then fails.
     */
    private void linkDrag(CardView from, CardView to) throws Exception {
        onFx(() -> {
            board.cardDrags().startLink(from);
            Event.fireEvent(to, new MouseDragEvent(MouseDragEvent.MOUSE_DRAG_ENTERED, 5, 5, 5, 5, MouseButton.PRIMARY,
                    1, false, true, false, false, true, false, false, false, false, null, from));
            assertThat(to.getPseudoClassStates()).as("the target shows it").anyMatch(p -> p.getPseudoClassName()
                    .equals("link-target"));
            Event.fireEvent(to, new MouseDragEvent(MouseDragEvent.MOUSE_DRAG_RELEASED, 5, 5, 5, 5,
                    MouseButton.PRIMARY, 1, false, true, false, false, false, false, false, false, false, null, from));
            Event.fireEvent(from, new MouseEvent(MouseEvent.MOUSE_RELEASED, 5, 5, 5, 5, MouseButton.PRIMARY, 1,
                    false, true, false, false, false, false, false, false, false, false, null));
            return null;
        });
    }

    @Test
    void ctrlOrAltDragOntoACardOfTheOtherSideLinksThemAsOneUndoableStep() throws Exception {
        long feature = add(Section.FEATURES, "Free refills");
        long need = add(Section.NEEDS, "Coffee fast");
        long fear = add(Section.FEARS, "Cold coffee");

        linkDrag(card(Section.FEATURES, feature), card(Section.NEEDS, need));
        assertThat(linked(feature, need)).as("linked by a link drag").isTrue();
        assertThat(fixture.shown().item(feature).orElseThrow().section()).as("not moved").isEqualTo(Section.FEATURES);

        linkDrag(card(Section.FEARS, fear), card(Section.FEATURES, feature));
        assertThat(linked(feature, fear)).as("linked by a link drag from the customer side").isTrue();

        onFx(() -> {
            fixture.workbench.undo();
            return null;
        });
        assertThat(linked(feature, fear)).as("one undo takes the last link back").isFalse();
        assertThat(linked(feature, need)).isTrue();
    }

    @Test
    void aRefusedLinkSaysWhyInTheStatusBar() throws Exception {
        long feature = add(Section.FEATURES, "Free refills");
        long benefit = add(Section.BENEFITS, "Stay longer");
        long need = add(Section.NEEDS, "Coffee fast");

        linkDrag(card(Section.FEATURES, feature), card(Section.BENEFITS, benefit));
        assertThat(linked(feature, benefit)).isFalse();
        assertThat(fixture.shown().item(feature).orElseThrow().section()).isEqualTo(Section.FEATURES);
        SaveStatus status = fixture.workbench.statusProperty().get();
        assertThat(status.kind()).isEqualTo(SaveStatus.Kind.NOTICE);
        assertThat(status.text()).contains("offering").contains("customer");
        assertThat(fixture.shown().linkedTo(need)).isEmpty();
    }

    /** The link lines on the board, each as its two ends in scene coordinates. */
    private java.util.List<javafx.geometry.Point2D[]> lines() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        return onFx(() -> {
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
            return board.lookupAll(".link-line").stream().filter(javafx.scene.Node::isVisible)
                    .map(javafx.scene.shape.Line.class::cast)
                    .map(l -> new javafx.geometry.Point2D[] {l.localToScene(l.getStartX(), l.getStartY()),
                            l.localToScene(l.getEndX(), l.getEndY())})
                    .toList();
        });
    }

    /** Whether {@code p} lies on the outline of the card as drawn (within a pixel). */
    private static boolean onOutline(javafx.geometry.Point2D p, CardView card) {
        javafx.geometry.Bounds b = card.localToScene(card.getLayoutBounds());
        boolean inside = p.getX() >= b.getMinX() - 1 && p.getX() <= b.getMaxX() + 1
                && p.getY() >= b.getMinY() - 1 && p.getY() <= b.getMaxY() + 1;
        boolean edge = Math.abs(p.getX() - b.getMinX()) < 1 || Math.abs(p.getX() - b.getMaxX()) < 1
                || Math.abs(p.getY() - b.getMinY()) < 1 || Math.abs(p.getY() - b.getMaxY()) < 1;
        return inside && edge;
    }

    private void assertLinesJoin(CardView selected, CardView... others) throws Exception {
        var lines = lines();
        assertThat(lines).hasSize(others.length);
        for (CardView other : others) {
            assertThat(lines).as("a line from the selected card " + selected.localToScene(selected.getLayoutBounds())
                    + " to " + other.item().text() + " " + other.localToScene(other.getLayoutBounds()))
                    .anyMatch(l -> onOutline(l[0], selected) && onOutline(l[1], other)
                            || onOutline(l[1], selected) && onOutline(l[0], other));
        }
    }

    @Test
    void theSelectedCardsLinksAreDrawnAsLinesFollowingZoomAndOnlyWithFitMarksShown() throws Exception {
        long feature = add(Section.FEATURES, "Free refills");
        long need = add(Section.NEEDS, "Coffee fast");
        long fear = add(Section.FEARS, "Cold coffee");
        add(Section.WANTS, "Somewhere to sit");
        onFx(() -> {
            fixture.workbench.link(feature, need);
            fixture.workbench.link(feature, fear);
            fixture.workbench.select(0);
            return null;
        });
        assertThat(lines()).as("nothing selected").isEmpty();

        onFx(() -> {
            fixture.workbench.select(feature);
            return null;
        });
        assertLinesJoin(card(Section.FEATURES, feature), card(Section.NEEDS, need), card(Section.FEARS, fear));

        onFx(() -> {
            board.zoom().set(0.7);
            return null;
        });
        assertLinesJoin(card(Section.FEATURES, feature), card(Section.NEEDS, need), card(Section.FEARS, fear));

        onFx(() -> {
            fixture.workbench.select(need);
            return null;
        });
        assertLinesJoin(card(Section.NEEDS, need), card(Section.FEATURES, feature));

        onFx(() -> {
            board.showFitMarksProperty().set(false);
            return null;
        });
        assertThat(lines()).as("fit marks hidden").isEmpty();
    }
}
