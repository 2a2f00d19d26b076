package org.valuebench.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One workspace: a local SQLite file, or a team's database on a PostgreSQL server. The repositories and the
 * transactions are the same for both; what differs (opening, the write turn, what a failure means) is the
 * {@link WorkspaceEngine}'s. A workspace keeps one connection for all work: callers confine it to one thread
 * (the single writer).
 */
public final class Workspace implements AutoCloseable {
    /** The newest schema of a local file this version reads and writes; equals the highest SQLite migration. */
    public static final int SCHEMA_VERSION = 10;
    static final List<String> MIGRATIONS = List.of("classpath:db/migration");

    // Held so the level sticks: java.util.logging keeps loggers weakly.
    private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");

    static {
        FLYWAY_LOG.setLevel(Level.WARNING);
    }

    private final WorkspaceEngine engine;
    private final boolean created;
    private final Connection connection;
    private final Optional<String> readOnlyReason;
    private final CanvasRepository canvases;
    private final ItemRepository items;
    private final LinkRepository links;
    private final StrategyRepository strategy;
    private final SettingRepository settings;
    private final FeedbackRepository feedback;
    private final WorkshopRepository workshops;
    private final WorkshopVoteRepository workshopVotes;
    private final VersionRepository versions;

    Workspace(WorkspaceEngine engine, Connection connection, boolean created, Optional<String> readOnlyReason) {
        this.engine = engine;
        this.created = created;
        this.connection = connection;
        this.readOnlyReason = readOnlyReason;
        this.canvases = new CanvasRepository(connection);
        this.items = new ItemRepository(connection);
        this.links = new LinkRepository(connection);
        this.strategy = new StrategyRepository(connection);
        this.settings = new SettingRepository(connection);
        this.feedback = new FeedbackRepository(connection);
        this.workshopVotes = new WorkshopVoteRepository(connection);
        this.workshops = new WorkshopRepository(connection, workshopVotes);
        this.versions = new VersionRepository(connection);
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
        return SqliteOpening.open(file, exclusive, MIGRATIONS, SCHEMA_VERSION, upgrading);
    }

    static Workspace open(Path file, boolean exclusive, List<String> migrations, int newestSchema) {
        return SqliteOpening.open(file, exclusive, migrations, newestSchema, backup -> { });
    }

    static Workspace open(Path file, boolean exclusive, List<String> migrations, int newestSchema,
                          Consumer<Path> upgrading) {
        return SqliteOpening.open(file, exclusive, migrations, newestSchema, upgrading);
    }

    /**
     * Opens the team workspace in a PostgreSQL database, making an empty database one; see {@link TeamOpening}.
     *
     * @param password the password typed for this session, or null for the pgpass file (PGPASSWORD is taken by
     *                 app.workspace.TeamAddress)
     */
    public static Workspace openTeam(TeamServer server, char[] password) {
        return TeamOpening.open(server, password, TeamOpening.MIGRATIONS, TeamOpening.SCHEMA_VERSION);
    }

    /** The file of a local workspace; a team workspace has none (see {@link #where()}). */
    public Path file() {
        return engine.localFile().orElseThrow(() -> new StoreException(engine.where() + " is a team workspace on a"
                + " database server, not a file"));
    }

    /** The file of a local workspace, or empty for a team workspace. */
    public Optional<Path> localFile() {
        return engine.localFile();
    }

    /** Where the workspace is, for messages and titles: the file's path, or the server's address without secrets. */
    public String where() {
        return engine.where();
    }

    /** The user signed in to a team workspace; empty for a local file. */
    public Optional<String> user() {
        return engine.user();
    }

    /** True when this open created the workspace: the caller may seed it. */
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

    /** The canvases' saved versions (their history). */
    public VersionRepository versions() {
        return versions;
    }

    /**
     * Why nothing may be written to this workspace (a sentence for the user naming it), or empty when it is
     * writable: it cannot be written (a read-only file, a database user granted only reading; known at open), or
     * a write failed because the file is damaged, or {@link #checkIntact} found damage.
     */
    public Optional<String> readOnlyReason() {
        return readOnlyReason.or(engine::refusal);
    }

    /**
     * Checks the storage is sound before a big write, so an import does not pour records into a damaged file;
     * refuses this and every later write when it finds damage.
     */
    public void checkIntact() {
        refuseIfReadOnly();
        engine.checkIntact();
    }

    /**
     * Runs work in one transaction: all of it is committed, or none of it on any failure. While another
     * program writes to the file, waits for its turn as {@link #waitForWriters} says.
     */
    public <T> T transaction(SqlWork<T> work) {
        refuseIfReadOnly();
        try {
            engine.begin();
        } catch (SQLException e) {
            throw engine.failedWrite(e);
        }
        return committed(work);
    }

    private void refuseIfReadOnly() {
        readOnlyReason().ifPresent(reason -> {
            throw new StoreException(reason);
        });
    }

    /**
     * Runs work in one transaction if no other program is writing to the file at this moment, for writes that
     * may as well be left out (what to show next time) rather than keep the caller waiting.
     */
    public <T> Optional<T> transactionIfFree(SqlWork<T> work) {
        refuseIfReadOnly();
        try {
            if (!engine.beginIfFree()) {
                return Optional.empty();
            }
        } catch (SQLException e) {
            throw engine.failedWrite(e);
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
            engine.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            engine.rollbackAfter(e);
            throw engine.failedWrite(e);
        }
    }

    /**
     * Announces, inside the transaction that made it, a change of {@code canvasId} (0 for none) described by
     * {@code what}: a team workspace logs it and notifies the other windows when (and only if) the transaction
     * commits; a local file has nobody to tell.
     */
    public void announce(long canvasId, String what) {
        try {
            engine.announce(engine.session(), canvasId, what);
        } catch (SQLException e) {
            throw engine.failedWrite(e);
        }
    }

    /** This open workspace's session: random, told with each change it announces. */
    public String session() {
        return engine.session();
    }

    /**
     * Starts listening, on a thread and connection of its own, for colleagues' changes of a team workspace (see
     * {@link TeamChanges}); a local file has none and gives empty. The caller closes what it gets.
     */
    public Optional<TeamChanges> listen(TeamChanges.Listener listener) {
        return engine.listen(listener);
    }

    /**
     * The other windows open on this workspace, by database user (sorted by name), without this one; empty for a
     * local file. Reads the server's list of connections on this workspace's connection.
     */
    public List<Connected> others() {
        try {
            return engine.others();
        } catch (SQLException e) {
            throw engine.failedWrite(e);
        }
    }

    /** How later writes wait while another program writes to the file (by default up to ten minutes, silently). */
    public void waitForWriters(WriteWait wait) {
        engine.waitWith(wait);
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("Cannot close " + engine.where() + ": " + e.getMessage(), e);
        } finally {
            engine.release();
        }
    }
}
