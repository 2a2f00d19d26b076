package org.valuebench.ui.fx;

/**
 * Runs work once the screen has drawn the updates waiting for it. The gap view model reads a report's records
 * through it, so that on two cores the database thread is not sorting records while the JavaFX thread draws the
 * report; {@link #AT_ONCE} runs the work when asked, for tests of the view model alone.
 */
@FunctionalInterface
public interface AfterDrawing {
    AfterDrawing AT_ONCE = Runnable::run;

    void run(Runnable work);
}
