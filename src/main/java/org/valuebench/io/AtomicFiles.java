package org.valuebench.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file so that it is either complete or not there: the bytes go to a temporary file in the same
 * folder, which is moved over the target only when writing succeeded. A failed or interrupted export never
 * leaves half a file, and never damages a file that was already there.
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
     * @throws FormatException when the folder does not exist or the file cannot be written; the message
     *                         names the file and the reason
     */
    public static void write(Path target, Content content) {
        Path file = target.toAbsolutePath().normalize();
        Path folder = file.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new FormatException("Cannot write " + file + ": the folder " + folder + " does not exist");
        }
        if (Files.isDirectory(file)) {
            throw new FormatException("Cannot write " + file + ": it is a folder");
        }
        Path temporary = null;
        try {
            // Created like any new file (not Files.createTempFile, whose owner-only permissions would stick).
            temporary = folder.resolve("." + file.getFileName() + "-" + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36)
                    + ".part");
            try (OutputStream out = Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                content.writeTo(out);
            }
            move(temporary, file);
            temporary = null;
        } catch (IOException | UncheckedIOException e) {
            String reason = e instanceof UncheckedIOException u ? u.getCause().toString() : e.toString();
            throw new FormatException("Cannot write " + file + ": " + reason, e);
        } finally {
            if (temporary != null) {
                deleteQuietly(temporary);
            }
        }
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
            // The name starts with a dot and ends in .part, so a stray one is recognisable and harmless.
        }
    }
}
