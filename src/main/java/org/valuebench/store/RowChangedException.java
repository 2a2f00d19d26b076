package org.valuebench.store;

/**
 * An update made from a version of a row that is no longer the stored one: someone changed the row since it was
 * read. Nothing was written; the caller decides what the user sees (both versions, or why an undo cannot run).
 */
public final class RowChangedException extends StoreException {
    private static final long serialVersionUID = 1L;
    private final String what;
    private final long id;
    private final long expectedVersion;

    RowChangedException(String what, long id, long expectedVersion) {
        super(what + " " + id + " changed since it was read (version " + expectedVersion + "); nothing was written");
        this.what = what;
        this.id = id;
        this.expectedVersion = expectedVersion;
    }

    /** True when the row is a canvas's, false when an item's. */
    public boolean isCanvas() {
        return what.equals("Canvas");
    }

    /** The id of the row. */
    public long id() {
        return id;
    }

    /** The version the update was made from. */
    public long expectedVersion() {
        return expectedVersion;
    }
}
