package org.valuebench.ui;

/** Starts the desktop window. Placeholder until the window lands. */
public final class GuiMain {

    private GuiMain() {
    }

    /** Starts JavaFX; {@code args} may hold {@code --db FILE}. Returns when the last window closes. */
    public static void run(String[] args) {
        throw new UnsupportedOperationException("The window is not built yet");
    }
}
