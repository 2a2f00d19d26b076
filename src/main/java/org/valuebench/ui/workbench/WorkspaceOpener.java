package org.valuebench.ui.workbench;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.valuebench.app.Workbench;
import org.valuebench.app.workspace.WorkspaceLocation;

/** Opens the workbench on a workspace file; called only on the database thread. */
@FunctionalInterface
public interface WorkspaceOpener {
    /** Opens the workbench; {@code upgrading} is given the path of the copy kept before an older file is upgraded. */
    Workbench open(WorkspaceLocation location, Consumer<Path> upgrading);
}
