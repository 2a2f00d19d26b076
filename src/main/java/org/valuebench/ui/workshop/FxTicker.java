package org.valuebench.ui.workshop;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;

/** The window's ticker: a JavaFX timeline firing once a second. */
public final class FxTicker implements WorkshopTicker {
    private Timeline timeline;

    @Override
    public void start(Runnable tick) {
        stop();
        timeline = new Timeline(new KeyFrame(Duration.seconds(1), e -> tick.run()));
        timeline.setCycleCount(Animation.INDEFINITE);
        timeline.play();
    }

    @Override
    public void stop() {
        if (timeline != null) {
            timeline.stop();
            timeline = null;
        }
    }
}
