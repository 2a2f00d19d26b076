package org.valuebench.store;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * What a path given as a workspace is, judged before SQLite opens it: only a regular file or a path that does
 * not exist yet can be one (SQLite would write its header and journal into a device or wait for ever on a pipe),
 * and a file that cannot be written is opened read-only, so that SQLite never tries to make its side files.
 */
final class WorkspaceFile {
    private static final int FILE_TYPE_BITS = 0170000;
    private static final int SOCKET = 0140000;
    private static final int BLOCK_DEVICE = 0060000;
    private static final int CHARACTER_DEVICE = 0020000;
    private static final int FIFO = 0010000;
    private static final Set<PosixFilePermission> WRITE_BITS = EnumSet.of(PosixFilePermission.OWNER_WRITE,
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_WRITE);
    private static final String OPENED_READ_ONLY = ", so it was opened read-only: it can be read and exported, but"
            + " not changed. To change it, make it writable or copy it to a folder you can write to.";

    private final boolean fresh;
    private final Optional<String> readOnlyReason;

    private WorkspaceFile(boolean fresh, Optional<String> readOnlyReason) {
        this.fresh = fresh;
        this.readOnlyReason = readOnlyReason;
    }

    /**
     * Looks at {@code file} (absolute) without opening it. Refuses anything but a regular file or a new path, and
     * a new workspace where nothing can be written.
     */
    static WorkspaceFile inspect(Path file) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            refuseNewWhereReadOnly(file);
            return new WorkspaceFile(true, Optional.empty());
        } catch (IOException e) {
            throw new StoreException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        if (!attributes.isRegularFile()) {
            throw new StoreException(file + " is " + kind(file, attributes) + ", not a regular file: only a regular"
                    + " file, or a path that does not exist yet, can be a workspace. Nothing was changed.");
        }
        if (attributes.size() == 0) {
            // An empty file is taken as a new workspace, as an empty file made with touch was always taken.
            if (!isWritable(file)) {
                throw new StoreException("Cannot create the workspace " + file + ": the file is empty and read-only."
                        + " Make it writable, or choose another file.");
            }
            refuseNewWhereReadOnly(file);
            return new WorkspaceFile(true, Optional.empty());
        }
        return new WorkspaceFile(false, readOnlyReason(file));
    }

    /** True when the file does not exist yet or is empty: opening makes it a new workspace. */
    boolean isNew() {
        return fresh;
    }

    /** Why the workspace cannot be written, naming the file; empty when it can be. */
    Optional<String> readOnlyReason() {
        return readOnlyReason;
    }

    /**
     * A data source that reads the file without ever writing beside it: {@code immutable} keeps SQLite from making
     * {@code -wal} and {@code -shm} files (it would, as root, even in a read-only folder). A WAL left beside the
     * file by a crash still holds committed work, so then SQLite is let read it, in read-only mode.
     */
    static SQLiteDataSource readOnlyDataSource(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.enforceForeignKeys(true);
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl("jdbc:sqlite:" + file.toUri() + (hasWal(file) ? "?mode=ro" : "?immutable=1"));
        return dataSource;
    }

    private static boolean hasWal(Path file) {
        Path wal = file.resolveSibling(file.getFileName() + "-wal");
        try {
            return Files.isRegularFile(wal) && Files.size(wal) > 0;
        } catch (IOException e) {
            return false;
        }
    }

    private static void refuseNewWhereReadOnly(Path file) {
        Path folder = file.getParent();
        if (folder != null && Files.isDirectory(folder) && (!isWritable(folder) || isOnReadOnlyMedia(folder))) {
            throw new StoreException("Cannot create the workspace " + file + ": its folder " + folder
                    + " is read-only. Choose a file in a folder you can write to.");
        }
    }

    private static Optional<String> readOnlyReason(Path file) {
        if (isOnReadOnlyMedia(file)) {
            return Optional.of(file + " is on read-only media (its file system is mounted read-only)"
                    + OPENED_READ_ONLY);
        }
        if (!isWritable(file)) {
            return Optional.of(file + " is a read-only file (its permissions do not allow writing to it)"
                    + OPENED_READ_ONLY);
        }
        Path folder = file.getParent();
        if (folder != null && !isWritable(folder)) {
            return Optional.of(file + " is in a read-only folder (" + folder + "), where SQLite cannot keep the"
                    + " journal it writes beside the file" + OPENED_READ_ONLY);
        }
        return Optional.empty();
    }

    /**
     * Writable by this user, and not marked read-only for everyone: root may write anything, but a file or folder
     * whose permissions allow no one to write was made read-only on purpose, and is treated so.
     */
    private static boolean isWritable(Path path) {
        if (!Files.isWritable(path)) {
            return false;
        }
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(path);
            return permissions.stream().anyMatch(WRITE_BITS::contains);
        } catch (UnsupportedOperationException | IOException e) {
            // No POSIX permissions here (Windows): the operating system's answer above is all there is.
            return true;
        }
    }

    private static boolean isOnReadOnlyMedia(Path path) {
        try {
            FileStore store = Files.getFileStore(path);
            return store.isReadOnly();
        } catch (IOException e) {
            // Which store holds the file is unknown; whether it can be written is judged from the file itself.
            return false;
        }
    }

    /** "a folder", "a character device", …: what the path is instead of a regular file. */
    private static String kind(Path file, BasicFileAttributes attributes) {
        if (attributes.isDirectory()) {
            return "a folder";
        }
        try {
            int type = (Integer) Files.getAttribute(file, "unix:mode") & FILE_TYPE_BITS;
            switch (type) {
                case CHARACTER_DEVICE:
                    return "a character device";
                case BLOCK_DEVICE:
                    return "a block device (a disk)";
                case FIFO:
                    return "a named pipe (FIFO)";
                case SOCKET:
                    return "a socket";
                default:
                    return "a device, pipe or socket";
            }
        } catch (UnsupportedOperationException | IllegalArgumentException | IOException | ClassCastException e) {
            // The "unix" attribute view exists only on Unix-like systems; elsewhere the plain word must do.
            return "a device, pipe or socket";
        }
    }
}
