package org.valuebench.app.team;

import java.util.List;
import org.valuebench.app.AppException;
import org.valuebench.app.Workbench;
import org.valuebench.store.StoreException;

/** Who else has the workbench's team workspace open, for the status bar. */
public final class TeamPresence {
    private TeamPresence() {
    }

    /**
     * The other windows on the same team workspace, by user (sorted by name), without the asking window; empty for a
     * local file. A query of the server's list of connections: run it on the workbench's thread.
     */
    public static List<Colleague> others(Workbench workbench) {
        try {
            return workbench.workspace().others().stream().map(c -> new Colleague(c.user(), c.windows())).toList();
        } catch (StoreException e) {
            throw new AppException(e.getMessage(), e);
        }
    }
}
