package org.valuebench.domain.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.valuebench.domain.Item;
import org.valuebench.domain.Section;

class VoteRulesTest {

    private static Item item(long id, Section section, String text) {
        return Item.draft(1, section, text).withId(id);
    }

    private static List<Dot> dots(long item, int count) {
        List<Dot> dots = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            dots.add(Dot.cast(7, item, "b" + i, 0));
        }
        return dots;
    }

    @Test
    void theTallyRanksByDotsAndTiesShareARank() {
        List<Item> cards = List.of(item(1, Section.WANTS, "Calm"), item(2, Section.WANTS, "Treat"),
                item(3, Section.NEEDS, "Coffee"), item(4, Section.NEEDS, "Seat"));
        List<Dot> dots = new ArrayList<>(dots(1, 2));
        dots.addAll(dots(2, 5));
        dots.addAll(dots(3, 2));
        dots.add(new Dot(0, 7, 4, "paper", 0, 0 + 1));

        List<TallyRow> tally = VoteTally.rank(cards, dots);

        assertThat(tally).extracting(r -> r.item().text()).containsExactly("Treat", "Calm", "Coffee", "Seat");
        assertThat(tally).extracting(TallyRow::dots).containsExactly(5, 2, 2, 1);
        assertThat(tally).extracting(TallyRow::rank).containsExactly(1, 2, 2, 4);
        assertThat(tally).extracting(TallyRow::tied).containsExactly(false, true, true, false);
        assertThat(tally.get(1).rankText()).isEqualTo("=2");
    }

    @Test
    void importanceFromTheVoteGoesByRankFifthsAndNoDotsIsOne() {
        List<Item> cards = new ArrayList<>();
        List<Dot> dots = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            cards.add(item(i, Section.NEEDS, "Need " + i));
            dots.addAll(dots(i, i == 10 ? 0 : 20 - i));
        }
        dots.addAll(dots(2, 1)); // 1 and 2 tie at 19 dots

        Map<Long, Integer> levels = ImportanceFromVote.levels(VoteTally.rank(cards, dots));

        assertThat(levels).containsEntry(1L, 5).containsEntry(2L, 5).containsEntry(3L, 4).containsEntry(4L, 4)
                .containsEntry(5L, 3).containsEntry(6L, 3).containsEntry(7L, 2).containsEntry(8L, 2)
                .containsEntry(9L, 1).containsEntry(10L, 1);
        assertThat(ImportanceFromVote.RULE).contains("fifth").contains("tie").contains("no dots");
    }

    @Test
    void importanceGoesOnlyToCustomerCards() {
        List<Item> cards = List.of(item(1, Section.FEATURES, "App"), item(2, Section.WANTS, "Calm"));
        Map<Long, Integer> levels = ImportanceFromVote.levels(VoteTally.rank(cards, dots(1, 3)));
        assertThat(levels).containsOnlyKeys(2L);
    }

    @Test
    void theTopNPromisesIncludeEveryCardTiedAtTheCutAndSaySo() {
        List<Item> cards = List.of(item(1, Section.FEATURES, "App"), item(2, Section.BENEFITS, "No queue"),
                item(3, Section.EXPERIENCE, "Warm"), item(4, Section.FEATURES, "Card"), item(5, Section.WANTS, "Calm"));
        List<Dot> dots = new ArrayList<>(dots(1, 4));
        dots.addAll(dots(2, 2));
        dots.addAll(dots(3, 2));
        dots.addAll(dots(5, 9));

        PromiseCut cut = PromiseCut.top(VoteTally.rank(cards, dots), 2);

        assertThat(cut.chosen()).extracting(r -> r.item().text()).containsExactly("App", "No queue", "Warm");
        assertThat(cut.explanation()).contains("2 asked").contains("3 marked").contains("'No queue'")
                .contains("'Warm'").contains("tie");
        PromiseCut clean = PromiseCut.top(VoteTally.rank(cards, dots), 1);
        assertThat(clean.chosen()).extracting(r -> r.item().text()).containsExactly("App");
        assertThat(clean.explanation()).doesNotContain("tie");
        // A card nobody voted for is never made a promise.
        assertThat(PromiseCut.top(VoteTally.rank(cards, dots), 4).chosen()).hasSize(3);
    }
}
