package org.valuebench.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * The local SQLite file's side of a workspace: writes take their turn at the file's write lock ({@link WriteTurn}),
 * damage found while writing makes the rest of the session read-only, and closing gives up the editing lock.
 */
final class SqliteEngine implements WorkspaceEngine {
    /** For the rare waits of reads (a WAL being recovered); writes wait their turn in {@link WriteTurn}. */
    static final int BUSY_TIMEOUT_MILLIS = 5_000;

    private final Path file;
    private final Connection connection;
    private final WorkspaceLock lock;
    private final WriteTurn writes;
    /** Set when the file turns out damaged; volatile as the window may ask from another thread. */
    private volatile String damage;
    private final String session = ChangeLog.newSession();

    SqliteEngine(Path file, Connection connection, WorkspaceLock lock) {
        this.file = file;
        this.connection = connection;
        this.lock = lock;
        this.writes = new WriteTurn(connection, file, BUSY_TIMEOUT_MILLIS, System::nanoTime);
    }

    @Override
    public String where() {
        return file.toString();
    }

    @Override
    public Optional<Path> localFile() {
        return Optional.of(file);
    }

    @Override
    public Optional<String> user() {
        return Optional.empty();
    }

    @Override
    public Optional<String> refusal() {
        return Optional.ofNullable(damage);
    }

    @Override
    public void begin() throws SQLException {
        writes.begin();
    }

    @Override
    public boolean beginIfFree() throws SQLException {
        return writes.beginIfFree();
    }

    @Override
    public void commit() throws SQLException {
        writes.commit();
    }

    @Override
    public void rollbackAfter(Exception failure) {
        writes.rollbackAfter(failure);
    }

    @Override
    public RuntimeException failedWrite(Exception e) {
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

    /** Runs SQLite's quick_check, which reads every page; damage found refuses this and every later write. */
    @Override
    public void checkIntact() {
        WorkspaceDamage.quickCheck(connection, file).ifPresent(finding -> {
            damage = WorkspaceDamage.advice(file, finding);
            throw new StoreException(damage);
        });
    }

    @Override
    public void waitWith(WriteWait wait) {
        writes.waitWith(wait);
    }

    @Override
    public void release() {
        if (lock != null) {
            lock.close();
        }
    }

    /** A local file has one window at a time and no one to tell. */
    @Override
    public void announce(String session, long canvasId, String what) {
    }

    @Override
    public String session() {
        return session;
    }

    @Override
    public Optional<TeamChanges> listen(TeamChanges.Listener listener) {
        return Optional.empty();
    }

    /** One window per file holds its lock; a command line reading beside it is nobody to show. */
    @Override
    public List<Connected> others() {
        return List.of();
    }
}
