package org.valuebench.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuebench.domain.CanvasContent;
import org.valuebench.domain.Item;
import org.valuebench.domain.Section;

class WorkbenchHistoryTest {
    @TempDir
    Path dir;

    @Test
    void theHistoryKeepsOnlyTheNewestEditsUpToItsLimit() {
        try (WorkbenchFixture f = new WorkbenchFixture(dir.resolve("ws.db"), 3)) {
            f.canvas = f.wb.createCanvas("Limits").canvas().orElseThrow().canvas().id();
            for (String text : List.of("one", "two", "three", "four")) {
                f.add(Section.WANTS, text);
            }

            assertThat(f.wb.undo().undo().undoLabel()).isPresent();
            assertThat(f.wb.undo().undo().undoLabel()).isPresent();
            Change third = f.wb.undo();
            assertThat(third.undo().canUndo()).isFalse();
            assertThat(texts(f.content())).containsExactly("one");

            Change nothingLeft = f.wb.undo();
            assertThat(nothingLeft.canvas()).isEmpty();
            assertThat(texts(f.content())).as("the oldest edits fell off and stay done").containsExactly("one");
            assertThat(f.wb.findCanvas(f.canvas)).isPresent();
            assertThat(nothingLeft.undo().redoLabel()).contains("Add wants item");
        }
    }

    @Test
    void aNewEditClearsTheRedoStack() {
        try (WorkbenchFixture f = WorkbenchFixture.withCafe(dir)) {
            f.wb.updateItem(f.item(f.calm).withText("Calm minute"));
            assertThat(f.wb.undo().undo().canRedo()).isTrue();

            Change edit = f.wb.updateItem(f.item(f.treat).withText("Small treat"));

            assertThat(edit.undo().canRedo()).isFalse();
            Change redo = f.wb.redo();
            assertThat(redo.canvas()).isEmpty();
            assertThat(f.item(f.calm).text()).isEqualTo("Calm");
        }
    }

    @Test
    void undoAndRedoWithNothingToDoChangeNothing() {
        try (WorkbenchFixture f = new WorkbenchFixture(dir.resolve("ws.db"), 10)) {
            Change undo = f.wb.undo();
            Change redo = f.wb.redo();

            assertThat(undo.undo()).isEqualTo(UndoState.EMPTY);
            assertThat(redo.undo()).isEqualTo(UndoState.EMPTY);
            assertThat(undo.canvas()).isEmpty();
            assertThat(undo.library()).isEmpty();
        }
    }

    @Test
    void anEditThatChangesNothingAddsNoHistoryEntryAndKeepsRedo() {
        try (WorkbenchFixture f = WorkbenchFixture.withCafe(dir)) {
            f.wb.updateItem(f.item(f.calm).withText("Calm minute"));
            f.wb.undo();
            UndoState state = f.wb.undoState();
            CanvasContent before = f.content();
            Item last = f.content().itemsIn(Section.WANTS).get(1);

            f.wb.updateItem(f.item(f.treat));
            f.wb.updateItem(f.item(f.treat).withText("  Treat "));
            f.wb.renameCanvas(f.canvas, " Café ");
            f.wb.updateCanvasInfo(f.canvas, "Café", "", "", "");
            f.wb.moveItem(f.treat, Section.WANTS, 1);
            f.wb.moveItem(last.id(), Section.WANTS, 99);
            f.wb.link(f.app, f.calm);
            f.wb.link(f.calm, f.app);
            f.wb.unlink(f.card, f.coffee);

            assertThat(f.wb.undoState()).isEqualTo(state);
            assertThat(state.redoLabel()).contains("Edit text");
            assertThat(f.content()).isEqualTo(before);
        }
    }

    @Test
    void undoLabelsNameTheEdit() {
        try (WorkbenchFixture f = WorkbenchFixture.withCafe(dir)) {
            assertThat(f.wb.undoState().undoLabel()).contains("Link items");
            assertThat(f.wb.moveItem(f.treat, Section.WANTS, 0).undo().undoLabel()).contains("Reorder item");
            assertThat(f.wb.moveItem(f.treat, Section.FEARS, 0).undo().undoLabel()).contains("Move item to Fears");
            assertThat(f.wb.deleteItem(f.kiosk).undo().undoLabel()).contains("Delete item");
            assertThat(f.wb.unlink(f.app, f.calm).undo().undoLabel()).contains("Unlink items");
            assertThat(f.wb.duplicateCanvas(f.canvas).undo().undoLabel()).contains("Duplicate canvas");
            assertThat(f.wb.undo().undo().redoLabel()).contains("Duplicate canvas");
        }
    }

    @Test
    void everyEditUndoAndRedoIsCommittedToTheFile() {
        CanvasContent expected;
        long canvas;
        try (WorkbenchFixture f = WorkbenchFixture.withCafe(dir)) {
            f.wb.deleteItem(f.app);
            f.wb.updateItem(f.item(f.calm).withImportance(5));
            f.wb.undo();
            f.wb.undo();
            f.wb.redo();
            expected = f.content();
            canvas = f.canvas;
        }
        try (Workbench reopened = TestWorkbenches.open(dir.resolve("ws.db"), false, new TickingClock(WorkbenchFixture.START))) {
            assertThat(reopened.canvas(canvas)).isEqualTo(expected);
            assertThat(reopened.undoState()).as("history is per session").isEqualTo(UndoState.EMPTY);
        }
    }

    private static List<String> texts(CanvasContent content) {
        return content.itemsIn(Section.WANTS).stream().map(Item::text).toList();
    }
}
