package org.valuebench.ui.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuebench.app.EditConflictException;
import org.valuebench.app.TestWorkbenches;
import org.valuebench.app.Workbench;
import org.valuebench.app.Workbenches;
import org.valuebench.app.workspace.WorkspaceLocation;
import org.valuebench.domain.Item;
import org.valuebench.domain.Section;

/**
 * The window's side of a refused edit: the dialog is asked with both versions, "Keep mine" writes mine over the
 * colleague's as an edit of its own (undo brings theirs back), "Keep theirs" writes nothing and shows theirs.
 */
class EditConflictChoiceTest {
    @TempDir
    Path dir;

    private WorkbenchViewModel window(Path file, ScriptedDialogs dialogs) {
        // In the team run the colleague's change is also heard on the listening thread; its report waits (as it would
        // for the JavaFX thread), so the window still shows the old row when the edit is made, as on a file.
        WorkbenchViewModel model = new WorkbenchViewModel(new QueuedReportsRunner(),
                (location, upgrading) -> TestWorkbenches.open(location.file(), false, ViewModelFixture.CLOCK, upgrading),
                dialogs, ViewModelFixture.CLOCK, RecentWorkspaces.inMemory(), System.getenv(), new ManualTicker());
        model.open(new WorkspaceLocation(file, false));
        return model;
    }

    /** The window shows an item; a colleague (a second workbench on the file) changes its text. */
    private long itemChangedByAColleague(Path file, WorkbenchViewModel model) {
        model.createCanvas("Shop");
        model.addItem(Section.FEATURES, "Fast checkout", null);
        long id = model.canvas().orElseThrow().itemsIn(Section.FEATURES).get(0).id();
        try (Workbench colleague = TestWorkbenches.open(file, false, ViewModelFixture.CLOCK)) {
            Item seen = colleague.show(model.canvasId()).canvas().orElseThrow().item(id).orElseThrow();
            colleague.updateItem(seen.withText("Checkout in one tap").withNotes("from the colleague"));
        }
        return id;
    }

    @Test
    void keepMineWritesMineOverTheColleaguesVersionAsAnUndoableEdit() {
        Path file = dir.resolve("mine.db");
        ScriptedDialogs dialogs = new ScriptedDialogs();
        dialogs.versionChoices.push(VersionChoice.KEEP_MINE);
        WorkbenchViewModel model = window(file, dialogs);
        long id = itemChangedByAColleague(file, model);

        model.editItem(id, item -> item.withText("Checkout without queues"), null);

        assertThat(dialogs.conflicts).singleElement().satisfies(conflict -> {
            assertThat(conflict.mine(Item.class).text()).isEqualTo("Checkout without queues");
            assertThat(conflict.theirs(Item.class).text()).isEqualTo("Checkout in one tap");
            assertThat(conflict.fields()).filteredOn(EditConflictException.Field::differs)
                    .extracting(EditConflictException.Field::label).containsExactly("Text");
        });
        assertThat(dialogs.errors).isEmpty();
        Item shown = model.canvas().orElseThrow().item(id).orElseThrow();
        // Mine was made on the freshest row, so the colleague's notes stay: only what I changed is mine.
        assertThat(shown).extracting(Item::text, Item::notes).containsExactly("Checkout without queues", "from the colleague");
        ViewModelFixture.inDatabase(file, wb -> assertThat(wb.canvas(model.canvasId()).item(id).orElseThrow().text())
                .isEqualTo("Checkout without queues"));
        assertThat(model.undoTextProperty().get()).isEqualTo("Undo Edit text");

        model.undo();
        assertThat(model.canvas().orElseThrow().item(id).orElseThrow().text()).isEqualTo("Checkout in one tap");
        model.close();
    }

    @Test
    void keepTheirsWritesNothingShowsTheirsAndSaysWhereMineWent() {
        Path file = dir.resolve("theirs.db");
        ScriptedDialogs dialogs = new ScriptedDialogs();
        dialogs.versionChoices.push(VersionChoice.KEEP_THEIRS);
        WorkbenchViewModel model = window(file, dialogs);
        long id = itemChangedByAColleague(file, model);
        String undoBefore = model.undoTextProperty().get();

        model.editItem(id, item -> item.withText("Checkout without queues"), null);

        assertThat(dialogs.conflicts).hasSize(1);
        assertThat(dialogs.errors).isEmpty();
        assertThat(model.canvas().orElseThrow().item(id).orElseThrow().text()).isEqualTo("Checkout in one tap");
        ViewModelFixture.inDatabase(file, wb -> assertThat(wb.canvas(model.canvasId()).item(id).orElseThrow().text())
                .isEqualTo("Checkout in one tap"));
        assertThat(model.undoTextProperty().get()).isEqualTo(undoBefore);
        assertThat(model.statusProperty().get().text()).contains("Kept your colleague's version")
                .contains("'Checkout in one tap'").contains("yours was not saved");

        // The window now shows theirs, so the next edit is made from it and lands without a question.
        model.editItem(id, item -> item.withNotes("agreed"), null);
        assertThat(dialogs.conflicts).hasSize(1);
        assertThat(model.canvas().orElseThrow().item(id).orElseThrow().notes()).isEqualTo("agreed");
        model.close();
    }
}
