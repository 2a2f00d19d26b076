package org.valuebench.ui.workbench;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** Holds submitted work until the test runs it, so a test can act while an export is under way. */
public final class HeldRunner implements BackgroundRunner {
    private final Deque<Runnable> held = new ArrayDeque<>();
    boolean shutDown;

    @Override
    public <T> void submit(Supplier<T> work, Consumer<? super T> onResult,
                           Consumer<? super RuntimeException> onFailure) {
        held.add(() -> {
            T result;
            try {
                result = work.get();
            } catch (RuntimeException e) {
                onFailure.accept(e);
                return;
            }
            onResult.accept(result);
        });
    }

    public int waiting() {
        return held.size();
    }

    public void runAll() {
        while (!held.isEmpty()) {
            held.poll().run();
        }
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
