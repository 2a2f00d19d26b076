package org.valuebench.store;

import java.nio.file.Path;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * How long a write waits while another program (or another connection) writes to the same workspace, and who
 * hears that it is waiting.
 *
 * @param limit    how long to wait before giving up; {@link #FOREVER} never gives up
 * @param listener told once when the wait has lasted {@link #NOTICE_AFTER}, and again when the turn comes
 */
public record WriteWait(Duration limit, Listener listener) {
    /** The command line's default: an import of millions of rows by another process takes minutes. */
    public static final Duration DEFAULT_LIMIT = Duration.ofMinutes(10);
    public static final Duration FOREVER = ChronoUnit.FOREVER.getDuration();
    /** Shorter waits are ordinary turn-taking and not worth a word. */
    public static final Duration NOTICE_AFTER = Duration.ofSeconds(1);
    public static final WriteWait DEFAULT = new WriteWait(DEFAULT_LIMIT, Listener.SILENT);

    public WriteWait {
        Objects.requireNonNull(limit, "limit");
        Objects.requireNonNull(listener, "listener");
        if (limit.isNegative()) {
            throw new IllegalArgumentException("A wait cannot be negative: " + limit);
        }
    }

    /** Hears about a write that waits for its turn; called on the thread that writes. */
    public interface Listener {
        Listener SILENT = new Listener() {
            @Override
            public void waiting(Path file) {
                // nobody to tell
            }

            @Override
            public void resumed(Path file, Duration waited) {
                // nobody to tell
            }
        };

        /** The write has waited {@link #NOTICE_AFTER} for another writer and keeps waiting. */
        void waiting(Path file);

        /** The write that waited now has its turn, after {@code waited} (not called when it gives up). */
        void resumed(Path file, Duration waited);
    }
}
