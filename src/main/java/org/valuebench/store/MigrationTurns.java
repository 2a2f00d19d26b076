package org.valuebench.store;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.MigrationInfoService;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteDataSource;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Lets several programs that open the same new or older workspace at once (a script starting imports in
 * parallel) create or upgrade it once, one after the other, instead of failing with "database is locked" in
 * the middle of a migration or colliding on the backup's name.
 */
final class MigrationTurns {
    private MigrationTurns() {
    }

    /**
     * The connections Flyway migrates through: every transaction takes the write lock at its start (see
     * {@link WriteTurn} for why) and waits for it as long as a command would wait for another writer, so a
     * second opener waits for the first one's migration, then finds nothing left to do.
     */
    static SQLiteDataSource dataSource(Path file, SQLiteDataSource usual) {
        SQLiteConfig config = new SQLiteConfig(usual.getConfig().toProperties());
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        config.setBusyTimeout((int) Math.min(Integer.MAX_VALUE, WriteWait.DEFAULT_LIMIT.toMillis()));
        SQLiteDataSource dataSource = new PatientDataSource(config);
        dataSource.setUrl("jdbc:sqlite:" + file);
        return dataSource;
    }

    /**
     * Connects as often as it takes while another opener holds the file. A new connection applies its settings
     * (the journal mode among them) before SQLite's busy timeout is in force, so an opener arriving while another
     * switches or checkpoints the file was refused at once with SQLITE_BUSY (ConcurrentOpenTest, in CI).
     */
    private static final class PatientDataSource extends SQLiteDataSource {
        private static final long serialVersionUID = 1L;
        private static final long PAUSE_MILLIS = 20;

        PatientDataSource(SQLiteConfig config) {
            super(config);
        }

        @Override
        public SQLiteConnection getConnection(String username, String password) throws SQLException {
            long deadline = System.nanoTime() + WriteWait.DEFAULT_LIMIT.toNanos();
            while (true) {
                try {
                    return super.getConnection(username, password);
                } catch (SQLiteException e) {
                    if (!isBusy(e) || System.nanoTime() > deadline) {
                        throw e;
                    }
                    pause();
                }
            }
        }

        private static boolean isBusy(SQLiteException e) {
            return e.getResultCode() == SQLiteErrorCode.SQLITE_BUSY || e.getResultCode() == SQLiteErrorCode.SQLITE_LOCKED;
        }

        private static void pause() throws SQLException {
            try {
                Thread.sleep(PAUSE_MILLIS);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new SQLException("Interrupted while waiting for another program to open the workspace",
                        interrupted);
            }
        }
    }

    /** Waits while another opener migrates, so what is pending is read after its migration, not before. */
    static void awaitTurn(SQLiteDataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("BEGIN IMMEDIATE");
            s.execute("ROLLBACK");
        }
    }

    /** A file that has never been migrated holds nothing yet (another opener is creating it): nothing to keep. */
    static boolean needsBackup(MigrationInfoService info) {
        return info.pending().length > 0 && info.applied().length > 0;
    }

    /**
     * Creates and returns the empty file {@code base + suffix}, or with "-2", "-3", … before the suffix when
     * another opener took that name: creating it is what reserves the name. VACUUM INTO accepts an empty file.
     */
    static Path reserve(Path base, String suffix) throws IOException {
        for (int n = 1; ; n++) {
            Path candidate = base.resolveSibling(base.getFileName() + (n == 1 ? "" : "-" + n) + suffix);
            try {
                return Files.createFile(candidate);
            } catch (FileAlreadyExistsException taken) {
                // another opener's copy, or one from an earlier upgrade this second: try the next name
            }
        }
    }
}
