package org.valuebench.ui.gaps;

import java.util.function.Consumer;

/**
 * One kind of query at a time: a request while one runs is remembered, and when the running one answers,
 * its answer is dropped and the query runs once more with the latest state.
 */
final class CoalescedQuery {
    private final Consumer<Done> query;
    private boolean running;
    private boolean again;

    CoalescedQuery(Consumer<Done> query) {
        this.query = query;
    }

    void run() {
        if (running) {
            again = true;
            return;
        }
        running = true;
        again = false;
        query.accept(new Done());
    }

    boolean busy() {
        return running;
    }

    /** Handed to the query: call it when it ends. */
    final class Done implements Runnable {
        @Override
        public void run() {
            finish();
        }

        /** Ends the query; true when its answer is the latest and should be shown. */
        boolean getAsLatest() {
            return finish();
        }
    }

    private boolean finish() {
        running = false;
        if (again) {
            run();
            return false;
        }
        return true;
    }
}
