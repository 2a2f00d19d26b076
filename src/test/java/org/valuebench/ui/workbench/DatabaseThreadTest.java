package org.valuebench.ui.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class DatabaseThreadTest {
    private final List<String> handedOver = new CopyOnWriteArrayList<>();
    private final List<String> workThreads = new CopyOnWriteArrayList<>();

    @Test
    void runsWorkInOrderOnOneNamedThreadAndHandsEveryResultOver() {
        DatabaseThread db = new DatabaseThread(Runnable::run);
        for (int i = 0; i < 50; i++) {
            int n = i;
            db.submit(() -> {
                workThreads.add(Thread.currentThread().getName());
                return n;
            }, r -> handedOver.add("ok " + r), e -> handedOver.add("failed"));
        }
        db.shutdown(Duration.ofSeconds(10));
        assertThat(handedOver).hasSize(50).startsWith("ok 0", "ok 1").endsWith("ok 49");
        assertThat(workThreads).containsOnly(DatabaseThread.NAME);
        assertThat(db.isIdle()).isTrue();
    }

    @Test
    void reportsFailuresIncludingErrorsAndKeepsGoing() throws InterruptedException {
        // The thread rethrows the Error after handing it over; keep it from the JVM-wide handler, which TestFX
        // (once another test started it) would rethrow in a later, unrelated GUI test.
        List<Throwable> uncaught = new CopyOnWriteArrayList<>();
        CountDownLatch reported = new CountDownLatch(1);
        Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> {
            uncaught.add(error);
            reported.countDown();
        });
        try {
            handsOverFailures();
            // The dying thread reaches the handler only after its executor has terminated, so the shutdown in
            // handsOverFailures can return first: wait for the handler before putting the old one back.
            assertThat(reported.await(10, TimeUnit.SECONDS)).isTrue();
        } finally {
            Thread.setDefaultUncaughtExceptionHandler(before);
        }
        assertThat(uncaught).singleElement().isInstanceOf(UnsatisfiedLinkError.class);
    }

    private void handsOverFailures() throws InterruptedException {
        DatabaseThread db = new DatabaseThread(Runnable::run);
        CountDownLatch done = new CountDownLatch(3);
        db.submit(() -> {
            throw new IllegalArgumentException("bad input");
        }, r -> handedOver.add("ok"), e -> {
            handedOver.add(e.getMessage());
            done.countDown();
        });
        db.submit(() -> {
            throw new UnsatisfiedLinkError("no sqlite here");
        }, r -> handedOver.add("ok"), e -> {
            handedOver.add(e.getMessage());
            done.countDown();
        });
        db.submit(() -> "after", r -> {
            handedOver.add(r);
            done.countDown();
        }, e -> handedOver.add("failed"));
        assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(handedOver).containsExactly("bad input", "java.lang.UnsatisfiedLinkError: no sqlite here", "after");
        db.shutdown(Duration.ofSeconds(10));
        assertThat(db.isIdle()).isTrue();
    }

    @Test
    void isBusyUntilTheResultHasBeenHandedOver() {
        List<Runnable> uiQueue = new CopyOnWriteArrayList<>();
        DatabaseThread db = new DatabaseThread(uiQueue::add);
        db.submit(() -> 1, r -> handedOver.add("ok"), e -> handedOver.add("failed"));
        db.shutdown(Duration.ofSeconds(10));
        assertThat(db.isIdle()).isFalse();
        uiQueue.forEach(Runnable::run);
        assertThat(db.isIdle()).isTrue();
        assertThat(handedOver).containsExactly("ok");
    }
}
