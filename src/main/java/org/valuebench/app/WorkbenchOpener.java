package org.valuebench.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Consumer;

/**
 * Opens the workspace at a location and seeds the default one with the sample canvases the first time, so
 * a new user meets a filled workbench. A workspace chosen with --db or VALUEBENCH_DB starts empty.
 */
public final class WorkbenchOpener {
    private final Clock clock;

    public WorkbenchOpener(Clock clock) {
        this.clock = clock;
    }

    public Workbench open(WorkspaceLocation location, boolean exclusive) {
        return open(location, exclusive, backup -> { });
    }

    /** Opens the workspace; {@code upgrading} hears of an upgrade first, see {@link Workbench#open}. */
    public Workbench open(WorkspaceLocation location, boolean exclusive, Consumer<Path> upgrading) {
        Workbench workbench = Workbench.open(location.file(), exclusive, clock, upgrading);
        if (location.isDefault() && workbench.library().isEmpty() && workbench.isNewFile()) {
            SampleWorkspace.seed(workbench);
        }
        return workbench;
    }
}
