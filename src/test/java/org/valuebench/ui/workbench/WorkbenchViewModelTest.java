package org.valuebench.ui.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuebench.app.Workbench;
import org.valuebench.app.Workbenches;
import org.valuebench.app.workspace.WorkspaceLocation;
import org.valuebench.domain.CanvasSummary;
import org.valuebench.domain.Item;
import org.valuebench.domain.Section;
import org.valuebench.store.OlderWorkspace;

class WorkbenchViewModelTest {
    @TempDir
    Path dir;

    @Test
    void opensANewWorkspaceEmptyAndReady() {
        try (ViewModelFixture f = new ViewModelFixture(dir.resolve("new.db"))) {
            assertThat(f.workbench.phaseProperty().get()).isEqualTo(WorkbenchViewModel.Phase.READY);
            assertThat(f.workbench.library()).isEmpty();
            assertThat(f.workbench.canvas()).isEmpty();
            assertThat(f.workbench.titleProperty().get()).isEqualTo(f.title("ValueBench"));
            assertThat(f.workbench.statusProperty().get().text()).startsWith("All changes saved");
            assertThat(f.workbench.canUndoProperty().get()).isFalse();
        }
    }

    @Test
    @Tag("sqlite-only") // the upgrade of an older workspace file and the copy kept beside it
    void saysWhileItOpensThatAnOlderWorkspaceIsUpgradedAndWhereTheCopyIs() throws Exception {
        Path file = OlderWorkspace.atSchema(dir.resolve("old.db"), 4);
        WorkbenchViewModel model = new WorkbenchViewModel(new ImmediateRunner(),
                (location, upgrading) -> Workbenches.open(location.file(), true, ViewModelFixture.CLOCK, upgrading),
                new ScriptedDialogs(), ViewModelFixture.CLOCK);
        List<String> shown = new ArrayList<>();
        model.openingTitleProperty().addListener((obs, was, now) -> shown.add(now));
        model.openingDetailProperty().addListener((obs, was, now) -> shown.add(now));
        model.statusProperty().addListener((obs, was, now) -> shown.add(now.text()));
        assertThat(model.openingTitleProperty().get()).isEqualTo("Opening workspace…");

        model.open(new WorkspaceLocation(file, false));
        String copy;
        try (Stream<Path> files = Files.list(dir)) {
            copy = files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("old.db.before-migration-"))
                    .findFirst().orElseThrow();
        }
        assertThat(shown).containsExactly("Opening old.db…",
                "Upgrading old.db for this version of ValueBench…",
                "This happens once; with much feedback it can take a minute.\nThe file as it was is kept beside it as "
                        + copy + ".",
                "Upgrading old.db (a copy as it was: " + copy + ")…",
                "All changes saved · 10:15");
        assertThat(model.phaseProperty().get()).isEqualTo(WorkbenchViewModel.Phase.READY);
        model.close();

