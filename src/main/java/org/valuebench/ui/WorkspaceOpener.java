package org.valuebench.ui;

import org.valuebench.app.Workbench;
import org.valuebench.app.WorkspaceLocation;

/** Opens the workbench on a workspace file; called only on the database thread. */
@FunctionalInterface
public interface WorkspaceOpener {
    Workbench open(WorkspaceLocation location);
}
