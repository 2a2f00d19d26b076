package org.valuebench.domain.workshop;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.valuebench.domain.Item;

/** A vote's result: every card voted on, ranked by dots; cards with as many dots share a rank ("1, =2, =2, 4"). */
public final class VoteTally {
    private VoteTally() {
    }

    /**
     * Ranks {@code cards} by their dots (most first; equal dots keep the cards' own order, section then position),
     * dots on other cards are ignored. Standard competition ranking: a tie shares the better rank, the next skips.
     */
    public static List<TallyRow> rank(List<Item> cards, List<Dot> dots) {
        Map<Long, Integer> counts = new HashMap<>();
        for (Dot dot : dots) {
            counts.merge(dot.itemId(), dot.count(), Integer::sum);
        }
        List<Item> ordered = new ArrayList<>(cards);
        ordered.sort(Comparator.comparingInt((Item i) -> -counts.getOrDefault(i.id(), 0))
                .thenComparing(Item::section).thenComparingInt(Item::position));
        Map<Integer, Integer> perCount = new HashMap<>();
        ordered.forEach(i -> perCount.merge(counts.getOrDefault(i.id(), 0), 1, Integer::sum));
        List<TallyRow> rows = new ArrayList<>(ordered.size());
        int rank = 0;
        int previous = -1;
        for (int i = 0; i < ordered.size(); i++) {
            int n = counts.getOrDefault(ordered.get(i).id(), 0);
            if (n != previous) {
                rank = i + 1;
                previous = n;
            }
            rows.add(new TallyRow(ordered.get(i), n, rank, perCount.get(n) > 1));
        }
        return List.copyOf(rows);
    }
}
