package org.valuebench.app.workspace;

import java.nio.file.Path;
import java.util.List;
import org.valuebench.app.AppException;
import org.valuebench.store.StoreException;
import org.valuebench.store.WorkspaceRecovery;

/**
 * Saves what can still be read of a damaged workspace into a new one, leaving the damaged file as it is (it may
 * still be worth a specialist's look, or a backup may turn up).
 */
public final class Recovery {

    /** Rows of one table copied into the new workspace, and lost; lost is -1 when it cannot be told. */
    public record TableOutcome(String table, long copied, long lost) {
    }

    public record Outcome(Path damaged, Path recovered, List<TableOutcome> tables) {
    }

    private Recovery() {
    }

    /** @throws AppException when nothing could be recovered, or {@code target} exists; nothing is left at target */
    public static Outcome recover(Path damaged, Path target) {
        try {
            List<TableOutcome> tables = WorkspaceRecovery.recover(damaged, target).stream()
                    .map(t -> new TableOutcome(t.table(), t.copied(), t.lost())).toList();
            return new Outcome(damaged.toAbsolutePath().normalize(), target.toAbsolutePath().normalize(), tables);
        } catch (StoreException e) {
            throw new AppException(e.getMessage(), e);
        }
    }
}
