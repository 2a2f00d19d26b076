package org.valuebench.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuebench.domain.Canvas;
import org.valuebench.domain.CanvasContent;
import org.valuebench.domain.CanvasSummary;
import org.valuebench.domain.FitLink;
import org.valuebench.domain.Item;
import org.valuebench.domain.Limits;

class WorkbenchCanvasEditsTest {
    @TempDir
    Path dir;
    private WorkbenchFixture f;

    @BeforeEach
    void open() {
        f = WorkbenchFixture.withCafe(dir);
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void creatingACanvasUndoesAndRedoesWithTheSameId() {
        Change created = f.wb.createCanvas("  Tea room ");
        Canvas tea = created.canvas().orElseThrow().canvas();

        assertThat(tea.name()).isEqualTo("Tea room");
        assertThat(created.library()).extracting(CanvasSummary::name).containsExactly("Café", "Tea room");
        Change undone = f.wb.undo();
        assertThat(undone.canvas()).isEmpty();
        assertThat(undone.library()).extracting(CanvasSummary::name).containsExactly("Café");
        Change redone = f.wb.redo();
        assertThat(redone.canvas().orElseThrow().canvas()).isEqualTo(tea);
    }

    @Test
    void renamingAndEditingTheHeaderUndoAndRedoExactly() {
        Canvas original = f.content().canvas();

        Change renamed = f.wb.renameCanvas(f.canvas, "Café at the station");
        assertThat(renamed.undo().undoLabel()).contains("Rename canvas");
        Canvas afterRename = f.content().canvas();
        assertThat(afterRename.updated()).isAfter(original.updated());

        Change edited = f.wb.updateCanvasInfo(f.canvas, "Café at the station", "Commuters", "Espresso bar", "Notes");
        assertThat(edited.undo().undoLabel()).contains("Edit canvas details");
        Canvas afterEdit = f.content().canvas();
        assertThat(afterEdit).extracting(Canvas::segment, Canvas::offering, Canvas::notes)
                .containsExactly("Commuters", "Espresso bar", "Notes");

        assertThat(f.wb.undo().canvas().orElseThrow().canvas()).isEqualTo(afterRename);
        assertThat(f.wb.undo().canvas().orElseThrow().canvas()).isEqualTo(original);
        assertThat(f.wb.redo().canvas().orElseThrow().canvas()).isEqualTo(afterRename);
        assertThat(f.wb.redo().canvas().orElseThrow().canvas()).isEqualTo(afterEdit);
    }

    @Test
    void deletingACanvasAndUndoingRestoresItExactlyIdsPositionsAndLinksIncluded() {
        long other = f.wb.createCanvas("Other").canvas().orElseThrow().canvas().id();
        CanvasContent before = f.content();

        Change deleted = f.wb.deleteCanvas(f.canvas);

        assertThat(deleted.canvas()).isEmpty();
        assertThat(deleted.library()).extracting(CanvasSummary::id).containsExactly(other);
        assertThat(deleted.undo().undoLabel()).contains("Delete canvas 'Café'");
        assertThat(f.wb.findCanvas(f.canvas)).isEmpty();
        Change undone = f.wb.undo();
        assertThat(undone.canvas()).contains(before);
        assertThat(f.wb.canvas(f.canvas)).isEqualTo(before);
        f.wb.redo();
        assertThat(f.wb.findCanvas(f.canvas)).isEmpty();
    }

    @Test
    void duplicatingCopiesEveryItemUnderNewIdsWithTheLinksRemapped() {
        Item app = f.item(f.app);
        f.wb.updateItem(app.withPromise(true, 5).withNotes("Pilot").withAuthor("Ann"));
        CanvasContent original = f.content();

        Change duplicated = f.wb.duplicateCanvas(f.canvas);
        CanvasContent copy = duplicated.canvas().orElseThrow();

        assertThat(copy.canvas().id()).isNotEqualTo(f.canvas);
        assertThat(copy.canvas().name()).isEqualTo("Café (copy)");
        assertThat(copy.items()).hasSameSizeAs(original.items());
        Set<Long> originalIds = original.itemsById().keySet();
        assertThat(copy.items()).isNotEmpty().allSatisfy(i -> {
            assertThat(originalIds).doesNotContain(i.id());
            assertThat(i.canvasId()).isEqualTo(copy.canvas().id());
        });
        assertThat(copy.items()).extracting(Item::section, Item::position, Item::text, Item::notes, Item::author,
                Item::importance, Item::promise, Item::promiseTarget)
                .isEqualTo(original.items().stream().map(i -> tuple(i.section(), i.position(), i.text(), i.notes(),
                        i.author(), i.importance(), i.promise(), i.promiseTarget())).toList());
        assertThat(linksByText(copy)).isEqualTo(linksByText(original)).hasSize(4);
        assertThat(copy.links()).allSatisfy(l -> assertThat(copy.item(l.offeringItemId())).isPresent());
        assertThat(f.content()).isEqualTo(original);

        f.wb.undo();
        assertThat(f.wb.findCanvas(copy.canvas().id())).isEmpty();
        assertThat(f.wb.redo().canvas()).contains(copy);
    }

    @Test
    void theCopyOfALongNameStaysWithinTheLimitAndStillSaysCopy() {
        String longName = "é" + "🚀".repeat(Limits.MAX_NAME - 1);
        long id = f.wb.createCanvas(longName).canvas().orElseThrow().canvas().id();

        String copyName = f.wb.duplicateCanvas(id).canvas().orElseThrow().canvas().name();

        assertThat(copyName).endsWith("🚀 (copy)");
        assertThat(copyName.codePointCount(0, copyName.length())).isEqualTo(Limits.MAX_NAME);
        assertThat(copyName.codePoints()).as("no half of a surrogate pair").noneMatch(cp -> cp >= 0xD800 && cp <= 0xDFFF);
        assertThat(CanvasCommands.copyName("Short")).isEqualTo("Short (copy)");
    }

    private static Set<List<String>> linksByText(CanvasContent content) {
        Map<Long, Item> items = content.itemsById();
        Set<List<String>> pairs = new HashSet<>();
        for (FitLink link : content.links()) {
            pairs.add(List.of(items.get(link.offeringItemId()).text(), items.get(link.customerItemId()).text()));
        }
        return pairs;
    }
}
