package org.valuebench.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuebench.domain.Canvas;
import org.valuebench.domain.Item;
import org.valuebench.domain.Section;

/**
 * Undo undoes only the user's own edits: over a colleague's later change of the same thing it refuses with a
 * message and leaves the undo and redo stacks as they were. Two workbenches on one file (one database in the
 * team run).
 */
class UndoOverColleagueTest {
    private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");

    @TempDir
    Path dir;
    private Workbench anna;
    private Workbench ben;
    private long canvas;
    private long checkout;
    private long returns;

    @BeforeEach
    void open() {
        Path file = dir.resolve("shared.db");
        anna = TestWorkbenches.open(file, false, new TickingClock(T0));
        ben = TestWorkbenches.open(file, false, new TickingClock(T0));
        canvas = anna.createCanvas("Shop").canvas().orElseThrow().canvas().id();
        checkout = anna.addItem(canvas, Section.FEATURES, "Fast checkout", -1).focusItemId();
        returns = anna.addItem(canvas, Section.FEATURES, "Free returns", -1).focusItemId();
    }

    @AfterEach
    void close() {
        ben.close();
        anna.close();
    }

    private Item shownTo(Workbench who, long item) {
        return who.show(canvas).canvas().orElseThrow().item(item).orElseThrow();
    }

    @Test
    void undoOverAColleaguesLaterChangeOfTheSameItemIsRefusedAndChangesNothing() {
        anna.updateItem(shownTo(anna, checkout).withText("Checkout in one tap"));
        ben.updateItem(shownTo(ben, checkout).withNotes("Ben: and with the loyalty card"));
        UndoState before = anna.undoState();

        assertThatThrownBy(anna::undo).isInstanceOf(AppException.class)
                .hasMessage("Someone else changed 'Checkout in one tap' after your edit; undo would overwrite it."
                        + " Your edit stays.");

        assertThat(anna.undoState()).isEqualTo(before);
        assertThat(anna.canvas(canvas).item(checkout).orElseThrow())
                .extracting(Item::text, Item::notes).containsExactly("Checkout in one tap", "Ben: and with the loyalty card");
    }

    @Test
    void ownEditsUndoAsBeforeAlsoAroundAColleaguesChangeOfAnotherItem() {
        anna.updateItem(shownTo(anna, checkout).withText("Checkout in one tap"));
        anna.moveItem(checkout, Section.FEATURES, 1);
        ben.updateItem(shownTo(ben, returns).withText("Free returns for a year"));
        anna.updateItem(shownTo(anna, checkout).withNotes("mine"));

        anna.undo();
        anna.undo();
        anna.undo();
        assertThat(anna.canvas(canvas).items()).extracting(Item::text, Item::notes)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Fast checkout", ""),
                        org.assertj.core.groups.Tuple.tuple("Free returns for a year", ""));
        anna.redo();
        anna.redo();
        anna.redo();
        assertThat(anna.canvas(canvas).item(checkout).orElseThrow())
                .extracting(Item::text, Item::notes, Item::position).containsExactly("Checkout in one tap", "mine", 1);
    }

    @Test
    void redoOverAColleaguesChangeMadeAfterTheUndoIsRefusedToo() {
        anna.updateItem(shownTo(anna, checkout).withText("Checkout in one tap"));
        anna.undo();
        ben.updateItem(shownTo(ben, checkout).withText("Checkout at every till"));
        UndoState before = anna.undoState();

        assertThatThrownBy(anna::redo).isInstanceOf(AppException.class)
                .hasMessage("Someone else changed 'Checkout at every till' after your undo; redo would overwrite it."
                        + " Your undo stays.");
        assertThat(anna.undoState()).isEqualTo(before);
        assertThat(anna.canvas(canvas).item(checkout).orElseThrow().text()).isEqualTo("Checkout at every till");
    }

    @Test
    void undoOfAMoveOverAColleaguesEditOfThatCardIsRefused() {
        anna.moveItem(checkout, Section.FEATURES, 1);
        ben.updateItem(shownTo(ben, checkout).withText("Checkout at every till"));

        assertThatThrownBy(anna::undo).isInstanceOf(AppException.class)
                .hasMessageContaining("'Checkout at every till' after your edit; undo would overwrite it");
        assertThat(anna.canvas(canvas).item(checkout).orElseThrow())
                .extracting(Item::text, Item::position).containsExactly("Checkout at every till", 1);
        assertThat(anna.undoState().undoLabel()).contains("Reorder item");
    }

    @Test
    void undoOfARenameOverAColleaguesLaterChangeOfTheCanvasDetailsIsRefused() {
        anna.renameCanvas(canvas, "Corner shop");
        ben.show(canvas);
        ben.updateCanvasInfo(canvas, "Corner shop", "Commuters", "", "");

        assertThatThrownBy(anna::undo).isInstanceOf(AppException.class)
                .hasMessage("Someone else changed the details of the canvas 'Corner shop' after your edit; undo would"
                        + " overwrite them. Your edit stays.");
        assertThat(anna.canvas(canvas).canvas()).extracting(Canvas::name, Canvas::segment)
                .containsExactly("Corner shop", "Commuters");
        assertThat(anna.undoState().undoLabel()).contains("Rename canvas");
    }
}
