package org.valuebench.app.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuebench.app.AppException;
import org.valuebench.app.EditConflictException;
import org.valuebench.app.TestWorkbenches;
import org.valuebench.app.UndoState;
import org.valuebench.app.Workbench;
import org.valuebench.app.Workbenches;
import org.valuebench.app.feedback.GapUseCases;
import org.valuebench.domain.Factor;
import org.valuebench.domain.FourAction;
import org.valuebench.domain.Offer;
import org.valuebench.domain.Rating;
import org.valuebench.domain.Section;
import org.valuebench.domain.Strategy;

/**
 * Two people on the strategy canvas of one workspace (one file, or in the team run one PostgreSQL database): an
 * edit of a factor or a rating made from an older read is refused with both versions and the user chooses; undo
 * and redo refuse to overwrite a colleague's later change of the same factor or rating.
 */
class StrategyConflictTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private Workbench anna;
    private Workbench ben;
    private StrategyUseCases annas;
    private StrategyUseCases bens;
    private long canvas;
    private long rival;
    private long price;

    @BeforeEach
    void open() {
        Path file = dir.resolve("shared.db");
        anna = TestWorkbenches.open(file, false, CLOCK);
        ben = TestWorkbenches.open(file, false, CLOCK);
        annas = new StrategyUseCases(anna, new GapUseCases(anna));
        bens = new StrategyUseCases(ben, new GapUseCases(ben));
        canvas = anna.createCanvas("Shop").canvas().orElseThrow().canvas().id();
        rival = anna.addItem(canvas, Section.COMPETITORS, "Hard discounter", -1).focusItemId();
        price = annas.addFactor(canvas, "Price", -1).canvas().orElseThrow().strategy().factors().get(0).id();
        anna.show(canvas);
        ben.show(canvas);
    }

    @AfterEach
    void close() {
        ben.close();
        anna.close();
    }

    private Strategy stored() {
        return anna.canvas(canvas).strategy();
    }

    private Factor storedPrice() {
        return stored().factors().get(0);
    }

    @Test
    void aFactorEditFromAnOlderReadIsRefusedWithBothVersionsAndNothingIsWritten() {
        annas.renameFactor(price, "Low price");

        assertThatThrownBy(() -> bens.setAction(price, FourAction.RAISE, "Beat the discounter"))
                .isInstanceOfSatisfying(EditConflictException.class, conflict -> {
                    assertThat(conflict.isFactor()).isTrue();
                    assertThat(conflict.mine(Factor.class)).extracting(Factor::action, Factor::actionNote)
                            .containsExactly(FourAction.RAISE, "Beat the discounter");
                    assertThat(conflict.theirs(Factor.class)).extracting(Factor::name, Factor::action)
                            .containsExactly("Low price", FourAction.NONE);
                    assertThat(conflict.getMessage()).contains("the factor 'Low price'").contains("nothing was saved");
                    assertThat(conflict.fields()).extracting(EditConflictException.Field::label)
                            .containsExactly("Name", "Four actions", "Note");
                    assertThat(conflict.fields().get(1)).isEqualTo(new EditConflictException.Field("Four actions",
                            "Raise", "Undecided"));
                });
        assertThat(storedPrice()).extracting(Factor::name, Factor::action).containsExactly("Low price", FourAction.NONE);

        // Once Ben has been shown Anna's name, his edit is made from it and lands.
        ben.show(canvas);
        bens.setAction(price, FourAction.RAISE, "Beat the discounter");
        assertThat(storedPrice()).extracting(Factor::name, Factor::action).containsExactly("Low price", FourAction.RAISE);
    }

    @Test
    void keepMineWritesTheFactorOverTheirsAsAnEditWhoseUndoBringsTheirsBackAndKeepTheirsWritesNothing() {
        annas.renameFactor(price, "Low price");
        EditConflictException conflict = catchThrowableOfType(() -> bens.renameFactor(price, "Cheap"),
                EditConflictException.class);

        ben.keepTheirs(conflict);
        assertThat(storedPrice().name()).isEqualTo("Low price");

        assertThat(ben.keepMine(conflict).canvas().orElseThrow().strategy().factors().get(0).name()).isEqualTo("Cheap");
        assertThat(storedPrice().name()).isEqualTo("Cheap");
        ben.undo();
        assertThat(storedPrice().name()).isEqualTo("Low price");
    }

    @Test
    void aRatingFromAnOlderReadIsRefusedAlsoTheFirstValueOfACellAColleagueFilledMeanwhile() {
        annas.rate(price, rival, 4);

        EditConflictException conflict = catchThrowableOfType(() -> bens.rate(price, rival, 3),
                EditConflictException.class);
        assertThat(conflict.isRating()).isTrue();
        assertThat(conflict.mine(Rating.class).score()).isEqualTo(3);
        assertThat(conflict.theirs(Rating.class).score()).isEqualTo(4);
        assertThat(conflict.getMessage()).contains("the rating of 'Hard discounter' on 'Price'");
        assertThat(conflict.fields()).containsExactly(new EditConflictException.Field("Rating", "3", "4"),
                new EditConflictException.Field("Note", "", ""));
        assertThat(stored().rating(price, rival).score()).isEqualTo(4);

        // A note on the cell from the same old read is refused as well.
        assertThatThrownBy(() -> bens.noteRating(price, rival, "Their flyer")).isInstanceOf(EditConflictException.class);
        assertThat(stored().rating(price, rival)).isEqualTo(new Rating(price, rival, 4, ""));

        // Keep mine: Ben's 3 over Anna's 4, undoable back to hers.
        ben.keepMine(conflict);
        assertThat(stored().rating(price, rival).score()).isEqualTo(3);
        ben.undo();
        assertThat(stored().rating(price, rival).score()).isEqualTo(4);
    }

    @Test
    void ratingsOfDifferentCellsBothLand() {
        annas.rate(price, Offer.OURS, 5);
        bens.rate(price, rival, 2);
        assertThat(stored().ratings()).containsExactly(new Rating(price, Offer.OURS, 5, ""),
                new Rating(price, rival, 2, ""));
    }

    @Test
    void undoOverAColleaguesLaterRatingOfTheSameCellIsRefusedAndChangesNothing() {
        annas.rate(price, rival, 4);
        ben.show(canvas);
        bens.noteRating(price, rival, "Seen in their flyer");
        UndoState before = anna.undoState();

        assertThatThrownBy(anna::undo).isInstanceOf(AppException.class).hasMessage("Someone else changed the rating"
                + " of 'Hard discounter' on 'Price' after your edit; undo would overwrite it. Your edit stays.");

        assertThat(anna.undoState()).isEqualTo(before);
        assertThat(stored().rating(price, rival)).isEqualTo(new Rating(price, rival, 4, "Seen in their flyer"));
    }

    @Test
    void undoAndRedoOverAColleaguesLaterChangeOfTheSameFactorAreRefused() {
        annas.renameFactor(price, "Low price");
        ben.show(canvas);
        bens.setAction(price, FourAction.RAISE, "");
        UndoState before = anna.undoState();
        assertThatThrownBy(anna::undo).isInstanceOf(AppException.class).hasMessage("Someone else changed the factor"
                + " 'Low price' after your edit; undo would overwrite it. Your edit stays.");
        assertThat(anna.undoState()).isEqualTo(before);
        assertThat(storedPrice()).extracting(Factor::name, Factor::action).containsExactly("Low price", FourAction.RAISE);

        // Redo: Anna undoes her own rename, Ben renames after that, Anna's redo would overwrite him.
        anna.show(canvas);
        annas.renameFactor(price, "Value");
        anna.undo();
        ben.show(canvas);
        bens.renameFactor(price, "Best value");
        UndoState beforeRedo = anna.undoState();
        assertThatThrownBy(anna::redo).isInstanceOf(AppException.class).hasMessage("Someone else changed the factor"
                + " 'Best value' after your undo; redo would overwrite it. Your undo stays.");
        assertThat(anna.undoState()).isEqualTo(beforeRedo);
        assertThat(storedPrice().name()).isEqualTo("Best value");
    }

    @Test
    void ownEditsOfFactorsAndRatingsUndoAndRedoAsBefore() {
        annas.rate(price, rival, 3);
        annas.rate(price, rival, 4);
        annas.noteRating(price, rival, "Flyer");
        annas.renameFactor(price, "Low price");
        annas.setAction(price, FourAction.REDUCE, "");
        for (int i = 0; i < 5; i++) {
            anna.undo();
        }
        assertThat(stored().ratings()).isEmpty();
        assertThat(storedPrice()).extracting(Factor::name, Factor::action).containsExactly("Price", FourAction.NONE);
        for (int i = 0; i < 5; i++) {
            anna.redo();
        }
        assertThat(stored().ratings()).containsExactly(new Rating(price, rival, 4, "Flyer"));
        assertThat(storedPrice()).extracting(Factor::name, Factor::action).containsExactly("Low price", FourAction.REDUCE);
        // Deleting the factor and undoing that brings it back as a new row; Anna's older edits still undo.
        annas.deleteFactor(price);
        anna.undo();
        anna.undo();
        assertThat(storedPrice().action()).isEqualTo(FourAction.NONE);
        anna.undo();
        assertThat(storedPrice().name()).isEqualTo("Price");
    }
}
