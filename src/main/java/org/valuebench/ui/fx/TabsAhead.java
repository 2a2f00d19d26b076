package org.valuebench.ui.fx;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * Makes the views of tabs not chosen yet ({@link FirstShown}) one a pulse, while nobody waits for them. Made only
 * when first chosen, the Gaps view kept the window from answering for 0.3 s at that first click (a million
 * records, software rendering); made here, once the canvas is on screen, the click only shows it.
 */
public final class TabsAhead {

    private TabsAhead() {
    }

    /** Queues every tab of {@code scene} whose view is still to be made, and makes them one after another. */
    public static void buildAll(Scene scene) {
        Deque<Tab> pending = new ArrayDeque<>();
        for (Node node : scene.getRoot().lookupAll(".tab-pane")) {
            if (node instanceof TabPane pane) {
                pane.getTabs().stream().filter(FirstShown::isPending).forEach(pending::add);
            }
        }
        next(scene, pending);
    }

    private static void next(Scene scene, Deque<Tab> pending) {
        Tab tab = pending.poll();
        if (tab == null) {
            return;
        }
        FirstShown.buildAhead(tab);
        // After the pulse that styles and lays out what was just made, so each view's cost has a pulse of its own.
        AfterPulses.run(scene, 1, () -> next(scene, pending));
    }
}
