package org.valuebench.store;

/** The workspace file cannot be opened, read or written; the message names the file and the reason. */
public class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
