package org.valuebench.store;

import org.valuebench.domain.Feedback;

/**
 * The running sums of records that a {@link FeedbackWriter} will write, gathered by the caller before it hands
 * them over with {@link FeedbackWriter#write(FeedbackTally)}. Summing a million records takes close to a
 * second, so an import sums on the thread that reads the file, which has time to spare, instead of the database
 * thread, which has none. Not thread-safe: one thread fills it, then hands it over and forgets it.
 */
public final class FeedbackTally {
    private final CellSums sums = new CellSums();

    /** Counts a record that will be added with {@link FeedbackWriter#addTallied(Feedback)}. */
    public void add(Feedback feedback) {
        sums.add(feedback, 1);
    }

    /** Whether it holds as many entries as should wait in memory; time to hand it over and start another. */
    public boolean isFull() {
        return sums.size() >= FeedbackWriter.MAX_SUMS;
    }

    CellSums sums() {
        return sums;
    }
}
