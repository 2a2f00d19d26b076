package org.valuebench.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.time.Clock;

/**
 * Writes a file so that it is either complete or not there: the bytes go to a temporary file in the same
 * folder, which is moved over the target only when writing succeeded. A failed or interrupted export never
 * leaves half a file, and never damages a file that was already there. Only a regular file or a new name is
 * written (see {@link WriteTarget}); a replaced file keeps its permissions.
 */
public final class AtomicFiles {

    /** What writes the content; it must not close the stream. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    /**
     * Writes {@code target} unless it is protected (an SQLite database or a read-only file).
     *
     * @throws FormatException when the folder does not exist, the target is no regular file, is protected, or
     *                         cannot be written; the message names the file and the reason
     */
    public static void write(Path target, Content content) {
        write(WriteTarget.of(target), content, false, Clock.systemUTC());
    }

    /**
     * @param force also replace a protected file ({@link WriteTarget#protection()}), keeping its permissions
     * @param clock tells which temporary files of killed exports in the folder are a day old and can go
     * @throws FormatException naming the file and the reason when it is protected or cannot be written
     */
    public static void write(WriteTarget target, Content content, boolean force, Clock clock) {
        if (!force) {
            target.protection().ifPresent(reason -> {
                throw new FormatException("Cannot write " + target.requested() + ": " + reason);
            });
        }
        Path file = target.file();
        Path folder = file.getParent();
        PartFiles.removeStale(folder, file.getFileName().toString(), clock.instant());
        Path temporary = null;
        try {
            // Created like any new file (not Files.createTempFile, whose owner-only permissions would stick).
            temporary = createTemporary(target);
            try (OutputStream out = Files.newOutputStream(temporary, StandardOpenOption.WRITE)) {
                content.writeTo(out);
            }
            if (Files.exists(file)) {
                keepPermissions(file, temporary);
            }
            move(temporary, file);
            temporary = null;
        } catch (IOException | UncheckedIOException e) {
            String reason = e instanceof UncheckedIOException u ? u.getCause().toString() : e.toString();
            throw new FormatException("Cannot write " + target.requested() + ": " + reason, e);
        } finally {
            if (temporary != null) {
                deleteQuietly(temporary);
            }
        }
    }

    private static Path createTemporary(WriteTarget target) throws IOException {
        Path folder = target.file().getParent();
        try {
            return Files.createFile(folder.resolve(PartFiles.newName(target.file().getFileName().toString())));
        } catch (AccessDeniedException e) {
            throw new FormatException("Cannot write " + target.requested() + ": the folder " + folder
                    + " is not writable; choose another folder", e);
        }
    }

    /**
     * The new file takes the place of the old one, so it takes its mode too (a private file stays private, a
     * read-only one read-only) and, where the user may give files away, its owner and group.
     */
    private static void keepPermissions(Path existing, Path replacement) throws IOException {
        PosixFileAttributeView old = Files.getFileAttributeView(existing, PosixFileAttributeView.class);
        PosixFileAttributeView fresh = Files.getFileAttributeView(replacement, PosixFileAttributeView.class);
        if (old == null || fresh == null) {
            return;
        }
        PosixFileAttributes was = old.readAttributes();
        PosixFileAttributes is = fresh.readAttributes();
        try {
            if (!was.group().equals(is.group())) {
                fresh.setGroup(was.group());
            }
            if (!was.owner().equals(is.owner())) {
                fresh.setOwner(was.owner());
            }
        } catch (FileSystemException e) {
            // Only root may give a file away: everyone else writes a file of their own, as editors do.
        }
        // Last, because changing the owner clears set-id bits.
        fresh.setPermissions(was.permissions());
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The export already failed with its own message; a leftover temporary file must not hide that. */
    private static void deleteQuietly(Path temporary) {
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException ignored) {
            // Named like our temporary files, so the next export into this folder removes it a day later.
        }
    }
}
