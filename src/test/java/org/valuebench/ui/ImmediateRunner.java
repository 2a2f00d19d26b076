package org.valuebench.ui;

import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** Runs background work at once on the calling thread, so view-model tests need no threads or waiting. */
final class ImmediateRunner implements BackgroundRunner {
    boolean shutDown;

    @Override
    public <T> void submit(Supplier<T> work, Consumer<? super T> onResult,
                           Consumer<? super RuntimeException> onFailure) {
        if (shutDown) {
            throw new IllegalStateException("work submitted after shutdown");
        }
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
    public void shutdown(Duration timeout) {
        shutDown = true;
    }
}
