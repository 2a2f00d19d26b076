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
import java.util.logging.Level;
import java.util.logging.Logger;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * One SQLite file is one workspace. Opening checks the file is ours and not from a newer version before SQLite
 * touches it, backs it up before a migration, and keeps one connection for all work: callers confine a
 * workspace to one thread (the single writer).
 */
public final class Workspace implements AutoCloseable {
    /** The newest schema this version reads and writes; equals the highest migration's version. */
    public static final int SCHEMA_VERSION = 6;
    static final List<String> MIGRATIONS = List.of("classpath:db/migration");
    /** For the rare waits of reads (a WAL being recovered); writes wait their turn in {@link WriteTurn}. */
    private static final int BUSY_TIMEOUT_MILLIS = 5_000;

    // Held so the level sticks: java.util.logging keeps loggers weakly.
    private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");

    static {
        FLYWAY_LOG.setLevel(Level.WARNING);
    }

    private final Path file;
    private final boolean created;
    private final Connection connection;
    private final WorkspaceLock lock;
    private final Optional<String> readOnlyReason;
    private final CanvasRepository canvases;
    private final ItemRepository items;
    private final LinkRepository links;
    private final StrategyRepository strategy;
    private final SettingRepository settings;
    private final FeedbackRepository feedback;
    private final WorkshopRepository workshops;
    private final WorkshopVoteRepository workshopVotes;
    private final WriteTurn writes;
    /** Set when the file turns out damaged; volatile as the window may ask from another thread. */
    private volatile String damage;

    private Workspace(Path file, boolean created, Connection connection, WorkspaceLock lock,
                      Optional<String> readOnlyReason) {
        this.file = file;
        this.created = created;
        this.connection = connection;
        this.lock = lock;
        this.readOnlyReason = readOnlyReason;
        this.canvases = new CanvasRepository(connection);
        this.items = new ItemRepository(connection);
        this.links = new LinkRepository(connection);
        this.strategy = new StrategyRepository(connection);
        this.settings = new SettingRepository(connection);
        this.feedback = new FeedbackRepository(connection);
        this.workshopVotes = new WorkshopVoteRepository(connection);
        this.workshops = new WorkshopRepository(connection, workshopVotes);
        this.writes = new WriteTurn(connection, file, BUSY_TIMEOUT_MILLIS, System::nanoTime);
    }

    /**
     * Opens or creates the workspace in {@code file}.
     *
     * @param exclusive take the editing lock, so a second window on the same file is refused
     */
    public static Workspace open(Path file, boolean exclusive) {
        return open(file, exclusive, backup -> { });
    }

    /**
     * Opens or creates the workspace in {@code file}, telling {@code upgrading} before an older workspace is
     * brought up to the current schema: that can take seconds with much feedback.
     *
     * @param upgrading given the copy of the file that is kept before the upgrade starts
     */
    public static Workspace open(Path file, boolean exclusive, Consumer<Path> upgrading) {
        return open(file, exclusive, MIGRATIONS, SCHEMA_VERSION, upgrading);
    }

    static Workspace open(Path file, boolean exclusive, List<String> migrations, int newestSchema) {
        return open(file, exclusive, migrations, newestSchema, backup -> { });
    }

