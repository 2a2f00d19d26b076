package org.valuebench.ui.workbench;

import java.util.function.Consumer;

/**
 * Writes export files (laying out a PDF, encoding a PNG) away from both the JavaFX thread and the database
 * thread, so a big export neither freezes the window nor holds up edits. It never touches the workspace:
 * exports reach it with their data already read.
 */
public final class ExportThread extends SingleThreadRunner {
    public static final String NAME = "valuebench-export";

    public ExportThread(Consumer<Runnable> toUiThread) {
        super(NAME, toUiThread);
    }
}
