package org.valuebench.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The open workspace and the files kept beside it, which no export may replace, not even when forced:
 * SQLite's write-ahead log ({@code -wal}), shared-memory index ({@code -shm}) and rollback journal
 * ({@code -journal}), the window's lock ({@code .lock}) and the copies kept before a migration
 * ({@code .before-migration-*.bak}), named as {@code store.Workspace} names them. Paths are compared in
 * their real folders, so a link or {@code ..} in the path cannot hide the workspace; a file that exists is
 * also compared by identity, which catches hard links and another spelling on a case-blind disk.
 */
final class WorkspaceFiles {
    private record Companion(String suffix, String role) {
    }

    private static final List<Companion> COMPANIONS = List.of(
            new Companion("", "the open workspace"),
            new Companion("-wal", "the write-ahead log of the open workspace"),
            new Companion("-shm", "the shared-memory index of the open workspace"),
            new Companion("-journal", "the rollback journal of the open workspace"),
            new Companion(".lock", "the lock file of the open workspace"));
    private static final String BACKUP_INFIX = ".before-migration-";
    private static final String BACKUP_SUFFIX = ".bak";

    private final Path workspace;

    WorkspaceFiles(Path workspace) {
        this.workspace = workspace.toAbsolutePath().normalize();
    }

    Path workspace() {
        return workspace;
    }

    /**
     * What {@code target} is to the open workspace, e.g. "the write-ahead log of the open workspace", or
     * nothing when it is another file.
     *
     * @param target the file an export would write: links followed, in its folder's real location
     */
    Optional<String> roleOf(Path target) {
        String name = target.getFileName().toString();
        for (Path base : names()) {
            if (!target.getParent().equals(base.getParent())) {
                continue;
            }
            String workspaceName = base.getFileName().toString();
            for (Companion companion : COMPANIONS) {
                // Ignoring case: on a case-blind disk "WS.DB-WAL" is the log of ws.db; elsewhere it costs nothing.
                if (name.equalsIgnoreCase(workspaceName + companion.suffix())) {
                    return Optional.of(companion.role());
                }
            }
            if (name.regionMatches(true, 0, workspaceName + BACKUP_INFIX, 0, workspaceName.length()
                    + BACKUP_INFIX.length()) && name.toLowerCase(Locale.ROOT).endsWith(BACKUP_SUFFIX)) {
                return Optional.of("a backup of the open workspace");
            }
        }
        return sameFileAs(target);
    }

    /**
     * The workspace as opened and where it really is: the lock and backups sit beside the name it was opened
     * by, SQLite's own files beside the file a link leads to.
     */
    private Set<Path> names() {
        Set<Path> names = new LinkedHashSet<>();
        names.add(workspace);
        try {
            names.add(workspace.getParent().toRealPath().resolve(workspace.getFileName()));
            names.add(workspace.toRealPath());
        } catch (IOException e) {
            // Gone or unreachable since it was opened: the names as opened are all there is to compare.
        }
        return names;
    }

    private Optional<String> sameFileAs(Path target) {
        if (!Files.exists(target)) {
            return Optional.empty();
        }
        for (Path base : names()) {
            for (Companion companion : COMPANIONS) {
                Path file = base.resolveSibling(base.getFileName() + companion.suffix());
                if (isSameFile(target, file)) {
                    return Optional.of(companion.role());
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isSameFile(Path a, Path b) {
        try {
            return Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            // Vanished between the two looks: then it is not the workspace's file.
            return false;
        }
    }
}
