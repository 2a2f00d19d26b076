package org.valuebench.ui.workbench;

import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs background work at once on the calling thread, so view-model tests need no threads or waiting; or, while
 * {@link #hold()} is in force, keeps it until {@link #release()}, for tests of what shows while work is under way.
 */
public final class ImmediateRunner implements BackgroundRunner {
    boolean shutDown;
    /** How many pieces of work ran, for tests that check a change reads the database no more than it must. */
    public int ran;
    private java.util.List<Runnable> held;

    /** Keeps submitted work waiting until {@link #release()}. */
    public void hold() {
        held = new java.util.ArrayList<>();
    }

    /** Runs the work kept since {@link #hold()}, in order, and runs later work at once again. */
    public void release() {
        java.util.List<Runnable> waiting = held;
        held = null;
        waiting.forEach(Runnable::run);
    }

    @Override
    public <T> void submit(Supplier<T> work, Consumer<? super T> onResult,
                           Consumer<? super RuntimeException> onFailure) {
        if (shutDown) {
            throw new IllegalStateException("work submitted after shutdown");
        }
        if (held != null) {
            held.add(() -> submit(work, onResult, onFailure));
            return;
        }
        ran++;
        T result;
        try {
            result = work.get();
        } catch (RuntimeException e) {
            onFailure.accept(e);
            return;
        }
        onResult.accept(result);
    }

    @Override
    public void report(Runnable update) {
        update.run();
    }

    @Override
    public void shutdown(Duration timeout) {
        shutDown = true;
    }
}
