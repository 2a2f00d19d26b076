package org.valuebench.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sqlite.SQLiteConfig;

/**
 * Copies what SQLite can still read of a damaged workspace into a new one, as the sqlite3 shell's .recover
 * would (the JDBC driver has no such command): table by table, row by row, past unreadable pages. The damaged
 * file is never opened: SQLite reads a scratch copy beside the new file, so not even a -wal or -shm file
 * appears next to the damaged one.
 */
public final class WorkspaceRecovery {
    /**
     * Parents before children, so foreign keys hold in the new file and a row whose parent was lost is refused.
     * The running sums are rebuilt from the records; the trash (undo of a session that ended) and Flyway's
     * history are not copied.
     */
    private static final List<String> TABLES = List.of("canvas", "item", "fit_link", "setting", "feedback_import",
            "feedback", "factor", "factor_link", "rating");

    /** Rows of one table copied, and lost (-1 when the damaged file cannot even count them). */
    public record TableCount(String table, long copied, long lost) {
    }

    private WorkspaceRecovery() {
    }

    /**
     * Recovers {@code damaged} into {@code target}, which must not exist yet; returns the counts per table.
     * On failure the new file is removed again and the damaged one is as it was.
     */
    public static List<TableCount> recover(Path damaged, Path target) {
        Path source = damaged.toAbsolutePath().normalize();
        Path into = target.toAbsolutePath().normalize();
        checkPaths(source, into);
        WorkspaceHeader.verify(source, Workspace.SCHEMA_VERSION);
        Path scratch = scratchCopy(source, into);
        try {
            return copy(source, scratch, into);
        } catch (RuntimeException e) {
            removeWithSidecars(into, e);
            throw e;
        } finally {
            removeWithSidecars(scratch, null);
        }
    }

    private static void checkPaths(Path source, Path into) {
        if (!Files.isRegularFile(source)) {
            throw new StoreException("Cannot recover " + source + ": there is no such file");
        }
        if (Files.exists(into, LinkOption.NOFOLLOW_LINKS)) {
            throw new StoreException(into + " already exists; name a new file for the recovered workspace"
                    + " (nothing was written)");
        }
        Path folder = into.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new StoreException("Cannot write " + into + ": the folder " + folder + " does not exist");
        }
    }

    private static List<TableCount> copy(Path source, Path scratch, Path into) {
        try (Workspace workspace = Workspace.open(into, false)) {
            return workspace.transaction(to -> {
                try (Connection from = readable(source, scratch, to)) {
                    List<TableCount> counts = new ArrayList<>();
                    for (String table : TABLES) {
                        counts.add(TableSalvage.copy(from, to, table));
                    }
                    workspace.feedback().rebuildSums();
                    return counts;
                }
            });
        }
    }

    /**
     * A connection to the scratch copy whose list of tables SQLite can read: when the damaged file's is not, the
     * scratch copy's first page is rebuilt from the table rows still found in the file.
     */
    private static Connection readable(Path source, Path scratch, Connection target) throws SQLException {
        Connection from = new SQLiteConfig().createConnection("jdbc:sqlite:" + scratch);
        if (WorkspaceDamage.schemaDamage(from, source).isEmpty()) {
            return from;
        }
        from.close();
        Map<String, String> definitions = new LinkedHashMap<>();
        for (String table : TABLES) {
            definitions.put(table, TableSalvage.bareDefinition(target, table));
        }
        try {
            SchemaPageRebuild.rebuild(scratch, definitions);
        } catch (IOException e) {
            throw new StoreException("Cannot read " + scratch + ": " + e.getMessage(), e);
        }
        from = new SQLiteConfig().createConnection("jdbc:sqlite:" + scratch);
        if (WorkspaceDamage.schemaDamage(from, source).isPresent()) {
            from.close();
            throw new StoreException("Cannot recover " + source + ": SQLite cannot read even the list of its"
                    + " tables, and no table was found in the file, so nothing can be copied from it"
                    + backupAdvice(source));
        }
        return from;
    }

    private static String backupAdvice(Path source) {
        return WorkspaceDamage.newestBackup(source).map(b -> "; the newest backup beside it is " + b).orElse("");
    }

    /** The damaged file (and its -wal, which may hold committed changes) copied beside the new file. */
    private static Path scratchCopy(Path source, Path into) {
        try {
            Path scratch = Files.createTempFile(into.getParent(), "." + into.getFileName() + ".", ".recovering");
            Files.copy(source, scratch, StandardCopyOption.REPLACE_EXISTING);
            Path wal = sidecar(source, "-wal");
            if (Files.isRegularFile(wal)) {
                Files.copy(wal, sidecar(scratch, "-wal"), StandardCopyOption.REPLACE_EXISTING);
            }
            return scratch;
        } catch (IOException e) {
            throw new StoreException("Cannot copy " + source + " beside " + into + " to read it: " + e.getMessage(), e);
        }
    }

    private static Path sidecar(Path file, String suffix) {
        return file.resolveSibling(file.getFileName() + suffix);
    }

    private static void removeWithSidecars(Path file, Exception failure) {
        for (String suffix : List.of("", "-wal", "-shm", "-journal")) {
            try {
                Files.deleteIfExists(sidecar(file, suffix));
            } catch (IOException e) {
                if (failure != null) {
                    failure.addSuppressed(e);
                }
            }
        }
    }
}
