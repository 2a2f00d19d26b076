package org.valuebench.domain;

import java.time.Instant;

/** A canvas as listed in the library: its name and how much it holds. */
public record CanvasSummary(long id, String name, String segment, Instant updated, int customerItems, int offeringItems,
                            int alternativeItems, int promises, int links) {

    public int items() {
        return customerItems + offeringItems + alternativeItems;
    }
}
