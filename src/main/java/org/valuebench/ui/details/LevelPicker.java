package org.valuebench.ui.details;

import java.util.function.IntConsumer;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import org.valuebench.domain.Limits;

/** Five buttons for a level 1–5 (importance, promise target); one is always chosen. */
final class LevelPicker extends HBox {
    private final ToggleGroup group = new ToggleGroup();
    private boolean updating;

    LevelPicker(String idPrefix, IntConsumer onPick) {
        getStyleClass().add("level-picker");
        for (int level = Limits.MIN_LEVEL; level <= Limits.MAX_LEVEL; level++) {
            ToggleButton button = new ToggleButton(Integer.toString(level));
            button.setId(idPrefix + "-" + level);
            button.setUserData(level);
            button.setToggleGroup(group);
            button.setFocusTraversable(true);
            getChildren().add(button);
        }
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (updating) {
                return;
            }
            if (now == null) {
                // A level is always chosen: clicking the chosen one again keeps it.
                updating = true;
                group.selectToggle(old);
                updating = false;
                return;
            }
            onPick.accept((Integer) now.getUserData());
        });
    }

    void setLevel(int level) {
        updating = true;
        try {
            group.getToggles().stream().filter(t -> (Integer) t.getUserData() == level).findFirst()
                    .ifPresent(group::selectToggle);
        } finally {
            updating = false;
        }
    }
}
