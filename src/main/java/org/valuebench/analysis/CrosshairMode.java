package org.valuebench.analysis;

/** Where the importance-performance grid is split. */
public enum CrosshairMode {
    /** At the middle of the 1-5 scales: performance 3, importance 3. */
    MIDPOINTS,
    /** At the mean delivered score and mean importance of the promises that have feedback. */
    DATA_MEANS
}
