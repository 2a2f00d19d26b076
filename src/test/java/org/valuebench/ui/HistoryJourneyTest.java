package org.valuebench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.valuebench.app.history.HistoryUseCases;
import org.valuebench.domain.Section;
import org.valuebench.domain.history.CanvasVersion;
import org.valuebench.ui.board.CanvasBoard;
import org.valuebench.ui.board.CardView;
import org.valuebench.ui.workbench.DatabaseThread;
import org.valuebench.ui.workbench.ScriptedDialogs;

/**
 * A canvas's history in the real window: edit, save a version, edit more (add a card, delete one), compare the
 * version with now (the added card marked added, the deleted one shown removed), restore the version, and undo
 * the restore (the later edits are back). Versions are saved through the use case until the history panel exists.
 */
class HistoryJourneyTest extends FxRobot {
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

    private CanvasBoard board() {
        return lookup("#canvasBoard").queryAs(CanvasBoard.class);
    }

    private List<String> cardTexts(Section section) {
        try {
            return WaitForAsyncUtils.asyncFx(() -> board().section(section).cards().stream()
                    .map(c -> c.item().text()).toList()).get();
        } catch (InterruptedException | ExecutionException e) {
            throw new AssertionError(e);
        }
    }

    private void addByTyping(Section section, String text) {
        settle();
        Node field = lookup("#add-" + section.name()).query();
        interact(() -> board().reveal(field));
        clickOn(field).write(text).type(KeyCode.ENTER);
        settle();
    }

    private void deleteCard(String text) {
        CardView card = lookup(".card").queryAllAs(CardView.class).stream()
                .filter(c -> c.item().text().equals(text) && c.getScene() != null && c.isVisible()).findFirst()
                .orElseThrow(() -> new AssertionError("no card '" + text + "' on the board"));
        interact(() -> board().reveal(card));
        clickOn(card).type(KeyCode.DELETE);
        settle();
    }

    private Node compareCard(String text) {
        return lookup("#compareBoard .card").queryAll().stream()
                .filter(n -> n.lookup(".card-text") instanceof Label l && l.getText().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no card " + text + " on the compare board"));
    }

    private <T> T onDatabase(java.util.function.Function<HistoryUseCases, T> work) {
        Object[] result = new Object[1];
        interact(() -> window.model().onDatabase(s -> work.apply(new HistoryUseCases(s.current())),
                r -> result[0] = r, e -> { throw e; }));
        settle();
        @SuppressWarnings("unchecked")
        T value = (T) result[0];
        return value;
    }

    @Test
    void saveEditCompareRestoreAndUndoTheRestore() throws Exception {
        database = new DatabaseThread(Platform::runLater);
        window = JourneyWindows.show(dir.resolve("history.db"), database, dialogs);
        settle();
        interact(() -> window.model().createCanvas("Corner shop"));
        settle();
        long canvas = window.model().canvasId();

        addByTyping(Section.NEEDS, "Fresh bread");
        addByTyping(Section.NEEDS, "Open late");
        addByTyping(Section.FEATURES, "Bakery corner");
        CanvasVersion saved = onDatabase(h -> h.save(canvas, "Before the board meeting"));

        addByTyping(Section.NEEDS, "Parking");
        deleteCard("Open late");
        assertThat(cardTexts(Section.NEEDS)).containsExactly("Fresh bread", "Parking");

        interact(() -> window.compare().compare(canvas, saved.id(), 0));
        settle();
        assertThat(dialogs.errors).isEmpty();
        assertThat(lookup("#compareTitle").queryAs(Label.class).getText())
                .isEqualTo("Comparing version " + saved.number() + " 'Before the board meeting' with now — 2 changes");
        assertThat(compareCard("Parking").getStyleClass()).contains("compare-added");
        assertThat(compareCard("Open late").getStyleClass()).contains("compare-removed");
        assertThat(compareCard("Fresh bread").getStyleClass()).doesNotContain("compare-added", "compare-removed");
        clickOn("#compareClose");
        settle();

        interact(() -> window.model().edit(s -> new HistoryUseCases(s.current()).restore(saved.id()), c -> { },
                e -> { throw e; }));
        settle();
        assertThat(cardTexts(Section.NEEDS)).containsExactly("Fresh bread", "Open late");
        assertThat(onDatabase(h -> h.versions(canvas)).stream().map(CanvasVersion::name).toList())
                .as("the restore kept the state before it").hasSizeGreaterThan(1);

        clickOn("#canvasBoard");
        press(KeyCode.CONTROL).press(KeyCode.Z).release(KeyCode.Z).release(KeyCode.CONTROL);
        settle();
        assertThat(cardTexts(Section.NEEDS)).containsExactly("Fresh bread", "Parking");
        assertThat(dialogs.errors).isEmpty();
    }
}
