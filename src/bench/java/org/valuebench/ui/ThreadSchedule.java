package org.valuebench.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.valuebench.ui.workbench.DatabaseThread;

/**
 * What the Linux scheduler says about threads of this process ({@code /proc/self/task/N/schedstat}): the time a
 * thread ran and the time it was ready to run but waited for a core. The wait is what a busy machine adds to a
 * thread's work, so the benchmark can tell the JavaFX thread's own work from the time it was kept off a core.
 * {@link #AVAILABLE} is false where there is no such file (not Linux, or a kernel without scheduler statistics);
 * then every figure reads 0.
 */
final class ThreadSchedule {
    static final boolean AVAILABLE = Files.isReadable(Path.of("/proc/self/schedstat"));
    static final String JIT = "JIT";
    static final List<String> KINDS = List.of("JavaFX", "renderer", "database", JIT, "GC+VM", "pulse timer",
            "ticker", "other");
    private static final Path TASKS = Path.of("/proc/self/task");

    private ThreadSchedule() {
    }

    /** Run and wait time of one thread, in nanoseconds. */
    record Times(long runNanos, long waitNanos) {
        static final Times NONE = new Times(0, 0);

        Times minus(Times earlier) {
            return new Times(runNanos - earlier.runNanos, waitNanos - earlier.waitNanos);
        }

        Times plus(Times other) {
            return new Times(runNanos + other.runNanos, waitNanos + other.waitNanos);
        }
    }

    /** The calling thread's id in {@code /proc/self/task}, or -1 where there is none. */
    static long currentTaskId() {
        if (!AVAILABLE) {
            return -1;
        }
        try {
            return Long.parseLong(Files.readSymbolicLink(Path.of("/proc/thread-self")).getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The run and wait time of the thread with {@code taskId} so far. */
    static Times of(long taskId) {
        if (taskId < 0) {
            return Times.NONE;
        }
        return read(TASKS.resolve(Long.toString(taskId)));
    }

    /** Every thread's kind and run and wait time at one moment, by its id in {@code /proc/self/task}. */
    record Snapshot(Map<Long, Task> threads) {
        record Task(String kind, Times times) {
        }
    }

    /** The run and wait time so far of every thread of the process. */
    static Snapshot snapshot() {
        Map<Long, Snapshot.Task> threads = new LinkedHashMap<>();
        if (!AVAILABLE) {
            return new Snapshot(threads);
        }
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(TASKS)) {
            for (Path task : tasks) {
                try {
                    threads.put(Long.parseLong(task.getFileName().toString()), new Snapshot.Task(
                            kind(ProcFile.firstLine(task.resolve("comm")).strip()), read(task)));
                } catch (UncheckedIOException gone) {
                    // the thread ended while the folder was read
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Snapshot(threads);
    }

    /**
     * Run and wait time since {@code before}, summed by kind in the order of {@link #KINDS}: the JavaFX thread,
     * the renderer, the database thread, the JIT compilers, garbage collection and the JVM's own threads, the
     * pulse timer (Monocle's), the benchmark's ticker, and the rest. A thread that ended in between is left out
     * (the JVM ends idle JIT compiler threads), a thread that started counts from zero.
     */
    static Map<String, Times> byKindSince(Snapshot before) {
        Map<String, Times> kinds = new LinkedHashMap<>();
        if (!AVAILABLE) {
            return kinds;
        }
        KINDS.forEach(kind -> kinds.put(kind, Times.NONE));
        snapshot().threads().forEach((id, now) -> {
            Snapshot.Task then = before.threads().get(id);
            kinds.merge(now.kind(), then == null ? now.times() : now.times().minus(then.times()), Times::plus);
        });
        return kinds;
    }

    private static String kind(String name) {
        if (name.startsWith("JavaFX Applicat")) {
            return "JavaFX";
        } else if (name.startsWith("QuantumRenderer")) {
            return "renderer";
        } else if (name.startsWith(DatabaseThread.NAME)) {
            return "database";
        } else if (name.contains("CompilerThre")) {
            return JIT;
        } else if (name.startsWith("GC ") || name.startsWith("G1 ") || name.startsWith("VM ")) {
            return "GC+VM";
        } else if (name.startsWith("Monocle Timer")) {
            return "pulse timer";
        } else if (name.startsWith("runLater-ticker")) {
            return "ticker";
        }
        return "other";
    }

    private static Times read(Path task) {
        Path schedstat = task.resolve("schedstat");
        return new Times(ProcFile.number(schedstat, 0), ProcFile.number(schedstat, 1));
    }
}
