package org.valuebench.app.join;

/**
 * A participant's request the room refuses, with nothing changed: the HTTP listener answers it with
 * {@link Kind#status()} and the message as it is (short, for a person, never a stack trace).
 */
public final class RoomRefusal extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why, as an HTTP status family. */
    public enum Kind {
        /** Malformed or out of limits (text too long, unknown section). */
        BAD_REQUEST(400),
        /** No token, an unknown token, or one from a workshop that has stopped: join again. */
        NOT_JOINED(401),
        /** Not allowed now (wrong join code, joining closed, a section not open, a vote not open, no dots left). */
        FORBIDDEN(403),
        /** The card or vote named is not one this participant can reach. */
        NOT_FOUND(404),
        /** Too many requests or wrong codes: try again after {@link #retryAfterSeconds()}. */
        TOO_MANY(429);

        private final int status;

        Kind(int status) {
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    private final Kind kind;
    private final int retryAfterSeconds;

    public RoomRefusal(Kind kind, String message) {
        this(kind, message, 0);
    }

    public RoomRefusal(Kind kind, String message, int retryAfterSeconds) {
        super(message);
        this.kind = kind;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public Kind kind() {
        return kind;
    }

    /** For {@link Kind#TOO_MANY}: the seconds to wait; 0 otherwise. */
    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
