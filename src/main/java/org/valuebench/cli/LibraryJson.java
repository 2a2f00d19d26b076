package org.valuebench.cli;

import org.valuebench.domain.CanvasSummary;

/** One canvas of {@code list --format json}; the field order here is the order in the output. */
record LibraryJson(long id, String name, String segment, String updated, int items, int customerItems,
                   int offeringItems, int alternativeItems, int promises, int links) {

    static LibraryJson of(CanvasSummary s) {
        return new LibraryJson(s.id(), s.name(), s.segment(), s.updated().toString(), s.items(), s.customerItems(),
                s.offeringItems(), s.alternativeItems(), s.promises(), s.links());
    }
}
