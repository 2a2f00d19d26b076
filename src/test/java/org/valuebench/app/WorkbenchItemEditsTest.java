package org.valuebench.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuebench.domain.CanvasContent;
import org.valuebench.domain.ColourTag;
import org.valuebench.domain.FitLink;
import org.valuebench.domain.Item;
import org.valuebench.domain.Limits;
import org.valuebench.domain.Section;

class WorkbenchItemEditsTest {
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
    void addingAnItemFocusesItAndUndoRedoBringsBackTheSameId() {
        CanvasContent before = f.content();

        Change added = f.wb.addItem(f.canvas, Section.FEARS, "  Missing the train  ", -1);
        long id = added.focusItemId();
        Item stored = added.canvas().orElseThrow().item(id).orElseThrow();

        assertThat(stored.text()).isEqualTo("Missing the train");
        assertThat(stored.section()).isEqualTo(Section.FEARS);
        assertThat(added.undo().undoLabel()).contains("Add fears item");
        assertThat(f.wb.undo().canvas().orElseThrow().items()).isEqualTo(before.items());
        assertThat(f.wb.redo().canvas().orElseThrow().item(id)).contains(stored);
    }

    @Test
    void addingAtAnIndexShiftsLaterItemsAndUndoClosesTheGap() {
        CanvasContent before = f.content();

        long between = f.wb.addItem(f.canvas, Section.WANTS, "Quiet corner", 1).focusItemId();

        assertThat(texts(f.content(), Section.WANTS)).containsExactly("Calm", "Quiet corner", "Treat");
        assertThat(f.content().itemsIn(Section.WANTS)).extracting(Item::position).containsExactly(0, 1, 2);
        f.wb.undo();
        assertThat(f.content().items()).isEqualTo(before.items());
        f.wb.redo();
        assertThat(f.item(between).position()).isEqualTo(1);
        assertThat(texts(f.content(), Section.WANTS)).containsExactly("Calm", "Quiet corner", "Treat");
    }

    @Test
    void everyKindOfItemEditUndoesAndRedoesExactly() {
        List<UnaryOperator<Item>> edits = List.of(
                i -> i.withText("Order ahead in the app"),
                i -> i.withNotes("Pilot at two stations"),
                i -> i.withColour(ColourTag.GREEN),
                i -> i.withAuthor("Ann"),
                i -> i.withPromise(true, 5),
                i -> i.withPromise(true, 2));
        for (UnaryOperator<Item> edit : edits) {
            Item before = f.item(f.app);
            Item after = edit.apply(before);

            f.wb.updateItem(after);
            assertThat(f.item(f.app)).isEqualTo(after);
            f.wb.undo();
            assertThat(f.item(f.app)).isEqualTo(before);
            f.wb.redo();
            assertThat(f.item(f.app)).isEqualTo(after);
        }
        Item calm = f.item(f.calm);
        f.wb.updateItem(calm.withImportance(5));
        assertThat(f.item(f.calm).importance()).isEqualTo(5);
        assertThat(f.wb.undo().canvas().orElseThrow().item(f.calm)).contains(calm);
    }

    @Test
    void editLabelsSayWhatChanged() {
        Item app = f.item(f.app);
        assertThat(f.wb.updateItem(app.withText("Order ahead")).undo().undoLabel()).contains("Edit text");
        assertThat(f.wb.updateItem(f.item(f.app).withPromise(true, 4)).undo().undoLabel()).contains("Change promise");
        assertThat(f.wb.updateItem(f.item(f.calm).withImportance(1)).undo().undoLabel()).contains("Change importance");
        assertThat(f.wb.updateItem(f.item(f.calm).withNotes("n")).undo().undoLabel()).contains("Edit notes");
    }

    @Test
    void anEditChangesTheItemsContentButNeverItsPlace() {
        Item kiosk = f.item(f.kiosk);

        f.wb.updateItem(kiosk.at(Section.SUBSTITUTES, 3).withText("Station kiosk"));

        Item stored = f.item(f.kiosk);
        assertThat(stored.section()).isEqualTo(Section.COMPETITORS);
        assertThat(stored.position()).isZero();
        assertThat(stored.text()).isEqualTo("Station kiosk");
    }

