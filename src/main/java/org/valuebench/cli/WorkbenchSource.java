package org.valuebench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Consumer;
import org.valuebench.app.Workbench;
import org.valuebench.app.workspace.WorkbenchOpener;
import org.valuebench.app.workspace.WorkspaceLocation;

/**
 * Opens the workbench a command works on, given the {@code --db} value (null when it was not given) and whether
 * {@code --create} allows making a missing folder for it.
 */
@FunctionalInterface
public interface WorkbenchSource {

    Workbench open(String dbOption, boolean createFolder);

    /**
     * --db, else VALUEBENCH_DB, else the default workspace. Opened without the editing lock, so the command
     * line can read a workspace that a window has open.
     */
    static WorkbenchSource fromSystem(Clock clock, PrintWriter err) {
        WorkbenchOpener opener = new WorkbenchOpener(clock);
        return (dbOption, createFolder) -> opener.open(WorkspaceLocation.fromSystem(dbOption)
                .creatingFolder(createFolder), false, upgradeNotice(err));
    }

    /**
     * Says on {@code err}, before it starts, that an older workspace is being upgraded: with much feedback that
     * takes long enough to look like a hang.
     */
    static Consumer<Path> upgradeNotice(PrintWriter err) {
        return backup -> {
            err.println("valuebench: upgrading the workspace for this version of ValueBench (once; with much feedback"
                    + " it can take a minute); the file as it was is kept as " + backup);
            err.flush();
        };
    }
}
