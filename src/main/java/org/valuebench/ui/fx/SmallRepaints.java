package org.valuebench.ui.fx;

import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;

/**
 * Keeps JavaFX from repainting the whole window in the frames that follow a change of the gap view.
 *
 * <p>Why: a change made while JavaFX lays out (new table cells, new axis labels, a pseudo-class set in
 * {@code updateItem}) asks for a CSS pass in the next frame. When that pass changes nothing on screen, the frame
 * still renders, finds no dirty region, and then paints <em>everything</em> (Prism's fallback). With the
 * software renderer that is 50–90 ms on a 1280 × 800 window, for a frame that shows nothing new. A one-pixel
 * transparent marker that changes in each of those frames gives them a dirty region of one pixel, so they cost
 * next to nothing. {@link #poke()} keeps the marker changing for the next {@value #FRAMES} frames.
 */
public final class SmallRepaints {
    static final int FRAMES = 8;
    private final Rectangle marker = new Rectangle(1, 1, Color.TRANSPARENT);
    private final Runnable startFrames;
    private final Runnable stopFrames;
    private int framesLeft;

    /** A marker whose {@link #frame()} is called by whatever {@code startFrames} starts until {@code stopFrames}. */
    SmallRepaints(Runnable startFrames, Runnable stopFrames) {
        this.startFrames = startFrames;
        this.stopFrames = stopFrames;
        marker.setId("smallRepaintMarker");
        marker.setManaged(false);
        marker.setMouseTransparent(true);
        marker.setFocusTraversable(false);
        marker.setOpacity(0);
    }

    /** Driven by the JavaFX pulse. Use on the JavaFX thread only. */
    public static SmallRepaints perFrame() {
        SmallRepaints[] repaints = new SmallRepaints[1];
        FrameTimer frames = new FrameTimer(() -> repaints[0].frame());
        repaints[0] = new SmallRepaints(frames::start, frames::stop);
        return repaints[0];
    }

    /** The marker: add it once to the view whose changes are poked about; it takes no room and no input. */
    public Node marker() {
        return marker;
    }

    /** Something changed: keep the next frames' repaints small. */
    public void poke() {
        if (framesLeft == 0) {
            startFrames.run();
        }
        framesLeft = FRAMES;
    }

    /** One frame: the marker changes (invisibly), so the frame has a dirty region of its own. */
    void frame() {
        if (framesLeft == 0) {
            return;
        }
        // Opacity 0 and 0.01 of a transparent pixel look the same; the change alone is what counts.
        marker.setOpacity(marker.getOpacity() == 0 ? 0.01 : 0);
        framesLeft--;
        if (framesLeft == 0) {
            stopFrames.run();
        }
    }

    /** True while the marker is still changing every frame. */
    boolean isActive() {
        return framesLeft > 0;
    }
}
