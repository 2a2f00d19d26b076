package org.valuebench.ui.workshop.presentation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.ChoiceDialog;
import javafx.stage.Screen;
import javafx.stage.Window;

/** The small chooser of the projector's screen: every screen with its size, the suggested one preselected. */
final class ScreenChoice {
    private ScreenChoice() {
    }

    /** One screen as the chooser lists it: "Screen 2: 1920 × 1080". */
    record Option(Screen screen, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    static List<Option> options(List<Screen> screens) {
        List<Option> options = new ArrayList<>();
        for (int i = 0; i < screens.size(); i++) {
            Screen s = screens.get(i);
            options.add(new Option(s, "Screen " + (i + 1) + ": " + Math.round(s.getBounds().getWidth()) + " × "
                    + Math.round(s.getBounds().getHeight()) + (s.equals(Screen.getPrimary()) ? " (primary)" : "")));
        }
        return options;
    }

    static Optional<Screen> ask(List<Screen> screens, Screen suggested, Window owner) {
        List<Option> options = options(screens);
        Option preselected = options.stream().filter(o -> o.screen().equals(suggested)).findFirst()
                .orElse(options.get(0));
        ChoiceDialog<Option> dialog = new ChoiceDialog<>(preselected, options);
        dialog.initOwner(owner);
        dialog.setTitle("Presentation screen");
        dialog.setHeaderText("Which screen is the projector?");
        dialog.setContentText("Show the presentation on");
        return dialog.showAndWait().map(Option::screen);
    }
}
