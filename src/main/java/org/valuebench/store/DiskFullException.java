package org.valuebench.store;

import java.nio.file.Path;

/**
 * The disk holding the workspace filled up during a write. SQLite rolled the write back, so nothing of it is in
 * the file; the message says so and what to do.
 */
public final class DiskFullException extends StoreException {
    private static final long serialVersionUID = 1L;
    private final transient Path file;

    DiskFullException(Path file, String outcome, Throwable cause) {
        super(message(file, outcome), cause);
        this.file = file;
    }

    DiskFullException(Path file, Throwable cause) {
        this(file, "nothing was saved", cause);
    }

    /** The message for a write the user knows by another name, e.g. {@code "nothing was imported"}. */
    public String saying(String outcome) {
        return message(file, outcome);
    }

    private static String message(Path file, String outcome) {
        return "the disk holding " + file + " is full: " + outcome + "; free some space and try again";
    }
}
