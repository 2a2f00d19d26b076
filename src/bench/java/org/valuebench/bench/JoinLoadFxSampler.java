package org.valuebench.bench;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Where the JavaFX thread spends its time during {@link JoinLoadBenchmark}'s run: its stack sampled every 10 ms,
 * each sample counted once for every ValueBench class (ui, app) on it (the outermost method per class), so the
 * report shows which parts of the window (the board, the projector, the console, the session) hold the thread.
 * A sampler, not a profiler: shares are rough, and a thread that waits shows as its waiting frame.
 */
final class JoinLoadFxSampler implements AutoCloseable {
    private final Map<String, Integer> counts = new HashMap<>();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Thread sampler;
    private int samples;

    JoinLoadFxSampler(Thread fxThread) {
        sampler = new Thread(() -> {
            while (running.get()) {
                StackTraceElement[] stack = fxThread.getStackTrace();
                count(stack);
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "join-load-fx-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    private synchronized void count(StackTraceElement[] stack) {
        // An idle JavaFX thread waits in the glass event loop with no ValueBench frame: counted as idle.
        samples++;
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = stack.length - 1; i >= 0; i--) {
            StackTraceElement frame = stack[i];
            String cls = frame.getClassName();
            // Lambdas and the runners that call them name no part of the window: their callees do.
            if (cls.startsWith("org.valuebench.") && !cls.startsWith("org.valuebench.bench.")
                    && !cls.contains("$$Lambda") && !frame.getMethodName().startsWith("lambda$")
                    && !cls.endsWith("SingleThreadRunner") && !cls.endsWith("EditRunner")) {
                String shortName = cls.substring(cls.lastIndexOf('.') + 1);
                String method = shortName + "." + frame.getMethodName();
                if (seen.add(shortName)) {
                    counts.merge(method, 1, Integer::sum);
                }
            }
        }
    }

    /** "CanvasBoard.refresh 38%, …": the top entries by share of samples (one sample counts for several). */
    synchronized String top(int n) {
        if (samples == 0) {
            return "no samples";
        }
        return String.join(", ", counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(n)
                .map(e -> e.getKey() + " " + Math.round(100.0 * e.getValue() / samples) + "%").toList())
                + " (of " + samples + " samples)";
    }

    @Override
    public void close() {
        running.set(false);
        sampler.interrupt();
    }
}