    @Test
    void deletingALinkedOfferingItemAndUndoingRestoresItsIdPositionAndLinks() {
        CanvasContent before = f.content();

        CanvasContent afterDelete = f.wb.deleteItem(f.app).canvas().orElseThrow();

        assertThat(afterDelete.item(f.app)).isEmpty();
        assertThat(afterDelete.links()).containsExactly(new FitLink(f.card, f.treat), new FitLink(f.noQueue, f.coffee));
        assertThat(afterDelete.itemsIn(Section.FEATURES)).extracting(Item::text, Item::position)
                .containsExactly(tuple("Loyalty card", 0));
        CanvasContent undone = f.wb.undo().canvas().orElseThrow();
        assertThat(undone.items()).isEqualTo(before.items());
        assertThat(undone.links()).isEqualTo(before.links());
        assertThat(f.wb.redo().canvas().orElseThrow().items()).isEqualTo(afterDelete.items());
    }

    @Test
    void deletingACustomerItemAnsweredTwiceAndUndoingRestoresBothLinks() {
        CanvasContent before = f.content();

        f.wb.deleteItem(f.coffee);
        assertThat(f.content().links()).containsExactly(new FitLink(f.app, f.calm), new FitLink(f.card, f.treat));

        f.wb.undo();
        assertThat(f.content().items()).isEqualTo(before.items());
        assertThat(f.content().links()).isEqualTo(before.links());
    }

    @Test
    void movingWithinASectionAndAcrossTheGroupUndoesToTheExactPositions() {
        long quiet = f.add(Section.WANTS, "Quiet");
        CanvasContent before = f.content();

        f.wb.moveItem(quiet, Section.WANTS, 0);
        assertThat(texts(f.content(), Section.WANTS)).containsExactly("Quiet", "Calm", "Treat");
        f.wb.moveItem(f.calm, Section.FEARS, 0);
        assertThat(texts(f.content(), Section.WANTS)).containsExactly("Quiet", "Treat");
        assertThat(texts(f.content(), Section.FEARS)).containsExactly("Calm");
        assertThat(f.item(f.calm).importance()).isEqualTo(3);
        CanvasContent moved = f.content();

        f.wb.undo();
        f.wb.undo();
        assertThat(f.content().items()).isEqualTo(before.items());
        assertThat(f.content().links()).isEqualTo(before.links());
        f.wb.redo();
        f.wb.redo();
        assertThat(f.content().items()).isEqualTo(moved.items());
    }

    @Test
    void movingToASectionOfAnotherGroupTakesItsDefaultsDropsTheLinksAndUndoesAsOneStep() {
        f.wb.updateItem(f.item(f.app).withPromise(true, 5));
        f.wb.updateItem(f.item(f.calm).withImportance(5));
        CanvasContent before = f.content();

        Change moved = f.wb.moveItemToSection(f.app, Section.WANTS);
        Item app = f.item(f.app);
        assertThat(app.section()).isEqualTo(Section.WANTS);
        assertThat(texts(f.content(), Section.WANTS)).containsExactly("Calm", "Treat", "App");
        assertThat(texts(f.content(), Section.FEATURES)).containsExactly("Loyalty card");
        assertThat(app.promise()).isFalse();
        assertThat(app.promiseTarget()).isEqualTo(Limits.DEFAULT_PROMISE_TARGET);
        assertThat(app.importance()).isEqualTo(Limits.DEFAULT_IMPORTANCE);
        assertThat(f.content().linkedTo(f.app)).isEmpty();
        assertThat(f.content().links()).hasSize(before.links().size() - 2);
        assertThat(moved.undo().undoLabel()).contains("Move item to Wants");

        f.wb.undo();
        assertThat(f.content().items()).isEqualTo(before.items());
        assertThat(f.content().links()).containsExactlyInAnyOrderElementsOf(before.links());

        f.wb.moveItemToSection(f.calm, Section.COMPETITORS);
        assertThat(f.item(f.calm).importance()).isEqualTo(Limits.DEFAULT_IMPORTANCE);
        assertThat(texts(f.content(), Section.COMPETITORS)).containsExactly("Kiosk", "Calm");
        f.wb.undo();
        assertThat(f.item(f.calm).importance()).isEqualTo(5);
        assertThat(f.content().items()).isEqualTo(before.items());
        assertThat(f.content().links()).containsExactlyInAnyOrderElementsOf(before.links());
        f.wb.redo();
        assertThat(f.item(f.calm).section()).isEqualTo(Section.COMPETITORS);
    }

