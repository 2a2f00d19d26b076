package org.valuebench.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * The file an export is about to write, found before anything is written: only a regular file or a new
 * name in an existing folder qualifies. A symbolic link is followed to the file it names, which is then
 * replaced while the link stays, as text editors do; so the link keeps pointing at the new content.
 * Devices, named pipes and sockets are refused, because moving a file over them would replace the node
 * itself (as root even {@code /dev/full}).
 */
public final class WriteTarget {
    /** Linux gives up after 40 links too; a loop must end in a message, not a hang. */
    private static final int MAX_LINKS = 40;
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final int FILE_TYPE_BITS = 0170000;
    private static final int FIFO = 0010000;
    private static final int CHARACTER_DEVICE = 0020000;
    private static final int BLOCK_DEVICE = 0060000;
    private static final int SOCKET = 0140000;
    private static final Set<PosixFilePermission> WRITE_BITS = Set.of(PosixFilePermission.OWNER_WRITE,
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_WRITE);

    private final Path requested;
    private final Path file;
    private final boolean exists;

    private WriteTarget(Path requested, Path file, boolean exists) {
        this.requested = requested;
        this.file = file;
        this.exists = exists;
    }

    /**
     * Finds the file that writing {@code requested} would replace or create.
     *
     * @throws FormatException naming the path when its folder is missing, or it is a folder, a device, a pipe
     *                         or a socket (also at the end of a link), or its links go round in a loop
     */
    public static WriteTarget of(Path requested) {
        Path asked = requested.toAbsolutePath().normalize();
        Path current = asked;
        for (int links = 0; ; links++) {
            Path here = inRealFolder(asked, current);
            if (!Files.isSymbolicLink(here)) {
                return new WriteTarget(asked, here, checkType(asked, here));
            }
            if (links == MAX_LINKS) {
                throw new FormatException("Cannot write " + asked + ": it is a symbolic link that leads through more"
                        + " than " + MAX_LINKS + " links (perhaps in a loop); choose another file");
            }
            try {
                current = here.getParent().resolve(Files.readSymbolicLink(here)).normalize();
            } catch (IOException e) {
                throw new FormatException("Cannot write " + asked + ": its symbolic link cannot be read ("
                        + e.getMessage() + ")", e);
            }
        }
    }

    /** The path in its folder's real location, so links and {@code ..} in the folders are resolved. */
    private static Path inRealFolder(Path asked, Path path) {
        Path folder = path.getParent();
        if (folder == null || path.getFileName() == null) {
            throw new FormatException("Cannot write " + asked + ": it is a folder");
        }
        Path real;
        try {
            real = folder.toRealPath();
        } catch (IOException e) {
            throw new FormatException("Cannot write " + asked + ": the folder " + folder + " does not exist", e);
        }
        if (!Files.isDirectory(real)) {
            throw new FormatException("Cannot write " + asked + ": " + folder + " is not a folder");
        }
        return real.resolve(path.getFileName());
    }

    /** @return whether the file exists (it is then a regular file) */
    private static boolean checkType(Path asked, Path file) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return false;
        } catch (IOException e) {
            throw new FormatException("Cannot write " + asked + ": it cannot be looked at (" + e.getMessage() + ")", e);
        }
        if (attributes.isDirectory()) {
            throw new FormatException("Cannot write " + asked + ": it is a folder");
        }
        if (!attributes.isRegularFile()) {
            throw new FormatException("Cannot write " + asked + ": it is " + specialKind(file)
                    + ", not a regular file. An export writes only to a regular file or a new name; choose another.");
        }
        return true;
    }

    private static String specialKind(Path file) {
        Object mode;
        try {
            mode = Files.getAttribute(file, "unix:mode", LinkOption.NOFOLLOW_LINKS);
        } catch (UnsupportedOperationException | IllegalArgumentException | IOException e) {
            // No "unix" view on this platform: the kind cannot be named, the refusal stands.
            return "a device, a named pipe or a socket";
        }
        int type = mode instanceof Integer bits ? bits & FILE_TYPE_BITS : 0;
        return switch (type) {
            case FIFO -> "a named pipe (FIFO)";
            case CHARACTER_DEVICE, BLOCK_DEVICE -> "a device";
            case SOCKET -> "a socket";
            default -> "a device, a named pipe or a socket";
        };
    }

    /** The path as asked for, absolute: what messages name. */
    public Path requested() {
        return requested;
    }

    /** The file that will be replaced or created: links followed, in its folder's real location. */
    public Path file() {
        return file;
    }

    public boolean exists() {
        return exists;
    }

    /**
     * Why replacing this file should need the user's say-so ("--force"), if it should: it is an SQLite database
     * (perhaps another workspace), or it is read-only.
     */
    public Optional<String> protection() {
        if (!exists) {
            return Optional.empty();
        }
        if (isSqliteDatabase()) {
            return Optional.of("it is an SQLite database (perhaps a workspace)");
        }
        if (isReadOnly()) {
            return Optional.of("it is read-only");
        }
        return Optional.empty();
    }

    private boolean isSqliteDatabase() {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(SQLITE_HEADER.length), SQLITE_HEADER);
        } catch (IOException e) {
            // Unreadable: nothing can be said about its content; whether it may be replaced is the next question.
            return false;
        }
    }

    /**
     * Root may write any file, so asking the operating system is not enough: a file with no write permission
     * for anyone is read-only for everybody here.
     */
    private boolean isReadOnly() {
        if (!Files.isWritable(file)) {
            return true;
        }
        PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        if (posix == null) {
            return false;
        }
        try {
            return posix.readAttributes().permissions().stream().noneMatch(WRITE_BITS::contains);
        } catch (IOException e) {
            // Its permissions cannot even be read: better to ask than to replace it unseen.
            return true;
        }
    }
}
