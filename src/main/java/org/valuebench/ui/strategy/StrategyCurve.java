package org.valuebench.ui.strategy;

import java.util.ArrayList;
import java.util.List;
import org.valuebench.domain.Offer;

/**
 * One line on the strategy canvas: an offer's level on each factor, in factor order, null where it is unknown
 * (a gap in the line, never a zero). Our delivered curve has {@code delivered} set and comes from feedback.
 */
record StrategyCurve(Offer offer, List<Double> levels, boolean delivered) {

    StrategyCurve {
        levels = java.util.Collections.unmodifiableList(new ArrayList<>(levels));
    }

    String name() {
        return delivered ? offer.name() + " (delivered)" : offer.name();
    }

    boolean isEmpty() {
        return levels.stream().allMatch(java.util.Objects::isNull);
    }
}
