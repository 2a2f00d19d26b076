package org.valuebench.store;

/**
 * An update made from a version of a row that is no longer the stored one: someone changed the row since it was
 * read. Nothing was written; the caller decides what the user sees (both versions, or why an undo cannot run).
 */
public final class RowChangedException extends StoreException {
    private static final long serialVersionUID = 1L;
    private final String what;
    private final long id;
    private final long offerId;
    private final long expectedVersion;

    RowChangedException(String what, long id, long expectedVersion) {
        this(what + " " + id, what, id, 0, expectedVersion);
    }

    /** A rating cell changed: the offer's rating on the factor (version 0: the cell was empty when read). */
    static RowChangedException ofRating(RatingCell cell, long expectedVersion) {
        return new RowChangedException("Rating of offer " + cell.offerId() + " on factor " + cell.factorId(), "Rating",
                cell.factorId(), cell.offerId(), expectedVersion);
    }

    private RowChangedException(String row, String what, long id, long offerId, long expectedVersion) {
        super(row + " changed since it was read (version " + expectedVersion + "); nothing was written");
        this.what = what;
        this.id = id;
        this.offerId = offerId;
        this.expectedVersion = expectedVersion;
    }

    /** True when the row is a canvas's. */
    public boolean isCanvas() {
        return what.equals("Canvas");
    }

    /** True when the row is an item's. */
    public boolean isItem() {
        return what.equals("Item");
    }

    /** True when the row is a factor's. */
    public boolean isFactor() {
        return what.equals("Factor");
    }

    /** True when the row is a rating cell's: {@link #id} is then the factor's, {@link #offerId} the offer's. */
    public boolean isRating() {
        return what.equals("Rating");
    }

    /** The id of the row (of a rating cell: its factor's). */
    public long id() {
        return id;
    }

    /** Of a rating cell: the offer's id ({@code 0} for the canvas's own offering); otherwise 0. */
    public long offerId() {
        return offerId;
    }

    /** The version the update was made from. */
    public long expectedVersion() {
        return expectedVersion;
    }
}
