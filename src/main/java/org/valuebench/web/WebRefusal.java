package org.valuebench.web;

/**
 * A request the listener refuses before it reaches the room (too big, not JSON, a field missing, no such route):
 * answered with {@link #status()} and the message as it is. Nothing has been changed.
 */
final class WebRefusal extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;

    WebRefusal(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    int status() {
        return status;
    }
}
