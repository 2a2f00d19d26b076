package org.valuebench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.valuebench.app.WriterWaitListener;

/**
 * Says once on standard error that a write waits for another program, so a command held up by a long import
 * does not look hung; the result still goes to standard output as usual.
 */
final class WaitingNotice implements WriterWaitListener {
    private final PrintWriter err;
    private final long limitSeconds;

    WaitingNotice(PrintWriter err, long limitSeconds) {
        this.err = err;
        this.limitSeconds = limitSeconds;
    }

    @Override
    public void waiting(Path file) {
        err.println("valuebench: waiting for another import to finish… (another program is writing to "
                + file.getFileName() + "; waiting up to " + limitSeconds + " s, --wait SECONDS changes that)");
        err.flush();
    }

    @Override
    public void resumed(Path file, Duration waited) {
        err.printf(Locale.ROOT, "valuebench: the other program finished; continuing after waiting %.1f s%n",
                waited.toMillis() / 1000.0);
        err.flush();
    }
}
