package org.valuebench.analysis;

/** How much feedback stands behind a promise's figures. */
public enum Evidence {
    /** No record: the figures are empty. */
    NONE,
    /** Fewer than {@link #THIN_BELOW} records: read the figures with care. */
    THIN,
    ENOUGH;

    public static final int THIN_BELOW = 5;

    public static Evidence of(long n) {
        if (n == 0) {
            return NONE;
        }
        return n < THIN_BELOW ? THIN : ENOUGH;
    }
}
