package org.valuebench.ui.details;

import org.valuebench.domain.Item;

/** An item offered in the link picker, shown with its section so equal texts stay apart. */
public record LinkCandidate(Item item) {

    @Override
    public String toString() {
        return item.section().title() + ": " + item.text();
    }
}
