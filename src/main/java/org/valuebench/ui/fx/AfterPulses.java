package org.valuebench.ui.fx;

import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Runs work once a scene has laid out (and so drawn) a number of pulses from now, as a task of its own after the
 * last one: how the window lets a frame reach the screen before work that would hold it up.
 */
public final class AfterPulses {

    private AfterPulses() {
    }

    /** Runs {@code action} on the JavaFX thread after {@code pulses} more layout pulses of {@code scene}. */
    public static void run(Scene scene, int pulses, Runnable action) {
        int[] seen = {0};
        Runnable[] wait = new Runnable[1];
        wait[0] = () -> {
            if (++seen[0] >= pulses) {
                scene.removePostLayoutPulseListener(wait[0]);
                Platform.runLater(action);
            } else {
                Platform.requestNextPulse();
            }
        };
        scene.addPostLayoutPulseListener(wait[0]);
        Platform.requestNextPulse();
    }
}
