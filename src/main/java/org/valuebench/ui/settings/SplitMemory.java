package org.valuebench.ui.settings;

import java.util.Arrays;
import javafx.scene.control.SplitPane;
import javafx.scene.input.MouseEvent;

/**
 * Opens a split where the user last left it and remembers where a drag leaves it, under the split's id. Saved
 * when the mouse is released rather than on every change: the positions also move while the window is laid
 * out, and the preferences are written to disk on each save.
 */
public final class SplitMemory {

    private SplitMemory() {
    }

    public static void remember(SplitPane split, WindowSettings settings) {
        String key = split.getId();
        settings.dividers(key).filter(p -> p.length == split.getDividers().size())
                .ifPresent(split::setDividerPositions);
        double[][] saved = {split.getDividerPositions()};
        split.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            double[] now = split.getDividerPositions();
            if (!Arrays.equals(now, saved[0])) {
                saved[0] = now;
                settings.saveDividers(key, now);
            }
        });
    }
}
