package org.valuebench.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What {@link JoinLoadBenchmark} measures, from the participants' threads and the JavaFX thread: when each card was
 * submitted (System.nanoTime just before its first send), when its text first appeared in the session on the JavaFX
 * thread (hidden cards included) and on the presentation's slide, the requests sent, retries and refusals by
 * status, and anything that went wrong.
 */
final class JoinLoadFigures {
    private final Map<String, Long> submitted = new ConcurrentHashMap<>();
    private final Map<String, Long> inSession = new ConcurrentHashMap<>();
    private final Map<String, Long> onSlide = new ConcurrentHashMap<>();
    private final Map<Integer, AtomicInteger> refusals = new ConcurrentHashMap<>();
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger retries = new AtomicInteger();
    private final AtomicInteger replays = new AtomicInteger();
    private final List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());

    void submitted(String text, long nanos) {
        submitted.put(text, nanos);
    }

    /** JavaFX thread: the texts the session's canvas holds now; the first sighting of each is kept. */
    void seenInSession(Collection<String> texts, long nanos) {
        texts.forEach(t -> inSession.putIfAbsent(t, nanos));
    }

    /** JavaFX thread: the texts the presentation's slide shows now. */
    void seenOnSlide(Collection<String> texts, long nanos) {
        texts.forEach(t -> onSlide.putIfAbsent(t, nanos));
    }

    void request() {
        requests.incrementAndGet();
    }

    void retried() {
        retries.incrementAndGet();
    }

    void replayed() {
        replays.incrementAndGet();
    }

    void refused(int status) {
        refusals.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
    }

    void failed(String what) {
        failures.add(what);
    }

    int requests() {
        return requests.get();
    }

    List<String> failures() {
        synchronized (failures) {
            return List.copyOf(failures);
        }
    }

    /** The texts submitted so far. */
    java.util.Set<String> submittedTexts() {
        return java.util.Set.copyOf(submitted.keySet());
    }

    String refusalsText() {
        Map<Integer, Integer> sorted = new TreeMap<>();
        refusals.forEach((status, n) -> sorted.put(status, n.get()));
        return sorted.isEmpty() ? "none" : sorted.toString();
    }

    String retriesText() {
        return retries.get() + " cards sent again with the same id, " + replays.get() + " dots replayed";
    }

    /** Sorted latencies in ms, to the slide or to the session, of the submitted cards {@code which} picks. */
    double[] latencies(boolean slide, java.util.function.Predicate<String> which) {
        Map<String, Long> seen = slide ? onSlide : inSession;
        return submitted.entrySet().stream().filter(e -> which.test(e.getKey()) && seen.containsKey(e.getKey()))
                .mapToDouble(e -> (seen.get(e.getKey()) - e.getValue()) / 1e6).sorted().toArray();
    }

    long countSubmitted(java.util.function.Predicate<String> which) {
        return submitted.keySet().stream().filter(which).count();
    }

    /** "300 cards: p50 …, p95 …, max … ms", of sorted latencies. */
    static String summary(double[] sorted) {
        if (sorted.length == 0) {
            return "no cards seen";
        }
        return String.format(Locale.ROOT, "%d cards: p50 %.0f ms, p95 %.0f ms, max %.0f ms", sorted.length,
                percentile(sorted, 50), percentile(sorted, 95), sorted[sorted.length - 1]);
    }

    /** Nearest-rank percentile of sorted values. */
    static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    @Override
    public String toString() {
        return "submitted " + submitted.size() + ", in session " + inSession.size() + ", on slide " + onSlide.size()
                + ", requests " + requests.get() + ", refusals " + refusalsText() + ", failures "
                + Arrays.toString(failures().toArray());
    }
}
