package org.valuebench.app.join;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * At most {@code limit} events per key within a rolling minute (wrong codes per address, cards and requests per
 * participant). Not thread-safe: the room calls it under its lock.
 */
final class RollingLimit {
    static final Duration WINDOW = Duration.ofMinutes(1);
    private final int limit;
    private final Map<Object, Deque<Instant>> events = new HashMap<>();

    RollingLimit(int limit) {
        this.limit = limit;
    }

    /** Seconds until {@code key} may act again (0: now), counting only the events of the last minute. */
    int waitSeconds(Object key, Instant now) {
        Deque<Instant> seen = events.get(key);
        if (seen == null) {
            return 0;
        }
        Instant since = now.minus(WINDOW);
        while (!seen.isEmpty() && !seen.peekFirst().isAfter(since)) {
            seen.pollFirst();
        }
        if (seen.isEmpty()) {
            events.remove(key);
            return 0;
        }
        if (seen.size() < limit) {
            return 0;
        }
        long millis = Duration.between(now, seen.peekFirst().plus(WINDOW)).toMillis();
        return (int) Math.max(1, (millis + 999) / 1000);
    }

    void count(Object key, Instant now) {
        events.computeIfAbsent(key, k -> new ArrayDeque<>()).addLast(now);
    }

    /** Counts the event unless the key is over the limit; returns the seconds to wait (0: counted). */
    int take(Object key, Instant now) {
        int wait = waitSeconds(key, now);
        if (wait == 0) {
            count(key, now);
        }
        return wait;
    }

    void clear() {
        events.clear();
    }
}
