package org.valuebench.ui;

import com.sun.management.GarbageCollectionNotificationInfo;
import com.sun.management.GcInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * The garbage collector's pauses as the JVM reports them, so the benchmark can say how much of a long wait was
 * the collector stopping every thread rather than the view's work. Keeps the latest {@value #KEPT} pauses, on
 * the {@link System#nanoTime()} clock (to the millisecond the JVM reports them in).
 */
final class GcPauses {
    private static final int KEPT = 1_000;
    private final Deque<long[]> pauses = new ArrayDeque<>();
    // nanoTime at JVM start: GcInfo gives its times in milliseconds since then.
    private final long startNanos = System.nanoTime() - ManagementFactory.getRuntimeMXBean().getUptime() * 1_000_000L;

    GcPauses() {
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (collector instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener((notification, handback) -> {
                    String type = notification.getType();
                    if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(type)) {
                        GcInfo info = GarbageCollectionNotificationInfo
                                .from((CompositeData) notification.getUserData()).getGcInfo();
                        add(startNanos + info.getStartTime() * 1_000_000L, startNanos + info.getEndTime() * 1_000_000L);
                    }
                }, null, null);
            }
        }
    }

    private synchronized void add(long from, long to) {
        if (pauses.size() == KEPT) {
            pauses.removeFirst();
        }
        pauses.addLast(new long[] {from, to});
    }

    /** How many pauses began at or after {@code from} (nanoTime), and the longest, e.g. "12 pauses, longest 24 ms". */
    synchronized String since(long from) {
        long count = pauses.stream().filter(p -> p[0] >= from).count();
        double longest = pauses.stream().filter(p -> p[0] >= from).mapToDouble(p -> (p[1] - p[0]) / 1e6).max()
                .orElse(0);
        return String.format(Locale.ROOT, "%d pauses, longest %.0f ms", count, longest);
    }

    /** Milliseconds of collector pauses within {@code from}..{@code to} (nanoTime). */
    synchronized double pausedMs(long from, long to) {
        long paused = 0;
        for (long[] pause : pauses) {
            paused += Math.max(0, Math.min(to, pause[1]) - Math.max(from, pause[0]));
        }
        return paused / 1e6;
    }
}
