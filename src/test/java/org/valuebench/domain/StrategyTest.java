package org.valuebench.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class StrategyTest {

    @Test
    void factorsKeepTheirOrderAndBlankCellsAreDropped() {
        Strategy strategy = new Strategy(
                List.of(new Factor(2, 1, 1, "Stock", 0, FourAction.NONE, ""),
                        new Factor(1, 1, 0, "Price", 0, FourAction.NONE, "")),
                List.of(), List.of(new Rating(1, 0, 4, ""), new Rating(2, 0, Rating.UNKNOWN, "")));

        assertThat(strategy.factors()).extracting(Factor::name).containsExactly("Price", "Stock");
        assertThat(strategy.ratings()).containsExactly(new Rating(1, 0, 4, ""));
        assertThat(strategy.rating(2, 7)).isEqualTo(new Rating(2, 7, Rating.UNKNOWN, ""));
    }

    @Test
    void ratingsAreOneToFiveOrUnknown() {
        assertThatThrownBy(() -> new Rating(1, 0, 6, "")).isInstanceOf(InvalidInputException.class)
                .hasMessage("Rating must be between 1 and 5, not 6");
        assertThatThrownBy(() -> new Rating(1, 0, -1, "")).isInstanceOf(InvalidInputException.class);
        assertThat(new Rating(1, 0, Rating.UNKNOWN, "seen on their site").isBlank()).isFalse();
    }

    @Test
    void aFactorFromALongItemIsCutAtAWordWithAnEllipsis() {
        String text = "word ".repeat(100).strip();
        Item item = Item.draft(1, Section.NEEDS, text).withId(9);

        Factor factor = Factor.from(item);

        assertThat(factor.name()).endsWith("word…");
        assertThat(factor.name().length()).isLessThanOrEqualTo(Limits.MAX_NAME);
        assertThat(factor.sourceItemId()).isEqualTo(9);
        assertThat(Factor.from(Item.draft(1, Section.NEEDS, "Fresh\n  bread").withId(3)).name()).isEqualTo("Fresh bread");
    }

    @Test
    void offersAreOursThenCompetitorsThenSubstitutes() {
        Canvas canvas = new Canvas(1, "Café", "", "  Corner café ", "", Instant.EPOCH, Instant.EPOCH);
        Item chain = Item.draft(1, Section.COMPETITORS, "Chain").withId(5);
        Item home = Item.draft(1, Section.SUBSTITUTES, "Coffee at home").withId(4);
        Item kiosk = Item.draft(1, Section.COMPETITORS, "Kiosk").withId(6).at(Section.COMPETITORS, 1);

        List<Offer> offers = new CanvasContent(canvas, List.of(home, kiosk, chain), List.of()).offers();

        assertThat(offers).extracting(Offer::id).containsExactly(Offer.OURS, 5L, 6L, 4L);
        assertThat(offers.get(0).name()).isEqualTo("Corner café");
        assertThat(new CanvasContent(canvas.withInfo("Café", "", "", ""), List.of(), List.of()).offers().get(0).name())
                .isEqualTo("Our offering");
    }

    @Test
    void fourActionsAreReadCaseInsensitively() {
        assertThat(FourAction.parse(" raise ")).isEqualTo(FourAction.RAISE);
        assertThat(FourAction.RAISE.asksForMore()).isTrue();
        assertThat(FourAction.REDUCE.asksForMore()).isFalse();
        assertThatThrownBy(() -> FourAction.parse("boost")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("'boost' is not a four-actions choice");
    }
}
