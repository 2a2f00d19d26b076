package org.valuebench.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.valuebench.io.AtomicFiles;
import org.valuebench.io.FormatException;
import org.valuebench.io.WriteTarget;

/**
 * Where the exports of one open workbench may write. Never over the open workspace or the files beside it;
 * never to a device, a pipe or a socket; over another SQLite database or a read-only file only when forced.
 * Everything else is written whole or not at all ({@link AtomicFiles}).
 */
public final class ExportFiles {
    /** The open workspace's file and its companions; null for a team workspace, which has no file to protect. */
    private final WorkspaceFiles workspace;
    private final boolean force;
    private final Clock clock;

    /**
     * @param workspaceFile the open workspace's file, or null when it is a team workspace on a server
     * @param force also replace an SQLite database or a read-only file (the command line's {@code --force})
     * @param clock tells when temporary files left by killed exports are old enough to remove
     */
    public ExportFiles(Path workspaceFile, boolean force, Clock clock) {
        this.workspace = workspaceFile == null ? null : new WorkspaceFiles(workspaceFile);
        this.force = force;
        this.clock = clock;
    }

    public ExportFiles forcing() {
        return new ExportFiles(workspace == null ? null : workspace.workspace(), true, clock);
    }

    /**
     * Writes {@code file} after checking it may be written; nothing is written, not even a temporary file,
     * when it may not.
     *
     * @throws AppException  naming the file and why it may not be written, and what to do instead
     * @throws FormatException naming the file when writing it failed
     */
    public void write(Path file, AtomicFiles.Content content) {
        AtomicFiles.write(check(file), content, force, clock);
    }

    private WriteTarget check(Path file) {
        WriteTarget target;
        try {
            target = WriteTarget.of(file);
        } catch (FormatException e) {
            throw new AppException(e.getMessage(), e);
        }
        Optional.ofNullable(workspace).flatMap(files -> files.roleOf(target.file())).ifPresent(role -> {
            throw new AppException("Cannot write " + target.requested() + ": it is " + role + " "
                    + workspace.workspace() + ", and an export there would destroy its canvases and feedback."
                    + " Choose another file.");
        });
        if (!force) {
            target.protection().ifPresent(reason -> {
                throw new AppException("Cannot write " + target.requested() + ": " + reason + ". Choose another"
                        + " file; to replace it anyway, use --force on the command line.");
            });
        }
        return target;
    }
}
