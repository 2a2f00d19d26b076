package org.valuebench.ui.gaps;

/**
 * Changes the gap view's model makes to its own properties, which must not start a query of their own: the
 * filter, the selection and the page of records each query when the user changes them, but a change the model
 * makes while it already queries (clearing the filter, a new canvas, a report's first promise) would read the
 * report or the records twice, and at a million records each read is a fifth of a second.
 */
final class QuietChanges {
    private boolean quiet;

    /** True while a change runs inside {@link #run}. */
    boolean now() {
        return quiet;
    }

    void run(Runnable change) {
        boolean was = quiet;
        quiet = true;
        try {
            change.run();
        } finally {
            quiet = was;
        }
    }
}
