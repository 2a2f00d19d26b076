package org.valuebench.ui.workbench;

import java.time.Duration;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;

/** The window's ticker: a JavaFX timeline, so each tick runs on the JavaFX thread. */
public final class FxTicker implements Ticker {
    @Override
    public AutoCloseable every(Duration period, Runnable tick) {
        Timeline timeline = new Timeline(new KeyFrame(javafx.util.Duration.millis(period.toMillis()), e -> tick.run()));
        timeline.setCycleCount(Animation.INDEFINITE);
        timeline.play();
        return timeline::stop;
    }
}
