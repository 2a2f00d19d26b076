package org.valuebench.ui.workshop.presentation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Rows of given heights into pages of a body of a given height: whole rows only, headers kept with their cards. */
class CardPagesTest {
    private static CardPages.Row row(double height) {
        return new CardPages.Row(height, false, 4);
    }

    private static CardPages.Row header(double height) {
        return new CardPages.Row(height, true, 0);
    }

    @Test
    void rowsThatFitTakeOnePage() {
        List<CardPages.Page> pages = CardPages.split(List.of(header(40), row(100), row(100)), 10, 300);
        assertThat(pages).containsExactly(new CardPages.Page(0, 3, 8));
    }

    @Test
    void aRowThatWouldCrossTheBottomStartsTheNextPage() {
        // 100 + 10 + 100 + 10 + 100 = 320 > 300: the third row goes on page two.
        List<CardPages.Page> pages = CardPages.split(List.of(row(100), row(100), row(100), row(50)), 10, 300);
        assertThat(pages).containsExactly(new CardPages.Page(0, 2, 8), new CardPages.Page(2, 4, 8));
    }

    @Test
    void aHeaderIsNeverLeftAloneAtTheFootOfAPage() {
        List<CardPages.Page> pages = CardPages.split(List.of(row(200), header(40), row(100)), 10, 300);
        assertThat(pages).containsExactly(new CardPages.Page(0, 1, 4), new CardPages.Page(1, 3, 4));
    }

    @Test
    void aRowTallerThanTheBodyGetsAPageOfItsOwn() {
        List<CardPages.Page> pages = CardPages.split(List.of(row(100), row(900), row(100)), 10, 300);
        assertThat(pages).containsExactly(new CardPages.Page(0, 1, 4), new CardPages.Page(1, 2, 4),
                new CardPages.Page(2, 3, 4));
    }

    @Test
    void noRowsMakeOneEmptyPage() {
        assertThat(CardPages.split(List.of(), 10, 300)).containsExactly(new CardPages.Page(0, 0, 0));
    }

    @Test
    void theFooterNamesTheCardsAndThePageOnlyWhenThereAreSeveral() {
        assertThat(CardPages.label(1, 8, 30, 0, 4)).isEqualTo("Cards 1–8 of 30 · page 1 of 4");
        assertThat(CardPages.label(29, 30, 30, 3, 4)).isEqualTo("Cards 29–30 of 30 · page 4 of 4");
        assertThat(CardPages.label(1, 5, 5, 0, 1)).isEmpty();
    }
}
