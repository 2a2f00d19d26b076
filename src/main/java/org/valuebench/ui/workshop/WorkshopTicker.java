package org.valuebench.ui.workshop;

/**
 * Ticks the console once a second while a step's timer runs, so both windows show the time going down. The window
 * uses {@link FxTicker}; tests tick by hand, so the view model holds no animation of its own.
 */
public interface WorkshopTicker {

    /** Starts ticking (again), calling {@code tick} on the JavaFX thread once a second. */
    void start(Runnable tick);

    void stop();
}
