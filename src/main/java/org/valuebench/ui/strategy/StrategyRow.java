package org.valuebench.ui.strategy;

import java.util.List;
import org.valuebench.domain.Factor;
import org.valuebench.domain.Rating;

/**
 * One row of the ratings grid: a factor and its rating for every offer, in the order of the grid's columns
 * (blank ratings where nothing is stored).
 */
public record StrategyRow(Factor factor, List<Rating> cells) {

    public StrategyRow {
        cells = List.copyOf(cells);
    }

    long factorId() {
        return factor.id();
    }

    Rating cell(long offerId) {
        return cells.stream().filter(r -> r.offerId() == offerId).findFirst()
                .orElseGet(() -> new Rating(factor.id(), offerId, Rating.UNKNOWN, ""));
    }
}
