package org.valuebench.cli;

import java.time.Clock;
import org.valuebench.app.Workbench;
import org.valuebench.app.WorkbenchOpener;
import org.valuebench.app.WorkspaceLocation;

/** Opens the workbench a command works on, given the {@code --db} value (null when it was not given). */
@FunctionalInterface
public interface WorkbenchSource {

    Workbench open(String dbOption);

    /**
     * --db, else VALUEBENCH_DB, else the default workspace. Opened without the editing lock, so the command
     * line can read a workspace that a window has open.
     */
    static WorkbenchSource fromSystem(Clock clock) {
        WorkbenchOpener opener = new WorkbenchOpener(clock);
        return dbOption -> opener.open(WorkspaceLocation.fromSystem(dbOption), false);
    }
}
