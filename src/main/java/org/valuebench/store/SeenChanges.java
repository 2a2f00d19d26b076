package org.valuebench.store;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

/**
 * The change log's entries a listener has already reported. Seqs are handed out when a change is written but
 * committed in the order the transactions end, so a lower seq may arrive after a higher one: a catch-up therefore
 * reads again a short way back from the highest seen and skips what it has seen.
 */
final class SeenChanges {
    /** How far back a catch-up reads: more changes than can be in flight at once in a team. */
    static final long LOOK_BACK = 100;
    private static final int KEPT = 1_000;
    private final Set<Long> seen = new HashSet<>();
    private final Deque<Long> order = new ArrayDeque<>();
    private long highest;

    /** Starts at the end of the log: only changes after {@code seq} are news. */
    void start(long seq) {
        highest = seq;
        // Whatever lies below the start counts as seen, so a look-back never reports history.
        for (long s = Math.max(1, seq - LOOK_BACK + 1); s <= seq; s++) {
            add(s);
        }
    }

    /** True when {@code seq} was not seen before (and is now). */
    boolean add(long seq) {
        if (!seen.add(seq)) {
            return false;
        }
        order.addLast(seq);
        if (order.size() > KEPT) {
            seen.remove(order.removeFirst());
        }
        highest = Math.max(highest, seq);
        return true;
    }

    /** The seq after which a catch-up reads. */
    long catchUpFrom() {
        return Math.max(0, highest - LOOK_BACK);
    }
}
