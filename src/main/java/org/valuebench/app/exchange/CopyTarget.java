package org.valuebench.app.exchange;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import org.valuebench.app.AppException;
import org.valuebench.app.Workbench;
import org.valuebench.store.StoreException;
import org.valuebench.store.TeamServer;

/**
 * Opens the workspace a canvas is copied to, from what the user typed: a {@code postgresql://} address names a team
 * workspace, anything else a workspace file (a new file becomes a new, empty workspace). A small resolving of its
 * own until {@code app.workspace.WorkspaceLocation} accepts team addresses too; then this should use that.
 */
public final class CopyTarget {
    private CopyTarget() {
    }

    /** True when {@code location} is a team workspace's address (which takes a password) rather than a file. */
    public static boolean isTeamAddress(String location) {
        return location != null && TeamServer.isAddress(location);
    }

    /**
     * @param password typed for this copy, or null: then a password in the address, else PGPASSWORD or the pgpass
     *                 file, as PostgreSQL's own tools take it
     */
    public static Workbench open(String location, char[] password, Clock clock) {
        String text = location == null ? "" : location.strip();
        if (text.isEmpty()) {
            throw new AppException("Name the workspace to copy to: a workspace file or a postgresql:// address");
        }
        if (TeamServer.isAddress(text)) {
            TeamServer.Parsed parsed;
            try {
                parsed = TeamServer.parse(text, System.getProperty("user.name"));
            } catch (StoreException e) {
                throw new AppException(e.getMessage(), e);
            }
            char[] given = password != null ? password : parsed.password().map(String::toCharArray).orElse(null);
            return Workbench.openTeam(parsed.server(), given, clock);
        }
        Path file;
        try {
            file = Path.of(text).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw new AppException("'" + text + "' cannot name a workspace file: " + e.getReason(), e);
        }
        return Workbench.open(file, false, clock);
    }
}
