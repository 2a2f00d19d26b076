package org.valuebench.ui.fx;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.value.ObservableBooleanValue;

/**
 * Runs a view's updates at once while its tab shows and, while the tab is hidden, each in a frame of its own
 * (through a {@link FrameUpdateQueue}), or at once when the tab is shown before that frame. Why: a change made
 * on another tab (opening a canvas on the Canvas tab) otherwise rebuilt every part of the hidden view in one
 * handler, and styled and laid them out in one pulse.
 */
public final class HiddenTabUpdates {
    private final ObservableBooleanValue shown;
    private final FrameUpdateQueue frames;
    private final Map<Object, Runnable> waiting = new LinkedHashMap<>();

    public HiddenTabUpdates(ObservableBooleanValue shown, FrameUpdateQueue frames) {
        this.shown = shown;
        this.frames = frames;
        shown.addListener((obs, was, now) -> {
            if (now) {
                runWaiting();
            }
        });
    }

    /** Runs {@code update} now while shown, else in a coming frame in place of one waiting under {@code key}. */
    public void run(Object key, Runnable update) {
        if (shown.get()) {
            waiting.remove(key);
            update.run();
            return;
        }
        waiting.put(key, update);
        frames.submit(key, () -> {
            Runnable next = waiting.remove(key);
            if (next != null) {
                next.run();
            }
        });
    }

    private void runWaiting() {
        List<Runnable> all = new ArrayList<>(waiting.values());
        waiting.clear();
        all.forEach(Runnable::run);
    }
}
