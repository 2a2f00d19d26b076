package org.valuebench.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuebench.domain.CanvasSummary;
import org.valuebench.domain.Section;

class WorkbenchQueriesTest {
    @TempDir
    Path dir;

    @Test
    void resolvesACanvasByIdOrByItsNameIgnoringCase() {
        try (WorkbenchFixture f = WorkbenchFixture.withCafe(dir)) {
            long tea = f.wb.createCanvas("Tea room").canvas().orElseThrow().canvas().id();

            assertThat(f.wb.resolve(Long.toString(tea)).canvas().name()).isEqualTo("Tea room");
            assertThat(f.wb.resolve(" tea ROOM ").canvas().id()).isEqualTo(tea);
            assertThat(f.wb.resolve("CAFÉ").canvas().id()).isEqualTo(f.canvas);
        }
    }

    @Test
    void aNumberThatIsNoIdIsTriedAsANameAndAnIdWinsOverANumericName() {
        try (WorkbenchFixture f = WorkbenchFixture.withCafe(dir)) {
            long named2026 = f.wb.createCanvas("2026").canvas().orElseThrow().canvas().id();
            long namedOne = f.wb.createCanvas(Long.toString(f.canvas)).canvas().orElseThrow().canvas().id();

            assertThat(f.wb.resolve("2026").canvas().id()).isEqualTo(named2026);
            assertThat(f.wb.resolve(Long.toString(f.canvas)).canvas().id()).isEqualTo(f.canvas).isNotEqualTo(namedOne);
        }
    }

    @Test
    void resolvesTheIdAloneAsResolveFindsTheCanvas() {
        try (WorkbenchFixture f = WorkbenchFixture.withCafe(dir)) {
            long named2026 = f.wb.createCanvas("2026").canvas().orElseThrow().canvas().id();
            f.wb.createCanvas(Long.toString(f.canvas));

            assertThat(f.wb.resolveId(Long.toString(f.canvas))).isEqualTo(f.canvas);
            assertThat(f.wb.resolveId(" café ")).isEqualTo(f.canvas);
            assertThat(f.wb.resolveId("2026")).isEqualTo(named2026);
            assertThatThrownBy(() -> f.wb.resolveId("Tea room")).isInstanceOf(AppException.class)
                    .hasMessage("No canvas is called or numbered 'Tea room' in " + f.wb.where()
                            + "; 'valuebench list' shows the canvases");
            assertThatThrownBy(() -> f.wb.resolveId("404")).isInstanceOf(AppException.class);
        }
    }

    @Test
    void anAmbiguousNameIsRefusedNamingTheIds() {
        try (WorkbenchFixture f = WorkbenchFixture.withCafe(dir)) {
            long second = f.wb.createCanvas("café").canvas().orElseThrow().canvas().id();

            assertThatThrownBy(() -> f.wb.resolve("Café"))
                    .isInstanceOf(AppException.class)
                    .hasMessage("2 canvases are called 'Café'; name one by its id: [" + f.canvas + ", " + second + "]");
        }
    }

    @Test
    void aMissingCanvasIsRefusedNamingTheFile() {
        try (WorkbenchFixture f = WorkbenchFixture.withCafe(dir)) {
            assertThatThrownBy(() -> f.wb.resolve("Tea room"))
                    .isInstanceOf(AppException.class)
                    .hasMessage("No canvas is called or numbered 'Tea room' in " + f.wb.where()
                            + "; 'valuebench list' shows the canvases");
            assertThatThrownBy(() -> f.wb.resolve("404")).isInstanceOf(AppException.class);
            assertThatThrownBy(() -> f.wb.canvas(404)).isInstanceOf(AppException.class)
                    .hasMessage("There is no canvas with id 404");
            assertThat(f.wb.findCanvas(404)).isEmpty();
        }
    }

    @Test
    void remembersTheLastCanvasAcrossRestartsUntilItIsDeleted() {
        long canvas;
        try (WorkbenchFixture f = WorkbenchFixture.withCafe(dir)) {
            assertThat(f.wb.windowMemory().lastCanvas()).isEmpty();
            f.wb.windowMemory().rememberLastCanvas(f.canvas);
            assertThat(f.wb.windowMemory().lastCanvas()).contains(f.canvas);
            canvas = f.canvas;
        }
        try (Workbench reopened = TestWorkbenches.open(dir.resolve("ws.db"), false, new TickingClock(Instant.EPOCH))) {
            assertThat(reopened.windowMemory().lastCanvas()).contains(canvas);
            reopened.deleteCanvas(canvas);
            assertThat(reopened.windowMemory().lastCanvas()).isEmpty();
            reopened.undo();
            assertThat(reopened.windowMemory().lastCanvas()).contains(canvas);
        }
    }

    @Test
    void theLibraryCountsItemsPerGroupPromisesAndLinks() {
        try (WorkbenchFixture f = WorkbenchFixture.withCafe(dir)) {
            f.wb.updateItem(f.item(f.app).withPromise(true, 5));
            f.add(Section.SUBSTITUTES, "Coffee at home");

            assertThat(f.wb.library()).containsExactly(new CanvasSummary(f.canvas, "Café", "",
                    f.content().canvas().updated(), 3, 3, 2, 1, 4, Optional.empty()));
            assertThat(f.wb.library().get(0).items()).isEqualTo(8);
        }
    }

    @Test
    void showGivesTheCommittedStateWithoutAddingHistory() {
        try (WorkbenchFixture f = WorkbenchFixture.withCafe(dir)) {
            UndoState state = f.wb.undoState();

            Change shown = f.wb.show(f.canvas);

            assertThat(shown.canvas()).contains(f.content());
            assertThat(shown.focusItemId()).isZero();
            assertThat(shown.undo()).isEqualTo(state);
            assertThat(f.wb.show(404).canvas()).isEmpty();
        }
    }
}