    static Workspace open(Path file, boolean exclusive, List<String> migrations, int newestSchema,
                          Consumer<Path> upgrading) {
        Path target = file.toAbsolutePath().normalize();
        WorkspaceFile inspected = WorkspaceFile.inspect(target);
        boolean fresh = inspected.isNew();
        boolean existed = Files.exists(target);
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
        try {
            if (fresh) {
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
            return new Workspace(target, fresh, connection, lock, readOnly);
        } catch (SQLException | RuntimeException e) {
            if (lock != null) {
                lock.close();
            }
            if (!existed) {
                // A half-made new file (0 bytes on a full disk) would be taken for a workspace next time.
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
            return new Workspace(target, false, connection, null, Optional.of(reason));
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
    private static void createEmpty(Path file) throws SQLException {
        SQLiteDataSource plain = new SQLiteDataSource();
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
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
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

    public Path file() {
        return file;
    }

    /** True when this open created the file: the caller may seed it. */
    public boolean created() {
        return created;
    }

    public CanvasRepository canvases() {
        return canvases;
    }

    public ItemRepository items() {
        return items;
    }

    public LinkRepository links() {
        return links;
    }

    public StrategyRepository strategy() {
        return strategy;
    }

    public SettingRepository settings() {
        return settings;
    }

    public FeedbackRepository feedback() {
        return feedback;
    }

    /** Workshops, their agendas, participants, contributions and saved plans. */
    public WorkshopRepository workshops() {
        return workshops;
    }

    /** The workshops' votes, dots and decisions. */
    public WorkshopVoteRepository workshopVotes() {
        return workshopVotes;
    }

    /**
     * Why nothing may be written to this workspace (a sentence for the user naming the file), or empty when it is
     * writable: the file or its folder cannot be written (known at open), or a write failed because the file is
     * damaged, or {@link #checkIntact} found damage.
     */
    public Optional<String> readOnlyReason() {
        return readOnlyReason.or(() -> Optional.ofNullable(damage));
    }

    /**
     * Runs SQLite's quick_check, which reads every page: for before a big write, so an import does not pour
     * records into a damaged file. Refuses this and every later write when it finds damage.
     */
    public void checkIntact() {
        refuseIfReadOnly();
        WorkspaceDamage.quickCheck(connection, file).ifPresent(finding -> {
            damage = WorkspaceDamage.advice(file, finding);
            throw new StoreException(damage);
        });
    }

    /**
     * Runs work in one transaction: all of it is committed, or none of it on any failure. While another
     * program writes to the file, waits for its turn as {@link #waitForWriters} says.
     */
    public <T> T transaction(SqlWork<T> work) {
        refuseIfReadOnly();
        try {
            writes.begin();
        } catch (SQLException e) {
            throw failedWrite(e);
        }
        return committed(work);
    }

    private void refuseIfReadOnly() {
        readOnlyReason().ifPresent(reason -> {
            throw new StoreException(reason);
        });
    }

    private RuntimeException failedWrite(Exception e) {
        switch (SqliteFailures.classify(e)) {
            case DAMAGED:
                damage = WorkspaceDamage.advice(file, WorkspaceDamage.quickCheck(connection, file)
                        .orElse("SQLite reported damage while writing"));
                return new StoreException(damage, e);
            case DISK_FULL:
                return new DiskFullException(file, e);
            default:
                return e instanceof RuntimeException r ? r
                        : new StoreException("Cannot write to " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Runs work in one transaction if no other program is writing to the file at this moment, for writes that
     * may as well be left out (what to show next time) rather than keep the caller waiting.
     */
    public <T> Optional<T> transactionIfFree(SqlWork<T> work) {
        refuseIfReadOnly();
        try {
            if (!writes.beginIfFree()) {
                return Optional.empty();
            }
        } catch (SQLException e) {
            throw failedWrite(e);
        }
        return Optional.of(committed(work));
    }

    /**
     * Runs work in the transaction just begun and commits it; on any failure rolls back (ROLLBACK's own failure
     * after a full disk is kept beside the one that matters) and says what happened in the user's words.
     */
    private <T> T committed(SqlWork<T> work) {
        try {
            T result = work.run(connection);
            writes.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            writes.rollbackAfter(e);
            throw failedWrite(e);
        }
    }

    /** How later writes wait while another program writes to the file (by default up to ten minutes, silently). */
    public void waitForWriters(WriteWait wait) {
        writes.waitWith(wait);
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("Cannot close " + file + ": " + e.getMessage(), e);
        } finally {
            if (lock != null) {
                lock.close();
            }
        }
    }
}
