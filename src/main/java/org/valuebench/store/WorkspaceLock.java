package org.valuebench.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Keeps a second window off a workspace that one window already edits: SQLite alone would keep the file
 * intact, but two editors would each show a stale canvas and undo each other's work.
 */
final class WorkspaceLock implements AutoCloseable {
    private final Path lockFile;
    private final FileChannel channel;
    private final FileLock lock;

    private WorkspaceLock(Path lockFile, FileChannel channel, FileLock lock) {
        this.lockFile = lockFile;
        this.channel = channel;
        this.lock = lock;
    }

    static WorkspaceLock acquire(Path workspace) {
        Path lockFile = workspace.resolveSibling(workspace.getFileName() + ".lock");
        FileChannel channel = null;
        try {
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw alreadyOpen(workspace, channel);
            }
            return new WorkspaceLock(lockFile, channel, lock);
        } catch (OverlappingFileLockException e) {
            throw alreadyOpen(workspace, channel);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new StoreException("Cannot lock " + workspace + " for editing: " + e.getMessage(), e);
        }
    }

    private static StoreException alreadyOpen(Path workspace, FileChannel channel) {
        closeQuietly(channel);
        return new StoreException(workspace + " is already open in another ValueBench window."
                + " Close it there, or open another workspace.");
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException ignored) {
            // The lock was never taken, so there is nothing to release; the open failure is reported instead.
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
            Files.deleteIfExists(lockFile);
        } catch (IOException e) {
            throw new StoreException("Cannot release the lock " + lockFile + ": " + e.getMessage(), e);
        }
    }
}
