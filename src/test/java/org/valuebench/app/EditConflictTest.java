package org.valuebench.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuebench.domain.Canvas;
import org.valuebench.domain.Item;
import org.valuebench.domain.Section;
import org.valuebench.store.TeamServer;
import org.valuebench.store.TestPostgres;

/**
 * Two people on one workspace: an edit made from an older read of a row is refused with both versions, and the
 * colleague's change is what stays stored. Two workbenches on one team database (and on one file, or in the
 * team run one database, through {@link TestWorkbenches}).
 */
class EditConflictTest {
    private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");

    @TempDir
    Path dir;

    @Test
    void editsOfDifferentItemsBothLandAndAnEditOfTheSameItemFromAnOlderReadIsRefusedWithBothVersions() {
        Path file = dir.resolve("shared.db");
        try (Workbench anna = TestWorkbenches.open(file, false, new TickingClock(T0));
             Workbench ben = TestWorkbenches.open(file, false, new TickingClock(T0))) {
            long canvas = anna.createCanvas("Shop").canvas().orElseThrow().canvas().id();
            long checkout = anna.addItem(canvas, Section.FEATURES, "Fast checkout", -1).focusItemId();
            long returns = anna.addItem(canvas, Section.FEATURES, "Free returns", -1).focusItemId();
            Item annaSees = anna.show(canvas).canvas().orElseThrow().item(checkout).orElseThrow();
            Item benSees = ben.show(canvas).canvas().orElseThrow().item(checkout).orElseThrow();
            Item benSeesReturns = ben.show(canvas).canvas().orElseThrow().item(returns).orElseThrow();

            anna.updateItem(annaSees.withText("Checkout in one tap"));

            assertThatThrownBy(() -> ben.updateItem(benSees.withText("Checkout without queues")))
                    .isInstanceOfSatisfying(EditConflictException.class, conflict -> {
                        assertThat(conflict.mine(Item.class).text()).isEqualTo("Checkout without queues");
                        assertThat(conflict.theirs(Item.class).text()).isEqualTo("Checkout in one tap");
                        assertThat(conflict.getMessage()).contains("'Checkout in one tap'")
                                .contains("since you read it").contains("nothing was saved");
                    });
            ben.updateItem(benSeesReturns.withText("Free returns for a year"));
            List<Item> stored = anna.canvas(canvas).items();
            assertThat(stored).extracting(Item::text).containsExactly("Checkout in one tap", "Free returns for a year");
            // Once Ben has been shown Anna's text, his next edit is made from it and lands.
            ben.show(canvas);
            ben.updateItem(ben.canvas(canvas).item(checkout).orElseThrow().withNotes("Ben agrees"));
            assertThat(anna.canvas(canvas).item(checkout).orElseThrow())
                    .extracting(Item::text, Item::notes).containsExactly("Checkout in one tap", "Ben agrees");
        }
    }

    @Test
    void aRenameFromAnOlderReadOfTheCanvasIsRefusedButAnItemEditDoesNotMakeItOne() {
        Path file = dir.resolve("canvas.db");
        try (Workbench anna = TestWorkbenches.open(file, false, new TickingClock(T0));
             Workbench ben = TestWorkbenches.open(file, false, new TickingClock(T0))) {
            long canvas = anna.createCanvas("Shop").canvas().orElseThrow().canvas().id();
            ben.show(canvas);
            // Anna's card edit marks the canvas changed; Ben's rename is still made from the canvas he saw.
            anna.addItem(canvas, Section.NEEDS, "Short queues", -1);
            ben.renameCanvas(canvas, "Corner shop");
            anna.show(canvas);
            anna.updateCanvasInfo(canvas, "Corner shop", "Commuters", "", "");
            assertThatThrownBy(() -> ben.updateCanvasInfo(canvas, "Corner shop", "Families", "", ""))
                    .isInstanceOfSatisfying(EditConflictException.class, conflict -> {
                        assertThat(conflict.mine(Canvas.class).segment()).isEqualTo("Families");
                        assertThat(conflict.theirs(Canvas.class)).extracting(Canvas::name, Canvas::segment)
                                .containsExactly("Corner shop", "Commuters");
                    });
            assertThat(ben.canvas(canvas).canvas()).extracting(Canvas::name, Canvas::segment)
                    .containsExactly("Corner shop", "Commuters");

            // Keep mine: written over theirs as an edit of its own, whose undo brings theirs back.
            EditConflictException conflict = catchConflict(() -> ben.updateCanvasInfo(canvas, "Corner shop", "Families",
                    "", ""));
            assertThat(ben.keepMine(conflict).canvas().orElseThrow().canvas().segment()).isEqualTo("Families");
            assertThat(anna.canvas(canvas).canvas().segment()).isEqualTo("Families");
            assertThat(ben.undo().canvas().orElseThrow().canvas().segment()).isEqualTo("Commuters");
        }
    }

