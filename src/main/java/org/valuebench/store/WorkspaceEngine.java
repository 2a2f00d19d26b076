package org.valuebench.store;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * What differs between the two places a workspace can live, a local SQLite file and a team's PostgreSQL database:
 * how a write transaction begins and ends, how a failure reads to the user, and what closing releases. The
 * repositories and {@link Workspace} are the same for both.
 */
interface WorkspaceEngine {
    /** Where the workspace is, for messages: the file's path, or the team server's address without secrets. */
    String where();

    /** The file, for a local workspace. */
    Optional<Path> localFile();

    /** The user signed in to a team workspace; empty for a local file, which is one person's. */
    Optional<String> user();

    /** Why a write is refused right now (damage found since opening, the server out of reach), or empty. */
    Optional<String> refusal();

    /** Begins a write transaction, waiting for other writers as the engine must. */
    void begin() throws SQLException;

    /** Begins a write transaction only if that needs no wait; false when another writer holds the turn. */
    boolean beginIfFree() throws SQLException;

    void commit() throws SQLException;

    /** Rolls back after {@code failure}; a failure of the rollback itself is kept beside it. */
    void rollbackAfter(Exception failure);

    /** The user's words for a failed write (damage, a full disk, a lost server), as the exception to throw. */
    RuntimeException failedWrite(Exception failure);

    /** Checks, before a big write, that the storage is sound; throws with advice when it is not. */
    void checkIntact();

    void waitWith(WriteWait wait);

    /** Names this open workspace in the change log (random). */
    String session();

    /** Starts listening for colleagues' changes, or empty where there are no colleagues (a local file). */
    Optional<TeamChanges> listen(TeamChanges.Listener listener);

    /** The other windows connected to the same workspace, by user; none for a local file. */
    List<Connected> others() throws SQLException;

    /** Tells the others of a change, in the transaction that made it (see {@link Workspace#announce}). */
    void announce(String session, long canvasId, String what) throws SQLException;

    /** Releases what the engine holds beyond the connection (the file's editing lock). */
    void release();
}
