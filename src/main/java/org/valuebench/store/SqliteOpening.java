package org.valuebench.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * Opens a local workspace file: checks the file is ours and not from a newer version before SQLite touches it,
 * takes the editing lock, backs the file up before a migration and migrates it with the SQLite migrations.
 */
final class SqliteOpening {
    private SqliteOpening() {
    }

    static Workspace open(Path file, boolean exclusive, List<String> migrations, int newestSchema,
                          Consumer<Path> upgrading) {
        Path target = file.toAbsolutePath().normalize();
        WorkspaceFile inspected = WorkspaceFile.inspect(target);
        boolean fresh = inspected.isNew();
        Optional<String> readOnly = inspected.readOnlyReason();
        // The header's schema can lag behind an unflushed WAL but never runs ahead of it, so "current" is safe.
        boolean current = false;
        if (fresh) {
            createFolder(target);
        } else {
            current = WorkspaceHeader.verify(target, newestSchema) == newestSchema;
        }
        if (readOnly.isPresent()) {
            return openReadOnly(target, current, readOnly.get());
        }
        WorkspaceLock lock = exclusive ? WorkspaceLock.acquire(target) : null;
        boolean createdHere = false;
        try {
            if (fresh) {
                createdHere = createFile(target);
                createEmpty(target);
            }
            SQLiteDataSource dataSource = dataSource(target);
            if (!current) {
                // Flyway costs a second or more of start-up, so it runs only when the schema may be behind.
                migrate(target, MigrationTurns.dataSource(target, dataSource(target)), migrations, fresh, upgrading);
            }
            Connection connection = dataSource.getConnection();
            Optional<String> damaged = WorkspaceDamage.schemaDamage(connection, target);
            if (damaged.isPresent()) {
                connection.close();
                throw new StoreException(damaged.get());
            }
            return new Workspace(new SqliteEngine(target, connection, lock), connection, fresh, readOnly);
        } catch (SQLException | RuntimeException e) {
            if (lock != null) {
                lock.close();
            }
            if (createdHere) {
                // A half-made new file (0 bytes on a full disk) would be taken for a workspace next time. Only the
                // opener that created the file removes it: another opener creating the same new file at the same
                // moment may be writing into it.
                removeNewFile(target, e);
            }
            throw failedOpen(target, e);
        }
    }

    private static StoreException failedOpen(Path file, Exception e) {
        switch (SqliteFailures.classify(e)) {
            case DAMAGED:
                return new StoreException(WorkspaceDamage.advice(file, "SQLite cannot read it"), e);
            case DISK_FULL:
                return new DiskFullException(file, "the workspace could not be created or opened", e);
            default:
                return e instanceof StoreException se ? se
                        : new StoreException("Cannot open workspace " + file + ": " + e.getMessage(), e);
        }
    }

    private static void removeNewFile(Path file, Exception failure) {
        for (String suffix : List.of("", "-wal", "-shm", "-journal")) {
            try {
                Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
            } catch (IOException e) {
                failure.addSuppressed(e);
            }
        }
    }

    /**
     * Opens a workspace that cannot be written for reading only: no migration, and no editing lock, since no
     * window can change it.
     */
    private static Workspace openReadOnly(Path target, boolean current, String reason) {
        if (!current) {
            throw new StoreException(target + " was written by an older version of ValueBench and must be upgraded"
                    + " before this version can read it, but it is read-only: " + reason);
        }
        try {
            Connection connection = WorkspaceFile.readOnlyDataSource(target).getConnection();
            return new Workspace(new SqliteEngine(target, connection, null), connection, false,
                    Optional.of(reason));
        } catch (SQLException e) {
            throw new StoreException("Cannot open workspace " + target + " for reading: " + e.getMessage(), e);
        }
    }

    /** Makes the folder of a new workspace; callers that may not make folders check for it before opening. */
    private static void createFolder(Path file) {
        try {
            Path parent = file.getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new StoreException("Cannot create the folder for " + file + ": " + e.getMessage(), e);
        }
    }

    /** Marks a new file as ours while it is still in rollback-journal mode, so the mark is in the main file. */
    /** Creates the file if no one else has: true when this opener made it. */
    private static boolean createFile(Path file) throws SQLException {
        try {
            Files.createFile(file);
            return true;
        } catch (java.nio.file.FileAlreadyExistsException e) {
            return false;
        } catch (IOException e) {
            throw new SQLException("Cannot create " + file + ": " + e.getMessage(), e);
        }
    }

    private static void createEmpty(Path file) throws SQLException {
        SQLiteConfig waiting = new SQLiteConfig();
        // Another opener creating the same new file at the same moment holds it briefly: wait for it.
        waiting.setBusyTimeout((int) Math.min(Integer.MAX_VALUE, WriteWait.DEFAULT_LIMIT.toMillis()));
        SQLiteDataSource plain = new SQLiteDataSource(waiting);
        plain.setUrl("jdbc:sqlite:" + file);
        try (Connection c = plain.getConnection(); Statement s = c.createStatement()) {
            s.execute("PRAGMA application_id = " + WorkspaceHeader.APPLICATION_ID);
        }
    }

    private static SQLiteDataSource dataSource(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setBusyTimeout(SqliteEngine.BUSY_TIMEOUT_MILLIS);
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl("jdbc:sqlite:" + file);
        return dataSource;
    }

    private static void migrate(Path file, SQLiteDataSource dataSource, List<String> migrations, boolean fresh,
                                Consumer<Path> upgrading) {
        Flyway flyway = Flyway.configure()
                .dataSource(dataSource)
                .locations(migrations.toArray(String[]::new))
                .group(true) // all pending migrations in one transaction: other openers see none or all of them
                .load();
        try {
            MigrationTurns.awaitTurn(dataSource);
            if (!fresh && MigrationTurns.needsBackup(flyway.info())) {
                String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
                Path copy = MigrationTurns.reserve(file.resolveSibling(file.getFileName() + ".before-migration-"
                        + stamp), ".bak");
                upgrading.accept(copy);
                backup(file, copy, dataSource);
            }
            flyway.migrate();
            checkpoint(dataSource);
        } catch (FlywayException | SQLException | IOException e) {
            throw new StoreException("Cannot bring workspace " + file + " up to date: " + e.getMessage(), e);
        }
    }

    /** Writes the migrated header into the main file, so the next open sees the schema is current. */
    private static void checkpoint(SQLiteDataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            // Best effort: while other programs write, the header is brought up to date at a later checkpoint.
            s.execute("PRAGMA busy_timeout = 1000");
            s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        }
    }

    /** A consistent copy beside the file, taken by SQLite itself so a WAL that is not yet checkpointed is in it. */
    private static void backup(Path file, Path copy, SQLiteDataSource dataSource) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("VACUUM INTO '" + copy.toString().replace("'", "''") + "'");
        } catch (SQLException e) {
            throw new StoreException("Cannot back up " + file + " before migrating it: " + e.getMessage(), e);
        }
    }

}
