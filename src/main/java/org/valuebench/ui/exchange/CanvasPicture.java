package org.valuebench.ui.exchange;

import javafx.scene.image.WritableImage;

/** A picture of the canvas as the window draws it; taken on the JavaFX thread. */
@FunctionalInterface
public interface CanvasPicture {

    /** @param scale 2 for twice the size on screen, sharp on slides and high-density screens */
    WritableImage take(double scale);
}
