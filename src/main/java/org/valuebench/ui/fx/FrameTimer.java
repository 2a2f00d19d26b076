package org.valuebench.ui.fx;

import javafx.animation.AnimationTimer;

/**
 * Runs a piece of work once per JavaFX frame while started: the pulse-driven side of {@link FrameUpdateQueue} and
 * {@link SmallRepaints}, whose tests call their {@code frame()} by hand instead. Use on the JavaFX thread only.
 */
public final class FrameTimer {
    private final AnimationTimer timer;

    public FrameTimer(Runnable eachFrame) {
        timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                eachFrame.run();
            }
        };
    }

    public void start() {
        timer.start();
    }

    public void stop() {
        timer.stop();
    }
}