        shown.clear();
        WorkbenchViewModel again = new WorkbenchViewModel(new ImmediateRunner(),
                (location, upgrading) -> Workbenches.open(location.file(), true, ViewModelFixture.CLOCK, upgrading),
                new ScriptedDialogs(), ViewModelFixture.CLOCK);
        again.openingTitleProperty().addListener((obs, was, now) -> shown.add(now));
        again.open(new WorkspaceLocation(file, false));
        assertThat(shown).as("an upgraded file opens without a word about it").isEmpty();
        again.close();
    }

    @Test
    void addsItemsWithUndoLabelsAndCommitsEveryStep() {
        Path file = dir.resolve("ws.db");
        try (ViewModelFixture f = new ViewModelFixture(file)) {
            f.workbench.createCanvas("Café");
            assertThat(f.workbench.titleProperty().get()).isEqualTo(f.title("ValueBench — Café"));
            f.workbench.addItem(Section.NEEDS, "  Good coffee ", null);
            Item need = f.shown().itemsIn(Section.NEEDS).get(0);
            assertThat(need.text()).isEqualTo("Good coffee");
            assertThat(f.workbench.selectedItemIdProperty().get()).isEqualTo(need.id());
            assertThat(f.workbench.undoTextProperty().get()).isEqualTo("Undo Add needs item");
            assertThat(f.workbench.fitProperty().get().unanswered()).extracting(Item::id).containsExactly(need.id());

            f.workbench.undo();
            assertThat(f.shown().items()).isEmpty();
            assertThat(f.workbench.selectedItemIdProperty().get()).isZero();
            assertThat(f.workbench.redoTextProperty().get()).isEqualTo("Redo Add needs item");
            ViewModelFixture.inDatabase(file, wb -> assertThat(wb.canvas(f.workbench.canvasId()).items()).isEmpty());

            f.workbench.redo();
            assertThat(f.shown().itemsIn(Section.NEEDS)).extracting(Item::text).containsExactly("Good coffee");
            assertThat(f.workbench.canRedoProperty().get()).isFalse();
            ViewModelFixture.inDatabase(file, wb -> assertThat(wb.canvas(f.workbench.canvasId()).items())
                    .extracting(Item::text).containsExactly("Good coffee"));
        }
    }

    @Test
    void blankTextAddsNothing() {
        try (ViewModelFixture f = new ViewModelFixture(dir.resolve("ws.db"))) {
            f.workbench.createCanvas("C");
            f.workbench.addItem(Section.WANTS, "   ", null);
            assertThat(f.shown().items()).isEmpty();
            assertThat(f.workbench.undoTextProperty().get()).isEqualTo("Undo New canvas");
        }
    }

    @Test
    void aRefusedEditIsShownAsAnErrorAndChangesNothing() {
        try (ViewModelFixture f = new ViewModelFixture(dir.resolve("ws.db"))) {
            f.workbench.createCanvas("C");
            boolean[] restored = {false};
            f.workbench.addItem(Section.FEARS, "x".repeat(2001), () -> restored[0] = true);
            assertThat(f.shown().items()).isEmpty();
            assertThat(restored[0]).isTrue();
            assertThat(f.dialogs.errors).singleElement().asString().contains("2001", "2000");
            assertThat(f.workbench.statusProperty().get().kind()).isEqualTo(SaveStatus.Kind.ERROR);

            f.workbench.addItem(Section.FEARS, "Burnt beans", null);
            assertThat(f.workbench.statusProperty().get().kind()).isEqualTo(SaveStatus.Kind.SAVED);
        }
    }

    @Test
    void refusesAMoveToAnotherGroup() {
        try (ViewModelFixture f = new ViewModelFixture(dir.resolve("ws.db"))) {
            f.workbench.createCanvas("C");
            f.workbench.addItem(Section.FEATURES, "Oat milk", null);
            Item feature = f.shown().items().get(0);
            f.workbench.moveItem(feature.id(), Section.NEEDS, 0);
            assertThat(f.shown().items().get(0).section()).isEqualTo(Section.FEATURES);
            assertThat(f.dialogs.errors).singleElement().asString().contains("Features", "Offering");
        }
    }

    @Test
    void editsMergeIntoTheFreshestItem() {
        try (ViewModelFixture f = new ViewModelFixture(dir.resolve("ws.db"))) {
            f.workbench.createCanvas("C");
            f.workbench.addItem(Section.NEEDS, "Quick service", null);
            long id = f.shown().items().get(0).id();
            f.workbench.editItem(id, i -> i.withImportance(5), null);
            f.workbench.editItem(id, i -> i.withText("Very quick service"), null);
            Item item = f.shown().items().get(0);
            assertThat(item.importance()).isEqualTo(5);
            assertThat(item.text()).isEqualTo("Very quick service");
            assertThat(f.workbench.undoTextProperty().get()).isEqualTo("Undo Edit text");
        }
    }

    @Test
    void deletingTheShownCanvasShowsAnotherAndUndoBringsItBack() {
        try (ViewModelFixture f = new ViewModelFixture(dir.resolve("ws.db"))) {
            f.workbench.createCanvas("First");
            f.workbench.createCanvas("Second");
            long second = f.workbench.canvasId();
            f.workbench.deleteCanvas(second);
            assertThat(f.shown().canvas().name()).isEqualTo("First");
            assertThat(f.workbench.library()).extracting(CanvasSummary::name).containsExactly("First");
            f.workbench.undo();
            assertThat(f.workbench.library()).extracting(CanvasSummary::name).contains("First", "Second");
            assertThat(f.shown().canvas().name()).isEqualTo("Second");
        }
    }

    @Test
    void reopensOnTheCanvasShownLast() {
        Path file = dir.resolve("ws.db");
        long first;
        try (ViewModelFixture f = new ViewModelFixture(file)) {
            f.workbench.createCanvas("First");
            first = f.workbench.canvasId();
            f.workbench.createCanvas("Second");
            f.workbench.showCanvas(first);
            assertThat(f.shown().canvas().name()).isEqualTo("First");
        }
        try (ViewModelFixture again = new ViewModelFixture(file)) {
            assertThat(again.workbench.canvasId()).isEqualTo(first);
            assertThat(again.workbench.library()).hasSize(2);
            assertThat(again.workbench.canUndoProperty().get()).isFalse();
        }
    }

    @Test
    @Tag("sqlite-only") // a foreign file refused by its header; a team workspace's foreign tables are store tests
    void refusesAForeignFileNamingItLeavesItUntouchedAndOpensAnother() throws IOException {
        Path foreign = dir.resolve("notes.db");
        byte[] bytes = "Meeting notes, not a workspace.\n".repeat(20).getBytes(StandardCharsets.UTF_8);
        Files.write(foreign, bytes);
        try (ViewModelFixture f = new ViewModelFixture(foreign)) {
            assertThat(f.workbench.phaseProperty().get()).isEqualTo(WorkbenchViewModel.Phase.REFUSED);
            assertThat(f.workbench.refusalProperty().get()).contains(foreign.toString());
            assertThat(f.workbench.statusProperty().get().kind()).isEqualTo(SaveStatus.Kind.ERROR);
            assertThat(Files.readAllBytes(foreign)).isEqualTo(bytes);

            Path good = dir.resolve("good.db");
            f.dialogs.files.push(good);
            f.workbench.chooseNewWorkspace();
            assertThat(f.workbench.phaseProperty().get()).isEqualTo(WorkbenchViewModel.Phase.READY);
            assertThat(f.workbench.workspaceFileProperty().get()).isEqualTo(good);
            assertThat(f.workbench.refusalProperty().get()).isEmpty();
        }
    }

    @Test
    @Tag("sqlite-only") // the workspace refused on the way is a foreign file, and "already open" is the file's lock
    void switchesWorkspacesAndKeepsTheOpenOneWhenTheOtherIsRefused() throws IOException {
        Path first = dir.resolve("first.db");
        try (ViewModelFixture f = new ViewModelFixture(first)) {
            f.workbench.createCanvas("In first");
            Path foreign = dir.resolve("foreign.db");
            Files.writeString(foreign, "not a database at all, just text".repeat(10));
            f.dialogs.files.push(foreign);
            f.workbench.chooseWorkspaceToOpen();
            assertThat(f.dialogs.errors).singleElement().asString().contains(foreign.toString());
            assertThat(f.workbench.workspaceFileProperty().get()).isEqualTo(first);
            assertThat(f.shown().canvas().name()).isEqualTo("In first");

            f.dialogs.files.push(first);
            f.workbench.chooseNewWorkspace();
            assertThat(f.dialogs.errors).hasSize(2).last().asString().contains("already open");

            Path second = dir.resolve("second.db");
            f.dialogs.files.push(second);
            f.workbench.chooseNewWorkspace();
            assertThat(f.workbench.workspaceFileProperty().get()).isEqualTo(second);
            assertThat(f.workbench.library()).isEmpty();
            assertThat(f.workbench.titleProperty().get()).isEqualTo(f.title("ValueBench"));

            f.dialogs.files.push(first);
            f.workbench.chooseNewWorkspace();
            assertThat(f.dialogs.errors).hasSize(3).last().asString().contains("already exists");
            f.dialogs.files.push(first);
            f.workbench.chooseWorkspaceToOpen();
            assertThat(f.shown().canvas().name()).isEqualTo("In first");
        }
    }

    @Test
    @Tag("sqlite-only") // one window per file is the file's lock; a team workspace has many windows by design
    void aSecondWindowOnTheSameFileIsRefusedWithAClearMessage() {
        Path file = dir.resolve("shared.db");
        try (ViewModelFixture first = new ViewModelFixture(file);
             ViewModelFixture second = new ViewModelFixture(file)) {
            assertThat(first.workbench.phaseProperty().get()).isEqualTo(WorkbenchViewModel.Phase.READY);
            assertThat(second.workbench.phaseProperty().get()).isEqualTo(WorkbenchViewModel.Phase.REFUSED);
            assertThat(second.workbench.refusalProperty().get()).contains(file.toString(), "already open");
        }
    }

    @Test
    void closingStopsTheRunnerAndIgnoresLaterCommands() {
        ViewModelFixture f = new ViewModelFixture(dir.resolve("ws.db"));
        f.workbench.close();
        assertThat(f.runner.shutDown).isTrue();
        f.workbench.createCanvas("too late");
        assertThat(f.workbench.library()).isEmpty();
    }

    @Test
    void moveToSectionSaysWhatChangesAsksBeforeDroppingLinksAndUndoesAsOneStep() {
        try (ViewModelFixture f = new ViewModelFixture(dir.resolve("ws.db"))) {
            f.workbench.createCanvas("Café");
            f.workbench.addItem(Section.WANTS, "Calm", null);
            long calm = f.workbench.selectedItemIdProperty().get();
            f.workbench.addItem(Section.FEATURES, "App", null);
            long app = f.workbench.selectedItemIdProperty().get();
            f.workbench.editItem(app, i -> i.withPromise(true, 5), null);
            f.workbench.link(app, calm);

            f.dialogs.confirmations.add(false);
            f.workbench.moveToSection(app, Section.NEEDS);
            assertThat(f.dialogs.questions).last().asString()
                    .contains("Features", "Needs", "no longer a promise (target 5)", "default importance 3",
                            "1 fit link");
            assertThat(f.shown().item(app).orElseThrow().section()).isEqualTo(Section.FEATURES);

            f.dialogs.confirmations.add(true);
            f.workbench.moveToSection(app, Section.NEEDS);
            Item moved = f.shown().item(app).orElseThrow();
            assertThat(moved.section()).isEqualTo(Section.NEEDS);
            assertThat(moved.promise()).isFalse();
            assertThat(f.shown().linkedTo(app)).isEmpty();
            assertThat(f.workbench.undoTextProperty().get()).isEqualTo("Undo Move item to Needs");
            f.workbench.undo();
            assertThat(f.shown().item(app).orElseThrow().promiseTarget()).isEqualTo(5);
            assertThat(f.shown().linkedTo(app)).containsExactly(calm);

            // Without links nothing is lost for good: it moves at once and says what changed.
            int asked = f.dialogs.questions.size();
            f.workbench.addItem(Section.NEEDS, "Coffee", null);
            long coffee = f.workbench.selectedItemIdProperty().get();
            f.workbench.moveToSection(coffee, Section.COMPETITORS);
            assertThat(f.dialogs.questions).hasSize(asked);
            assertThat(f.shown().item(coffee).orElseThrow().section()).isEqualTo(Section.COMPETITORS);
            assertThat(f.workbench.statusProperty().get().text()).contains("Needs", "Competitors", "importance");
        }
    }
}
