package org.valuebench.store;

/**
 * The connection to the team workspace's server was lost during a write. The write ran in one transaction that the
 * server never committed, so nothing of it is stored; the message says so and what to do.
 */
public final class ConnectionLostException extends StoreException {
    private static final long serialVersionUID = 1L;
    private final String where;

    ConnectionLostException(String where, Throwable cause) {
        super(message(where, "Nothing of this change was written"), cause);
        this.where = where;
    }

    /** The message for a write the user knows by another name, e.g. {@code "Nothing was imported"}. */
    public String saying(String outcome) {
        return message(where, outcome);
    }

    private static String message(String where, String outcome) {
        return "The connection to the team workspace " + where + " was lost. " + outcome
                + "; try again once the server is back.";
    }
}
