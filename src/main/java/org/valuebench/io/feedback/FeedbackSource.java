package org.valuebench.io.feedback;

/** Would-be feedback records read one at a time from a file, with how far through the file the reading is. */
public interface FeedbackSource extends AutoCloseable {

    /** The next candidate, or null when the file is done. */
    FeedbackCandidate next();

    long bytesRead();

    long size();

    /** SHA-256 of the file's bytes (lower-case hex), once {@link #next()} has returned null. */
    String contentHash();

    /** The java.time pattern the dates are written in, or blank for ISO dates and date-times. */
    String dateFormat();

    @Override
    void close();
}