    @Test
    void concurrentEditsOfTheSameItemOnATeamWorkspaceGiveExactlyOneRefusalAndNoLostUpdate() throws Exception {
        TeamServer server = TestPostgres.newDatabase("conflict");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (Workbench anna = Workbenches.openTeam(server, null, new TickingClock(T0));
             Workbench ben = Workbenches.openTeam(server, null, new TickingClock(T0))) {
            long canvas = anna.createCanvas("Shop").canvas().orElseThrow().canvas().id();
            long checkout = anna.addItem(canvas, Section.FEATURES, "Fast checkout", -1).focusItemId();
            long returns = anna.addItem(canvas, Section.FEATURES, "Free returns", -1).focusItemId();
            for (int round = 0; round < 10; round++) {
                Item annaSees = anna.show(canvas).canvas().orElseThrow().item(checkout).orElseThrow();
                Item benSees = ben.show(canvas).canvas().orElseThrow().item(checkout).orElseThrow();
                Item benSeesReturns = ben.canvas(canvas).item(returns).orElseThrow();
                CyclicBarrier start = new CyclicBarrier(2);
                String note = "note " + round;
                String annaText = "Anna " + round;
                String benText = "Ben " + round;
                Future<Object> annas = pool.submit(() -> {
                    start.await();
                    return attempt(() -> anna.updateItem(annaSees.withText(annaText)));
                });
                Future<Object> bens = pool.submit(() -> {
                    start.await();
                    return attempt(() -> ben.updateItem(benSees.withText(benText)));
                });
                List<Object> outcomes = new ArrayList<>(List.of(annas.get(30, TimeUnit.SECONDS),
                        bens.get(30, TimeUnit.SECONDS)));
                assertThat(outcomes).filteredOn(EditConflictException.class::isInstance).hasSize(1);
                EditConflictException refused = (EditConflictException) outcomes.stream()
                        .filter(EditConflictException.class::isInstance).findFirst().orElseThrow();
                String stored = anna.canvas(canvas).item(checkout).orElseThrow().text();
                assertThat(refused.theirs(Item.class).text()).isEqualTo(stored);
                assertThat(refused.mine(Item.class).text()).isNotEqualTo(stored).isIn(annaText, benText);

                // Different items at the same moment: both land.
                Item annaSeesNow = anna.show(canvas).canvas().orElseThrow().item(checkout).orElseThrow();
                CyclicBarrier again = new CyclicBarrier(2);
                Future<Object> one = pool.submit(() -> {
                    again.await();
                    return attempt(() -> anna.updateItem(annaSeesNow.withNotes(note)));
                });
                Future<Object> two = pool.submit(() -> {
                    again.await();
                    return attempt(() -> ben.updateItem(ben.show(canvas).canvas().orElseThrow().item(returns)
                            .orElseThrow().withNotes(note)));
                });
                assertThat(one.get(30, TimeUnit.SECONDS)).isInstanceOf(Change.class);
                assertThat(two.get(30, TimeUnit.SECONDS)).isInstanceOf(Change.class);
                assertThat(anna.canvas(canvas).items()).extracting(Item::notes).containsOnly(note);
                assertThat(benSeesReturns.id()).isEqualTo(returns);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static EditConflictException catchConflict(java.util.function.Supplier<Change> edit) {
        Object outcome = attempt(edit);
        assertThat(outcome).isInstanceOf(EditConflictException.class);
        return (EditConflictException) outcome;
    }

    private static Object attempt(java.util.function.Supplier<Change> edit) {
        try {
            return edit.get();
        } catch (EditConflictException e) {
            return e;
        }
    }
}
