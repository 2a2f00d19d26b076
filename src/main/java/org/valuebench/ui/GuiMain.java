package org.valuebench.ui;

import java.util.Arrays;
import javafx.application.Application;

/** Starts the desktop window. */
public final class GuiMain {

    private GuiMain() {
    }

    /** Starts JavaFX; {@code args} may hold {@code --db FILE}. Returns when the window closes. */
    public static void run(String[] args) {
        try {
            LaunchOptions.parse(Arrays.asList(args));
        } catch (IllegalArgumentException e) {
            System.err.println("valuebench: " + e.getMessage());
            System.exit(2);
        }
        Application.launch(ValueBenchApp.class, args);
    }
}
