package org.valuebench.ui.details;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuebench.domain.ColourTag;
import org.valuebench.domain.FitLink;
import org.valuebench.domain.Item;
import org.valuebench.domain.Section;
import org.valuebench.ui.workbench.ViewModelFixture;

class DetailsViewModelTest {
    @TempDir
    Path dir;

    private long add(ViewModelFixture f, Section section, String text) {
        f.workbench.addItem(section, text, null);
        return f.workbench.selectedItemIdProperty().get();
    }

    @Test
    void showsTheSelectedItemAndCommitsEachFieldAsOneEdit() {
        Path file = dir.resolve("ws.db");
        try (ViewModelFixture f = new ViewModelFixture(file)) {
            f.workbench.createCanvas("Café");
            long need = add(f, Section.NEEDS, "Coffee fast");
            assertThat(f.details.itemSelectedProperty().get()).isTrue();
            assertThat(f.details.textProperty().get()).isEqualTo("Coffee fast");
            assertThat(f.details.importanceProperty().get()).isEqualTo(3);

            f.details.textProperty().set("Coffee in two minutes");
            f.details.commitText();
            f.details.changeImportance(5);
            f.details.notesProperty().set("From the March survey");
            f.details.commitNotes();
            f.details.authorProperty().set("Ana");
            f.details.commitAuthor();
            f.details.changeColour(ColourTag.GREEN);
            Item stored = f.shown().item(need).orElseThrow();
            assertThat(stored.text()).isEqualTo("Coffee in two minutes");
            assertThat(stored.importance()).isEqualTo(5);
            assertThat(stored.notes()).isEqualTo("From the March survey");
            assertThat(stored.author()).isEqualTo("Ana");
            assertThat(stored.colour()).isEqualTo(ColourTag.GREEN);
            assertThat(f.workbench.undoTextProperty().get()).isEqualTo("Undo Change colour");

            f.workbench.undo();
            assertThat(f.details.item().orElseThrow().colour()).isEqualTo(ColourTag.NONE);
            f.workbench.undo();
            assertThat(f.details.authorProperty().get()).isEmpty();
            ViewModelFixture.inDatabase(file, wb -> assertThat(wb.canvas(f.workbench.canvasId()).item(need)
                    .orElseThrow().notes()).isEqualTo("From the March survey"));
        }
    }

    @Test
    void movesTheSelectedItemToAnySectionAndOffersEverySectionButItsOwn() {
        try (ViewModelFixture f = new ViewModelFixture(dir.resolve("ws.db"))) {
            f.workbench.createCanvas("C");
            long feature = add(f, Section.FEATURES, "Free refills");
            assertThat(f.details.moveTargets()).hasSize(Section.values().length - 1).doesNotContain(Section.FEATURES);
            f.details.moveToSection(Section.NEEDS);
            assertThat(f.shown().item(feature).orElseThrow().section()).isEqualTo(Section.NEEDS);
            assertThat(f.details.item().orElseThrow().section()).isEqualTo(Section.NEEDS);
            assertThat(f.details.moveTargets()).contains(Section.FEATURES).doesNotContain(Section.NEEDS);
            f.workbench.undo();
            assertThat(f.shown().item(feature).orElseThrow().section()).isEqualTo(Section.FEATURES);
        }
    }

    @Test
    void theLinkFilterStartsEmptyForEachCardButSurvivesARefreshOfTheSameCard() {
        try (ViewModelFixture f = new ViewModelFixture(dir.resolve("ws.db"))) {
            f.workbench.createCanvas("C");
            long want = add(f, Section.WANTS, "Feel welcome");
            long feature = add(f, Section.FEATURES, "Free refills");
            f.details.linkSearchProperty().set("welc");
            assertThat(f.details.candidates()).hasSize(1);
            f.details.changeColour(ColourTag.GREEN); // a refresh of the same card keeps the filter
            assertThat(f.details.linkSearchProperty().get()).isEqualTo("welc");
            f.workbench.select(want);
            assertThat(f.details.linkSearchProperty().get()).isEmpty();
            f.workbench.select(feature);
            assertThat(f.details.linkSearchProperty().get()).isEmpty();
            assertThat(f.details.candidates()).hasSize(1);
        }
    }

    @Test
    void promisesOnlyForOfferingItems() {
        try (ViewModelFixture f = new ViewModelFixture(dir.resolve("ws.db"))) {
            f.workbench.createCanvas("C");
            long feature = add(f, Section.FEATURES, "Free refills");
            f.details.changePromise(true);
            f.details.changePromiseTarget(5);
            Item stored = f.shown().item(feature).orElseThrow();
            assertThat(stored.promise()).isTrue();
            assertThat(stored.promiseTarget()).isEqualTo(5);

            long want = add(f, Section.WANTS, "Feel welcome");
            f.details.changePromise(true);
            assertThat(f.shown().item(want).orElseThrow().promise()).isFalse();
        }
    }

