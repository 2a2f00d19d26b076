package org.valuebench.app.exchange;

import java.time.Clock;
import org.valuebench.app.AppException;
import org.valuebench.app.Workbench;
import org.valuebench.app.workspace.TeamAddress;
import org.valuebench.app.workspace.WorkbenchOpener;
import org.valuebench.app.workspace.WorkspaceLocation;
import org.valuebench.app.workspace.WorkspacePath;

/**
 * Opens the workspace a canvas is copied to, from what the user typed, as {@code --db} reads it: a
 * {@code postgresql://} address names a team workspace (user from the address or PGUSER, password from the address,
 * the dialog, PGPASSWORD or the pgpass file), anything else a workspace file (a new file becomes a new, empty
 * workspace, in a folder that exists).
 */
public final class CopyTarget {
    private CopyTarget() {
    }

    /** True when {@code location} is a team workspace's address (which takes a password) rather than a file. */
    public static boolean isTeamAddress(String location) {
        return location != null && TeamAddress.isAddress(location);
    }

    /**
     * @param source   where it was typed ("--to", "the workspace to copy to"), for messages
     * @param password typed for this copy, or null: then as PostgreSQL's own tools take it
     * @throws AppException naming the source when the text cannot name a workspace, or the workspace cannot be
     *                      opened; nothing is created then
     */
    public static Workbench open(String location, String source, char[] password, Clock clock) {
        String text = location == null ? "" : location.strip();
        if (text.isEmpty()) {
            throw new AppException("Name the workspace to copy to: a workspace file or a postgresql:// address");
        }
        WorkspaceLocation target;
        if (isTeamAddress(text)) {
            TeamAddress address = TeamAddress.parse(text, source, System.getenv());
            target = WorkspaceLocation.team(password == null ? address : address.withPassword(password));
        } else {
            target = new WorkspaceLocation(WorkspacePath.file(text, source).toAbsolutePath().normalize(), false);
        }
        return new WorkbenchOpener(clock).open(target, false);
    }
}
