package org.valuebench.ui.workbench;

import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs background work at once on the calling thread, as {@link ImmediateRunner} does, but keeps what other threads
 * report (a colleague's change heard on the listening thread) until the test thread takes it, as the JavaFX thread
 * would: the view model is only ever touched by the test's thread.
 */
public final class QueuedReportsRunner implements BackgroundRunner {
    private final BlockingQueue<Runnable> reports = new LinkedBlockingQueue<>();

    @Override
    public <T> void submit(Supplier<T> work, Consumer<? super T> onResult,
                           Consumer<? super RuntimeException> onFailure) {
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
        reports.add(update);
    }

    /** Runs reports as they come until {@code done} holds; false when it still does not after {@code millis}. */
    public boolean runReportsUntil(BooleanSupplier done, long millis) throws InterruptedException {
        long end = System.nanoTime() + millis * 1_000_000;
        while (!done.getAsBoolean()) {
            long left = end - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            Runnable next = reports.poll(left, TimeUnit.NANOSECONDS);
            if (next != null) {
                next.run();
            }
        }
        return true;
    }

    @Override
    public void shutdown(Duration timeout) {
    }
}