    @Test
    void movingToASectionOfTheSameGroupKeepsLinksAndImportance() {
        f.wb.updateItem(f.item(f.calm).withImportance(5));
        f.wb.moveItemToSection(f.calm, Section.FEARS);
        assertThat(f.item(f.calm).section()).isEqualTo(Section.FEARS);
        assertThat(f.item(f.calm).importance()).isEqualTo(5);
        assertThat(f.content().linkedTo(f.calm)).hasSize(1);
    }

    @Test
    void movingToAnotherGroupIsRefusedAndChangesNothing() {
        CanvasContent before = f.content();
        UndoState history = f.wb.undoState();

        assertThatThrownBy(() -> f.wb.moveItem(f.calm, Section.FEATURES, 0))
                .isInstanceOf(AppException.class)
                .hasMessage("Wants items can only move within Customer profile");
        assertThatThrownBy(() -> f.wb.moveItem(f.kiosk, Section.NEEDS, 0)).isInstanceOf(AppException.class);

        assertThat(f.content()).isEqualTo(before);
        assertThat(f.wb.undoState()).isEqualTo(history);
    }

    @Test
    void linksAreMadeInEitherOrderAndUndoRedoExactly() {
        Change linked = f.wb.link(f.treat, f.noQueue);

        assertThat(linked.canvas().orElseThrow().links()).contains(new FitLink(f.noQueue, f.treat));
        assertThat(linked.undo().undoLabel()).contains("Link items");
        f.wb.undo();
        assertThat(f.content().links()).doesNotContain(new FitLink(f.noQueue, f.treat)).hasSize(4);
        f.wb.redo();
        assertThat(f.content().links()).contains(new FitLink(f.noQueue, f.treat)).hasSize(5);

        f.wb.unlink(f.coffee, f.app);
        assertThat(f.content().links()).doesNotContain(new FitLink(f.app, f.coffee));
        f.wb.undo();
        assertThat(f.content().links()).contains(new FitLink(f.app, f.coffee));
    }

    @Test
    void aLinkJoinsAnOfferingItemToACustomerItemOnTheSameCanvasOnly() {
        long other = f.wb.createCanvas("Other").canvas().orElseThrow().canvas().id();
        long elsewhere = f.wb.addItem(other, Section.NEEDS, "Elsewhere", -1).focusItemId();
        UndoState history = f.wb.undoState();
        CanvasContent before = f.content();

        assertThatThrownBy(() -> f.wb.link(f.calm, f.coffee))
                .isInstanceOf(AppException.class)
                .hasMessageContaining("joins an offering item");
        assertThatThrownBy(() -> f.wb.link(f.app, f.noQueue)).isInstanceOf(AppException.class);
        assertThatThrownBy(() -> f.wb.link(f.app, f.kiosk)).isInstanceOf(AppException.class);
        assertThatThrownBy(() -> f.wb.link(f.app, elsewhere))
                .isInstanceOf(AppException.class)
                .hasMessage("Only items on the same canvas can be linked");
        assertThatThrownBy(() -> f.wb.link(f.app, 9_999))
                .isInstanceOf(AppException.class)
                .hasMessageContaining("no item with id 9999");

        assertThat(f.content()).isEqualTo(before);
        assertThat(f.wb.undoState()).isEqualTo(history);
    }

    @Test
    void anItemEditMarksTheCanvasAsChanged() {
        var updatedBefore = f.content().canvas().updated();

        f.wb.updateItem(f.item(f.calm).withText("Calm minute"));

        assertThat(f.content().canvas().updated()).isAfter(updatedBefore);
    }

    private static List<String> texts(CanvasContent content, Section section) {
        return content.itemsIn(section).stream().map(Item::text).toList();
    }
}
