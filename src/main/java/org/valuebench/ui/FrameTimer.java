package org.valuebench.ui;

import javafx.animation.AnimationTimer;

/**
 * Runs a piece of work once per JavaFX frame while started: the pulse-driven side of {@link FrameUpdateQueue},
 * whose tests call its {@code frame()} by hand instead. Use on the JavaFX thread only.
 */
final class FrameTimer {
    private final AnimationTimer timer;

    FrameTimer(Runnable eachFrame) {
        timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                eachFrame.run();
            }
        };
    }

    void start() {
        timer.start();
    }

    void stop() {
        timer.stop();
    }
}
