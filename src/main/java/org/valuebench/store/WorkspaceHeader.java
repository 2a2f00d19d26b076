package org.valuebench.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads the 100-byte SQLite header without opening the database, so a foreign file is judged and refused
 * before SQLite could touch it (a WAL switch or a journal would change it on disk).
 */
final class WorkspaceHeader {
    /** "VBnc" in the SQLite header's application_id field marks a ValueBench workspace. */
    static final int APPLICATION_ID = 0x56426E63;
    private static final byte[] MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final int HEADER_SIZE = 100;
    private static final int USER_VERSION_OFFSET = 60;
    private static final int APPLICATION_ID_OFFSET = 68;

    private final int userVersion;
    private final int applicationId;

    private WorkspaceHeader(int userVersion, int applicationId) {
        this.userVersion = userVersion;
        this.applicationId = applicationId;
    }

    /**
     * Checks that the file is a workspace this version can open and returns its schema version (as of the
     * last checkpoint); throws with the reason otherwise.
     */
    static int verify(Path file, int newestKnownSchema) {
        WorkspaceHeader header = read(file);
        if (header.applicationId != APPLICATION_ID) {
            throw new StoreException(file + " is an SQLite database but not a ValueBench workspace"
                    + " (it was made by another program); it was left unchanged.");
        }
        if (header.userVersion > newestKnownSchema) {
            throw new StoreException(file + " was written by a newer version of ValueBench (workspace schema "
                    + header.userVersion + "; this version reads up to " + newestKnownSchema
                    + "). Update ValueBench to open it; the file was left unchanged.");
        }
        return header.userVersion;
    }

    private static WorkspaceHeader read(Path file) {
        byte[] bytes = new byte[HEADER_SIZE];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(bytes, 0, HEADER_SIZE);
        } catch (IOException e) {
            throw new StoreException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        for (int i = 0; i < MAGIC.length; i++) {
            if (read < HEADER_SIZE || bytes[i] != MAGIC[i]) {
                throw new StoreException(file + " is not a ValueBench workspace: it is not an SQLite database"
                        + "; it was left unchanged.");
            }
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        return new WorkspaceHeader(buffer.getInt(USER_VERSION_OFFSET), buffer.getInt(APPLICATION_ID_OFFSET));
    }
}
