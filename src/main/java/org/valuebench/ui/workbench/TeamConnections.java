package org.valuebench.ui.workbench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.valuebench.app.workspace.TeamAddress;
import org.valuebench.app.workspace.WorkspaceLocation;
import org.valuebench.app.workspace.WorkspaceLocationException;
import org.valuebench.app.workspace.WorkspacePath;

/**
 * File ▸ Connect to team workspace… and File ▸ Open recent. A password typed in the dialog is kept here, in
 * memory, for this session only, so that reopening a team workspace from the recent list signs in again; it is
 * never written anywhere. Without one, the driver takes PGPASSWORD or the pgpass file, as psql does.
 */
final class TeamConnections {
    private final WorkspaceOpening opening;
    private final Dialogs dialogs;
    private final RecentWorkspaces recent;
    private final Map<String, String> env;
    private final Map<String, TeamAddress> signedIn = new HashMap<>();

    TeamConnections(WorkspaceOpening opening, Dialogs dialogs, RecentWorkspaces recent, Map<String, String> env) {
        this.opening = opening;
        this.dialogs = dialogs;
        this.recent = recent;
        this.env = env;
    }

    /** Asks for a team workspace (suggesting the last one) and opens it through the usual opening path. */
    void connect() {
        dialogs.connectToTeam(suggestion()).ifPresent(address -> {
            if (address.password().isPresent()) {
                signedIn.put(address.toString(), address);
            }
            opening.open(WorkspaceLocation.team(address), false);
        });
    }

    /** Opens an entry of the recent list; a file that is gone is said so and forgotten, never made anew. */
    void openRecent(String entry) {
        if (TeamAddress.isAddress(entry)) {
            TeamAddress address;
            try {
                address = Optional.ofNullable(signedIn.get(entry)).orElseGet(() -> TeamAddress.parse(entry,
                        "The recent workspace", env));
            } catch (WorkspaceLocationException e) {
                dialogs.showError("Cannot open workspace", e.getMessage());
                return;
            }
            opening.open(WorkspaceLocation.team(address), false);
            return;
        }
        Path file;
        try {
            file = WorkspacePath.file(entry, "The recent workspace");
        } catch (WorkspaceLocationException e) {
            dialogs.showError("Cannot open workspace", e.getMessage());
            return;
        }
        if (!Files.isRegularFile(file)) {
            recent.forget(entry);
            dialogs.showError("Cannot open workspace", file + " is no longer there (moved or deleted), so it was"
                    + " taken off the recent list. Use File > Open workspace… to find it.");
            return;
        }
        opening.open(new WorkspaceLocation(file, false), false);
    }

    /** The team workspace to offer in the dialog: the newest one opened, with the password of this session. */
    private TeamAddress suggestion() {
        for (String entry : recent.entries()) {
            if (TeamAddress.isAddress(entry)) {
                TeamAddress known = signedIn.get(entry);
                if (known != null) {
                    return known;
                }
                try {
                    return TeamAddress.parse(entry, "The recent workspace", Map.of());
                } catch (WorkspaceLocationException e) {
                    return null;
                }
            }
        }
        return null;
    }
}
