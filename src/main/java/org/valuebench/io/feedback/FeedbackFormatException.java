package org.valuebench.io.feedback;

/**
 * A feedback or survey file, or a mapping file, cannot be read; the message names the file, where in it and
 * why, in words for a user.
 */
public class FeedbackFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public FeedbackFormatException(String message) {
        super(message);
    }

    public FeedbackFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
