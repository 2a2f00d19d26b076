package org.valuebench.io.feedback;

import org.valuebench.domain.ExcludedResponses;

/** Would-be feedback records read one at a time from a file, with how far through the file the reading is. */
public interface FeedbackSource extends AutoCloseable {

    /** The next candidate, or null when the file is done. */
    FeedbackCandidate next();

    long bytesRead();

    long size();

    /** SHA-256 of the file's bytes (lower-case hex), once {@link #next()} has returned null. */
    String contentHash();

    /**
     * The rows left out as not customers' feedback (survey previews, tests, spam, unfinished responses), once
     * {@link #next()} has returned null.
     */
    default ExcludedResponses excluded() {
        return ExcludedResponses.NONE;
    }

    /** The java.time pattern the dates are written in, or blank for ISO dates and date-times. */
    String dateFormat();

    @Override
    void close();
}
