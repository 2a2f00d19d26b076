package org.valuebench.app;

import java.nio.file.Path;
import java.time.Duration;
import org.valuebench.store.WriteWait;

/**
 * Hears that a write waits for another program writing to the same workspace (a long import, say), so the
 * user knows why nothing happens yet; called on the thread that writes.
 */
public interface WriterWaitListener {
    /** The command line waits this long by default before giving up with a message; nothing is written then. */
    Duration DEFAULT_LIMIT = WriteWait.DEFAULT_LIMIT;
    Duration NO_LIMIT = WriteWait.FOREVER;

    /** The write has waited about a second and keeps waiting. */
    void waiting(Path file);

    /** The write that waited has its turn now, after {@code waited}. */
    default void resumed(Path file, Duration waited) {
    }

    /** The store's wait, up to {@code limit}, telling this listener. */
    default WriteWait asWriteWait(Duration limit) {
        WriterWaitListener listener = this;
        return new WriteWait(limit, new WriteWait.Listener() {
            @Override
            public void waiting(Path file) {
                listener.waiting(file);
            }

            @Override
            public void resumed(Path file, Duration waited) {
                listener.resumed(file, waited);
            }
        });
    }
}
