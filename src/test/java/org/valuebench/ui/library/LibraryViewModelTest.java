package org.valuebench.ui.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuebench.app.workshop.WorkshopUseCases;
import org.valuebench.domain.CanvasSummary;
import org.valuebench.domain.workshop.WorkshopPlan;
import org.valuebench.ui.workbench.ViewModelFixture;

class LibraryViewModelTest {
    @TempDir
    Path dir;

    @Test
    void newCanvasesGetUnusedNamesAndTheNewOneIsShown() {
        try (ViewModelFixture f = new ViewModelFixture(dir.resolve("ws.db"))) {
            f.library.newCanvas();
            f.library.newCanvas();
            assertThat(f.library.canvases()).extracting(CanvasSummary::name)
                    .containsExactlyInAnyOrder("Untitled canvas", "Untitled canvas 2");
            assertThat(f.shown().canvas().name()).isEqualTo("Untitled canvas 2");
            assertThat(f.workbench.createdCanvasProperty().get()).isEqualTo(f.workbench.canvasId());
        }
    }

    @Test
    void searchFiltersByNameOrSegment() {
        try (ViewModelFixture f = new ViewModelFixture(dir.resolve("ws.db"))) {
            f.workbench.createCanvas("Corner café");
            f.workbench.updateCanvasInfo("Corner café", "Commuters", "Coffee to go", "");
            f.workbench.createCanvas("Discount store");
            f.workbench.updateCanvasInfo("Discount store", "Budget households", "", "");
            f.library.searchProperty().set("CAF");
            assertThat(f.library.canvases()).extracting(CanvasSummary::name).containsExactly("Corner café");
            f.library.searchProperty().set("budget");
            assertThat(f.library.canvases()).extracting(CanvasSummary::name).containsExactly("Discount store");
            f.library.searchProperty().set("  ");
            assertThat(f.library.canvases()).hasSize(2);
        }
    }

    @Test
    void deleteAsksFirstAndCanBeUndone() {
        try (ViewModelFixture f = new ViewModelFixture(dir.resolve("ws.db"))) {
            f.workbench.createCanvas("Keep me");
            f.dialogs.confirmations.push(false);
            f.library.delete();
            assertThat(f.dialogs.questions).singleElement().asString().contains("Keep me", "Undo");
            assertThat(f.workbench.library()).hasSize(1);

            f.dialogs.confirmations.push(true);
            f.library.delete();
            assertThat(f.workbench.library()).isEmpty();
            assertThat(f.workbench.canvas()).isEmpty();
            assertThat(f.workbench.undoTextProperty().get()).isEqualTo("Undo Delete canvas 'Keep me'");
            f.workbench.undo();
            assertThat(f.shown().canvas().name()).isEqualTo("Keep me");
        }
    }

    @Test
    void duplicatingACanvasWithAWorkshopSaysItsCardsAreCopiedNotItsWorkshopsAndTheLibraryDatesTheLastOne() {
        try (ViewModelFixture f = new ViewModelFixture(dir.resolve("ws.db"))) {
            f.workbench.createCanvas("Café");
            long cafe = f.workbench.canvasId();
            f.library.duplicate();
            assertThat(f.dialogs.questions).as("nothing to say without workshops").isEmpty();
            f.workbench.showCanvas(cafe);
            f.workbench.edit(s -> new WorkshopUseCases(s.current()).start(cafe, "Kick-off", WorkshopPlan.standard(),
                    List.of(), false).change(), null, e -> {
                        throw e;
                    });
            CanvasSummary summary = f.workbench.library().stream().filter(c -> c.id() == cafe).findFirst()
                    .orElseThrow();
            assertThat(LibraryView.detailText(summary, ZoneOffset.UTC)).isEqualTo("0 items · 0 links\nLast workshop"
                    + " 2026-03-04");

            f.dialogs.confirmations.push(false);
            f.library.duplicate();
            assertThat(f.dialogs.questions).singleElement().asString()
                    .contains("cards and fit links are copied", "not its workshop");
            assertThat(f.workbench.library()).hasSize(2);
            f.dialogs.confirmations.push(true);
            f.library.duplicate();
            assertThat(f.workbench.library()).hasSize(3);
            assertThat(f.shown().canvas().name()).startsWith("Café (copy");
        }
    }

    @Test
    void renameAndDuplicateActOnTheShownCanvas() {
        try (ViewModelFixture f = new ViewModelFixture(dir.resolve("ws.db"))) {
            f.workbench.createCanvas("Draft");
            f.dialogs.texts.push("Neighbourhood café");
            f.library.rename();
            assertThat(f.shown().canvas().name()).isEqualTo("Neighbourhood café");
            f.library.duplicate();
            assertThat(f.shown().canvas().name()).isEqualTo("Neighbourhood café (copy)");
            f.library.open(f.library.canvases().stream().filter(c -> c.name().equals("Neighbourhood café"))
                    .findFirst().orElseThrow());
            assertThat(f.shown().canvas().name()).isEqualTo("Neighbourhood café");
        }
    }
}
