package org.valuebench.domain.workshop;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.valuebench.domain.Limits;

/** Importance of customer cards from a vote, by rank fifths. {@link #RULE} is what the dialog shows before applying. */
public final class ImportanceFromVote {
    public static final String RULE = "Cards are ranked by their dots; cards with as many dots tie and share a rank. "
            + "The top fifth of the ranks gets importance 5, the next fifth 4, then 3 and 2, the bottom fifth 1, "
            + "so tied cards get the same importance. A card with no dots gets 1. Only wants, needs and fears "
            + "get an importance.";

    private ImportanceFromVote() {
    }

    /** Item id to importance for every customer card of the tally, in the tally's order. */
    public static Map<Long, Integer> levels(List<TallyRow> tally) {
        List<TallyRow> customer = tally.stream().filter(r -> r.item().isCustomer()).toList();
        Map<Long, Integer> levels = new LinkedHashMap<>();
        int n = customer.size();
        int rank = 0;
        int previous = -1;
        for (int i = 0; i < n; i++) {
            TallyRow row = customer.get(i);
            if (row.dots() != previous) {
                rank = i + 1;
                previous = row.dots();
            }
            int level = row.dots() == 0 ? Limits.MIN_LEVEL : Limits.MAX_LEVEL - (5 * (rank - 1)) / n;
            levels.put(row.item().id(), level);
        }
        return levels;
    }
}
