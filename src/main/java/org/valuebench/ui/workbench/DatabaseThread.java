package org.valuebench.ui.workbench;

import java.util.function.Consumer;

/**
 * The one thread that owns the open workbench: opening, every read and edit, closing. A single thread keeps
 * SQLite with one writer and edits in the order they were made.
 */
public final class DatabaseThread extends SingleThreadRunner {
    public static final String NAME = "valuebench-db";

    public DatabaseThread(Consumer<Runnable> toUiThread) {
        super(NAME, toUiThread);
    }
}
