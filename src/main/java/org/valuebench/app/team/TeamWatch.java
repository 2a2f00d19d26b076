package org.valuebench.app.team;

import java.util.Optional;
import org.valuebench.app.AppException;
import org.valuebench.app.Workbench;
import org.valuebench.store.ChangeNotice;
import org.valuebench.store.StoreException;
import org.valuebench.store.TeamChanges;

/**
 * Watches a team workspace for colleagues' changes while a window is open on it: started by the window when it opens
 * the workbench, closed when it closes. Its listener is called on the watch's own thread, never the caller's.
 */
public final class TeamWatch implements AutoCloseable {
    /** What the window hears. */
    public interface Listener {
        /** A colleague committed a change; changes come in the order they were logged. */
        void changed(ColleagueChange change);

        /** The connection was lost ({@link ConnectionState#LOST}, with a sentence to show) or is back. */
        void connection(ConnectionState state, String message);
    }

    private final TeamChanges changes;

    private TeamWatch(TeamChanges changes) {
        this.changes = changes;
    }

    /** Starts watching the workbench's team workspace, or gives empty for a local file, where no one else writes. */
    public static Optional<TeamWatch> start(Workbench workbench, Listener listener) {
        try {
            return workbench.workspace().listen(new TeamChanges.Listener() {
                @Override
                public void changed(ChangeNotice notice) {
                    listener.changed(new ColleagueChange(notice.canvasId(), notice.what()));
                }

                @Override
                public void lost(String reason) {
                    listener.connection(ConnectionState.LOST, reason);
                }

                @Override
                public void back() {
                    listener.connection(ConnectionState.LIVE, "");
                }
            }).map(TeamWatch::new);
        } catch (StoreException e) {
            throw new AppException(e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        changes.close();
    }
}