    @Test
    void typingNotYetCommittedSurvivesARefreshFromAnotherEdit() {
        try (ViewModelFixture f = new ViewModelFixture(dir.resolve("ws.db"))) {
            f.workbench.createCanvas("C");
            add(f, Section.FEARS, "Cold coffee");
            f.details.notesProperty().set("half-typed note");
            f.details.changeImportance(4);
            assertThat(f.details.notesProperty().get()).isEqualTo("half-typed note");
            assertThat(f.details.item().orElseThrow().importance()).isEqualTo(4);
        }
    }

    @Test
    void anEmptyTextIsRefusedAndTheFieldShowsTheStoredText() {
        try (ViewModelFixture f = new ViewModelFixture(dir.resolve("ws.db"))) {
            f.workbench.createCanvas("C");
            add(f, Section.WANTS, "Be recognised");
            f.details.textProperty().set("   ");
            f.details.commitText();
            assertThat(f.dialogs.errors).singleElement().asString().contains("must not be empty");
            assertThat(f.details.textProperty().get()).isEqualTo("Be recognised");
        }
    }

    @Test
    void linksToTheOtherSideThroughThePickerAndUnlinks() {
        try (ViewModelFixture f = new ViewModelFixture(dir.resolve("ws.db"))) {
            f.workbench.createCanvas("C");
            long need = add(f, Section.NEEDS, "Coffee fast");
            long fear = add(f, Section.FEARS, "Queue");
            add(f, Section.COMPETITORS, "Chain café");
            add(f, Section.BENEFITS, "Skip the line");
            long feature = add(f, Section.FEATURES, "Mobile ordering");

            assertThat(f.details.candidates()).extracting(c -> c.item().id()).containsExactlyInAnyOrder(need, fear);
            f.details.linkSearchProperty().set("queue");
            assertThat(f.details.candidates()).singleElement().hasToString("Fears: Queue");
            f.details.chosenCandidateProperty().set(f.details.candidates().get(0));
            f.details.linkChosen();
            assertThat(f.shown().links()).containsExactly(new FitLink(feature, fear));
            assertThat(f.details.linked()).extracting(Item::id).containsExactly(fear);
            assertThat(f.workbench.linkedToSelectionProperty().get()).containsExactly(fear);
            f.details.linkSearchProperty().set("");
            assertThat(f.details.candidates()).extracting(c -> c.item().id()).containsExactly(need);

            f.workbench.select(fear);
            assertThat(f.details.linked()).extracting(Item::id).containsExactly(feature);
            assertThat(f.details.candidates()).extracting(c -> c.item().text())
                    .containsExactly("Skip the line");
            f.details.unlink(f.details.linked().get(0));
            assertThat(f.shown().links()).isEmpty();
            assertThat(f.workbench.fitProperty().get().fitScore()).isZero();
        }
    }

    @Test
    void alternativesHaveNoLinks() {
        try (ViewModelFixture f = new ViewModelFixture(dir.resolve("ws.db"))) {
            f.workbench.createCanvas("C");
            add(f, Section.NEEDS, "Coffee");
            add(f, Section.SUBSTITUTES, "Office coffee machine");
            assertThat(f.details.candidates()).isEmpty();
            assertThat(f.details.linked()).isEmpty();
        }
    }

    @Test
    void editsTheCanvasHeaderWhenNothingIsSelected() {
        try (ViewModelFixture f = new ViewModelFixture(dir.resolve("ws.db"))) {
            f.workbench.createCanvas("Draft");
            f.workbench.select(0);
            assertThat(f.details.itemSelectedProperty().get()).isFalse();
            f.details.canvasNameProperty().set("Corner café");
            f.details.segmentProperty().set("Commuters");
            f.details.commitCanvasInfo();
            assertThat(f.shown().canvas().name()).isEqualTo("Corner café");
            assertThat(f.shown().canvas().segment()).isEqualTo("Commuters");
            assertThat(f.workbench.titleProperty().get()).isEqualTo(f.title("ValueBench — Corner café"));

            f.details.canvasNameProperty().set(" ");
            f.details.commitCanvasInfo();
            assertThat(f.dialogs.errors).singleElement().asString().contains("needs a name");
            assertThat(f.details.canvasNameProperty().get()).isEqualTo("Corner café");
        }
    }
}
