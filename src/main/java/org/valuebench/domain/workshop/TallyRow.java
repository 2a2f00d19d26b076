package org.valuebench.domain.workshop;

import org.valuebench.domain.Item;

/** One card of a vote's result: its dots and its rank, shared with every card of as many dots. */
public record TallyRow(Item item, int dots, int rank, boolean tied) {

    /** "1", or "=2" for a shared rank. */
    public String rankText() {
        return (tied ? "=" : "") + rank;
    }
}
