package org.valuebench.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What {@link TeamEditorsBenchmark} counts: when each marked edit was made (System.nanoTime as the editor's call
 * began, so its own transaction and its read back count against the figure: the watcher may see the edit before the
 * editor's call returns), when the watching window model first showed it, the actions done and refused by kind, and, per item of
 * the shared pool, how many text edits were committed (for the lost-update check against the row's version).
 */
final class TeamEditorsFigures {
    private final Map<String, Long> committed = new ConcurrentHashMap<>();
    private final Map<String, Long> shown = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> done = new ConcurrentHashMap<>();
    private final Map<Long, AtomicLong> editsPerItem = new ConcurrentHashMap<>();
    private final AtomicInteger conflicts = new AtomicInteger();
    private final List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());

    void committed(String marker, long nanos) {
        committed.put(marker, nanos);
    }

    /** The markers the watcher's read of the canvas holds; the first sighting of each is kept. */
    void shown(Collection<String> markers, long nanos) {
        markers.forEach(m -> shown.putIfAbsent(m, nanos));
    }

    void done(String kind) {
        done.computeIfAbsent(kind, k -> new AtomicInteger()).incrementAndGet();
    }

    void editedItem(long itemId) {
        editsPerItem.computeIfAbsent(itemId, k -> new AtomicLong()).incrementAndGet();
    }

    void conflict() {
        conflicts.incrementAndGet();
    }

    void failed(String what) {
        failures.add(what);
    }

    Map<String, AtomicInteger> done() {
        return done;
    }

    Map<Long, AtomicLong> editsPerItem() {
        return editsPerItem;
    }

    int conflicts() {
        return conflicts.get();
    }

    List<String> failures() {
        return failures;
    }

    int markers() {
        return committed.size();
    }

    /** Milliseconds from commit to shown, sorted, for every marker the watcher showed after its commit was known. */
    long[] latenciesMillis() {
        return committed.entrySet().stream().filter(e -> shown.containsKey(e.getKey()))
                .mapToLong(e -> Math.max(0, shown.get(e.getKey()) - e.getValue()) / 1_000_000).sorted().toArray();
    }

    /** Markers never shown: overwritten by a later edit of the same item before the watcher read it. */
    long unseen() {
        return committed.keySet().stream().filter(m -> !shown.containsKey(m)).count();
    }
}
