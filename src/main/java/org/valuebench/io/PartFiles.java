package org.valuebench.io;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * The temporary files an export writes beside its target before moving them into place, named
 * {@code .valuebench-<target name>-<random>.part}. A killed export leaves one behind; the next export into
 * the same folder removes those that have not changed for a day. A fresh one may belong to an export that
 * is still writing, so it stays, and so does anything not named like ours.
 */
final class PartFiles {
    static final Duration STALE_AFTER = Duration.ofDays(1);
    private static final String PREFIX = ".valuebench-";
    private static final String SUFFIX = ".part";
    /** Enough of the target's name to recognise it, short enough that the temporary name fits in 255 bytes. */
    private static final int NAME_CODE_POINTS = 48;
    private static final Pattern OURS = Pattern.compile(Pattern.quote(PREFIX) + ".+-[0-9a-z]{1,13}" + Pattern.quote(SUFFIX));

    private PartFiles() {
    }

    /** A new temporary name for writing {@code target} (a file name, without folder). */
    static String newName(String target) {
        String name = target.codePointCount(0, target.length()) <= NAME_CODE_POINTS ? target
                : target.substring(0, target.offsetByCodePoints(0, NAME_CODE_POINTS));
        return PREFIX + name + "-" + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + SUFFIX;
    }

    /**
     * Removes our temporary files in {@code folder} that are older than a day: with our prefix, or, from
     * versions before the prefix, {@code .<target>-<random>.part} for this very target.
     */
    static void removeStale(Path folder, String target, Instant now) {
        Pattern earlier = Pattern.compile(Pattern.quote("." + target + "-") + "[0-9a-z]{1,13}" + Pattern.quote(SUFFIX));
        Instant staleBefore = now.minus(STALE_AFTER);
        DirectoryStream.Filter<Path> ours = path -> {
            String name = path.getFileName().toString();
            return OURS.matcher(name).matches() || earlier.matcher(name).matches();
        };
        try (DirectoryStream<Path> parts = Files.newDirectoryStream(folder, ours)) {
            for (Path part : parts) {
                removeIfStale(part, staleBefore);
            }
        } catch (IOException e) {
            // Tidying up is a courtesy: a folder that cannot be listed must not stop the export itself.
        }
    }

    private static void removeIfStale(Path part, Instant staleBefore) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(part, BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            if (attributes.isRegularFile() && attributes.lastModifiedTime().toInstant().isBefore(staleBefore)) {
                Files.deleteIfExists(part);
            }
        } catch (IOException e) {
            // Removed meanwhile by another export, or not ours to remove: it stays, the export goes on.
        }
    }
}
