package org.valuebench.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * Runs work at the start of the JavaFX frame after the next one, so that what it changes is styled, laid out and
 * drawn in a pulse of its own rather than in the one already coming. Use on the JavaFX thread only.
 */
final class FrameAfterNext implements Executor {
    private final FrameTimer frames = new FrameTimer(this::frame);
    private final List<Runnable> waiting = new ArrayList<>();
    private int framesToSkip;

    @Override
    public void execute(Runnable work) {
        if (waiting.isEmpty()) {
            framesToSkip = 1;
            frames.start();
        }
        waiting.add(work);
    }

    private void frame() {
        if (framesToSkip > 0) {
            framesToSkip--;
            return;
        }
        frames.stop();
        List<Runnable> now = List.copyOf(waiting);
        waiting.clear();
        now.forEach(Runnable::run);
    }
}
