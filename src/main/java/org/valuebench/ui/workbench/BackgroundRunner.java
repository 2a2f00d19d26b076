package org.valuebench.ui.workbench;

import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs work away from the JavaFX thread and hands the result back to it. The window uses one database thread;
 * view-model tests use a runner that does everything at once on the calling thread.
 */
public interface BackgroundRunner {

    /**
     * Runs {@code work} on the background thread, then {@code onResult} or {@code onFailure} on the UI thread.
     * Work runs in submission order.
     */
    <T> void submit(Supplier<T> work, Consumer<? super T> onResult, Consumer<? super RuntimeException> onFailure);

    /** Hands {@code update} to the UI thread from work under way, e.g. to say what the work is doing now. */
    void report(Runnable update);

    /** Lets submitted work finish, then stops taking more; waits at most {@code timeout}. */
    void shutdown(Duration timeout);
}
