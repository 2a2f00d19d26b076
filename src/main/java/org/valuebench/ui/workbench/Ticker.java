package org.valuebench.ui.workbench;

import java.time.Duration;

/** Runs something on the JavaFX thread every so often (the window's timers), so tests can tick by hand. */
public interface Ticker {
    /** Runs {@code tick} every {@code period} until the returned handle is closed. */
    AutoCloseable every(Duration period, Runnable tick);
}
