package org.valuebench.app.workspace;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Consumer;
import org.valuebench.app.AppException;
import org.valuebench.app.Workbench;
import org.valuebench.app.Workbenches;
import org.valuebench.app.history.DailyVersions;
import org.valuebench.app.samples.SampleWorkspace;

/**
 * Opens the workspace at a location and seeds the default one with the sample canvases the first time, so
 * a new user meets a filled workbench. A workspace chosen with --db or VALUEBENCH_DB starts empty, and its
 * folder must exist unless the location allows making it. A team workspace opens on its server, never seeded.
 */
public final class WorkbenchOpener {
    private final Clock clock;

    public WorkbenchOpener(Clock clock) {
        this.clock = clock;
    }

    public Workbench open(WorkspaceLocation location, boolean exclusive) {
        return open(location, exclusive, backup -> { });
    }

    /** Opens the workspace; {@code upgrading} hears of an upgrade first, see {@link Workbenches#open}. */
    public Workbench open(WorkspaceLocation location, boolean exclusive, Consumer<Path> upgrading) {
        if (location.isTeam()) {
            // A team's workspace is the team's: it never gets the samples, and the server keeps one writer per edit.
            return withDailyVersions(Workbenches.openTeam(location.team().server(), location.team().passwordChars(),
                    clock));
        }
        requireFolder(location);
        Workbench workbench = Workbenches.open(location.file(), exclusive, clock, upgrading);
        if (location.isDefault() && workbench.library().isEmpty() && workbench.isNewFile()) {
            SampleWorkspace.seed(workbench);
        }
        return withDailyVersions(workbench);
    }

    /** Every workbench the program opens keeps the first edit of the day's version of each canvas. */
    private static Workbench withDailyVersions(Workbench workbench) {
        DailyVersions.watch(workbench);
        return workbench;
    }

    /** A file named by the user goes into a folder that exists, unless they asked for it to be made. */
    private static void requireFolder(WorkspaceLocation location) {
        Path folder = location.file().getParent();
        if (location.mayCreateFolder() || folder == null || Files.isDirectory(folder)) {
            return;
        }
        String problem = Files.exists(folder) ? folder + " is not a folder"
                : "The folder " + folder + " does not exist";
        throw new AppException(problem + ", so " + location.file() + " cannot be created. Check the path, or add"
                + " --create to create the folder.");
    }
}
