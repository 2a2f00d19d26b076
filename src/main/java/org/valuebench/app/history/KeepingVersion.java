package org.valuebench.app.history;

import java.time.Clock;
import org.valuebench.app.UndoableCommand;
import org.valuebench.domain.history.VersionCause;
import org.valuebench.store.Workspace;

/**
 * A command that, the first time it runs, keeps the canvas as it was as an automatic version in the same
 * transaction: when the command fails (an import refused half-way) the version is not kept either. Undo and redo
 * are the command's; the version stays (only a person deletes versions).
 */
final class KeepingVersion implements UndoableCommand {
    private final UndoableCommand command;
    private final RestoreVersion.PendingVersion version;
    private final VersionCause cause;
    private final Clock clock;
    private boolean kept;

    KeepingVersion(UndoableCommand command, RestoreVersion.PendingVersion version, VersionCause cause, Clock clock) {
        this.command = command;
        this.version = version;
        this.cause = cause;
        this.clock = clock;
    }

    @Override
    public String label() {
        return command.label();
    }

    @Override
    public long apply(Workspace workspace) {
        if (!kept) {
            workspace.versions().insert(version.canvasId(), cause.defaultName(), cause, version.author(),
                    clock.instant(), version.summary(), version.content());
            kept = true;
        }
        return command.apply(workspace);
    }

    @Override
    public long revert(Workspace workspace) {
        return command.revert(workspace);
    }

    @Override
    public long editedCanvas() {
        return command.editedCanvas();
    }
}
