package org.valuebench.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Consumer;
import org.valuebench.domain.InvalidInputException;
import org.valuebench.store.StoreException;
import org.valuebench.store.TeamServer;
import org.valuebench.store.Workspace;

/**
 * Opening a {@link Workbench}: on a local file, on a team workspace, or on a workspace already open. Store failures
 * reach the caller as the app's own exception, naming the file or the server.
 */
public final class Workbenches {
    private Workbenches() {
    }

    /** Opens the workbench on a file; translates store failures into the app's own exception. */
    public static Workbench open(Path file, boolean exclusive, Clock clock) {
        return open(file, exclusive, clock, backup -> { });
    }

    /**
     * Opens the workbench on a file, telling {@code upgrading} (with the path of the copy kept of it) before an
     * older workspace is upgraded, which can take seconds.
     */
    public static Workbench open(Path file, boolean exclusive, Clock clock, Consumer<Path> upgrading) {
        try {
            return on(Workspace.open(file, exclusive, upgrading), exclusive, clock);
        } catch (StoreException | InvalidInputException e) {
            throw new AppException(e.getMessage(), e);
        }
    }

    /**
     * Opens the workbench on a team workspace on a PostgreSQL server.
     *
     * @param password typed for this session, or null for the pgpass file (app.workspace.TeamAddress takes PGPASSWORD)
     */
    public static Workbench openTeam(TeamServer server, char[] password, Clock clock) {
        try {
            return on(Workspace.openTeam(server, password), false, clock);
        } catch (StoreException | InvalidInputException e) {
            throw new AppException(e.getMessage(), e);
        }
    }

    /** The workbench on a workspace just opened; an exclusive one's leftover trash goes (see below). */
    public static Workbench on(Workspace workspace, boolean exclusive, Clock clock) {
        try {
            boolean team = workspace.localFile().isEmpty();
            if ((exclusive || team) && workspace.readOnlyReason().isEmpty()) {
                // Feedback parked for undo belongs to a history that ended with the last session. Only the one
                // window that holds a file's lock may drop it; on a team workspace only parcels by age.
                workspace.transaction(c -> {
                    workspace.feedback().emptyTrashLeftBehind();
                    return null;
                });
            }
            return new Workbench(workspace, clock, UndoHistory.DEFAULT_LIMIT);
        } catch (StoreException | InvalidInputException e) {
            workspace.close();
            throw new AppException(e.getMessage(), e);
        }
    }
}
