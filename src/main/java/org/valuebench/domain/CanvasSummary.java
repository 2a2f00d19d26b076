package org.valuebench.domain;

import java.time.Instant;
import java.util.Optional;

/** A canvas as listed in the library: its name, how much it holds and when its last workshop started. */
public record CanvasSummary(long id, String name, String segment, Instant updated, int customerItems, int offeringItems,
                            int alternativeItems, int promises, int links, Optional<Instant> lastWorkshop) {

    public int items() {
        return customerItems + offeringItems + alternativeItems;
    }
}
