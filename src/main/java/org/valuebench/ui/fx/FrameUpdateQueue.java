package org.valuebench.ui.fx;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Spreads screen updates over frames: one update per frame, so the styling, layout and drawing each one causes
 * happen in a pulse of their own instead of all in one long pulse. The frame right after the queue fills is left
 * to the change that led there. In the gap view, a new report fills the ranking at once (in the pulse after it
 * arrives); the queue skips that frame, then the summary and the chart on screen follow one frame each. The
 * window has one queue, shared by the gap view and the hidden strategy view, which follows a canvas change
 * through it a frame after the Canvas tab's board; so the two never share a pulse. An update
 * submitted under a key that is still waiting replaces it in its place, so a burst of reports costs one update
 * per part of the view, for the latest report.
 *
 * <p>{@link #perFrame()} drives the queue from a {@link FrameTimer} that runs only while updates wait;
 * {@link #immediate()} runs each update when submitted (tests of the view's content use it).
 */
public final class FrameUpdateQueue {
    private final Map<Object, Runnable> waiting = new LinkedHashMap<>();
    private final boolean immediate;
    private final Runnable startFrames;
    private final Runnable stopFrames;
    private boolean skipNextFrame;

    /** A queue whose {@link #frame()} is called by whatever {@code startFrames} starts until {@code stopFrames}. */
    FrameUpdateQueue(Runnable startFrames, Runnable stopFrames) {
        this(false, startFrames, stopFrames);
    }

    private FrameUpdateQueue(boolean immediate, Runnable startFrames, Runnable stopFrames) {
        this.immediate = immediate;
        this.startFrames = startFrames;
        this.stopFrames = stopFrames;
    }

    /** Runs one update per frame of the JavaFX pulse. Use on the JavaFX thread only. */
    public static FrameUpdateQueue perFrame() {
        FrameUpdateQueue[] queue = new FrameUpdateQueue[1];
        FrameTimer frames = new FrameTimer(() -> queue[0].frame());
        queue[0] = new FrameUpdateQueue(frames::start, frames::stop);
        return queue[0];
    }

    /** Runs every update at once, as if each had a frame of its own. */
    public static FrameUpdateQueue immediate() {
        return new FrameUpdateQueue(true, () -> { }, () -> { });
    }

    /** Runs {@code update} in a coming frame, in place of one still waiting under the same {@code key}. */
    public void submit(Object key, Runnable update) {
        add(key, update, false);
    }

    /** Runs {@code update} after every update waiting now, in place of one still waiting under the same key. */
    public void submitLast(Object key, Runnable update) {
        waiting.remove(key);
        add(key, update, false);
    }

    /** Runs {@code update} in the next frame the queue gives an update, ahead of those already waiting. */
    public void submitFirst(Object key, Runnable update) {
        add(key, update, true);
    }

    private void add(Object key, Runnable update, boolean first) {
        if (immediate) {
            update.run();
            return;
        }
        if (waiting.isEmpty()) {
            // The change that led here (new rows in the ranking) is laid out in the next pulse: leave it alone.
            skipNextFrame = true;
            startFrames.run();
        }
        if (first) {
            Map<Object, Runnable> later = new LinkedHashMap<>(waiting);
            later.remove(key);
            waiting.clear();
            waiting.put(key, update);
            waiting.putAll(later);
        } else {
            waiting.put(key, update);
        }
    }

    /** One frame: runs the oldest waiting update, unless this is the frame right after the queue filled. */
    void frame() {
        if (skipNextFrame) {
            skipNextFrame = false;
            return;
        }
        Iterator<Runnable> oldest = waiting.values().iterator();
        if (oldest.hasNext()) {
            Runnable update = oldest.next();
            oldest.remove();
            update.run();
        }
        if (waiting.isEmpty()) {
            stopFrames.run();
        }
    }

    /** True when no update waits for its frame. */
    public boolean isIdle() {
        return waiting.isEmpty();
    }
}
