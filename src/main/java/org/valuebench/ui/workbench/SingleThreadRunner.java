package org.valuebench.ui.workbench;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A background runner on one named thread: work runs in submission order, results return through
 * {@code toUiThread} (Platform.runLater in the window). See {@link DatabaseThread} and {@link ExportThread}.
 */
public class SingleThreadRunner implements BackgroundRunner {
    private static final System.Logger LOG = System.getLogger(SingleThreadRunner.class.getName());
    private final String name;
    private final ExecutorService executor;
    private final Consumer<Runnable> toUiThread;
    private final AtomicInteger unfinished = new AtomicInteger();

    protected SingleThreadRunner(String name, Consumer<Runnable> toUiThread) {
        this.name = name;
        this.toUiThread = toUiThread;
        this.executor = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, name);
            // Closing the window waits for queued work explicitly, so this thread never holds the JVM open.
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public <T> void submit(Supplier<T> work, Consumer<? super T> onResult,
                           Consumer<? super RuntimeException> onFailure) {
        unfinished.incrementAndGet();
        executor.execute(() -> {
            Runnable report;
            Error fatal = null;
            try {
                T result = work.get();
                report = () -> onResult.accept(result);
            } catch (RuntimeException e) {
                report = () -> onFailure.accept(e);
            } catch (Error e) {
                // e.g. the SQLite native library cannot load: the window must say so rather than wait forever.
                IllegalStateException failure = new IllegalStateException(e.toString(), e);
                report = () -> onFailure.accept(failure);
                fatal = e;
            }
            Runnable handOver = report;
            toUiThread.accept(() -> {
                try {
                    handOver.run();
                } finally {
                    unfinished.decrementAndGet();
                }
            });
            if (fatal != null) {
                throw fatal;
            }
        });
    }

    @Override
    public void report(Runnable update) {
        toUiThread.accept(update);
    }

    /** True when every submitted piece of work has run and its result has been handed over. */
    public boolean isIdle() {
        return unfinished.get() == 0;
    }

    @Override
    public void shutdown(Duration timeout) {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.log(System.Logger.Level.WARNING, "the thread {0} did not finish within {1} s; closing anyway",
                        name, timeout.toSeconds());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
