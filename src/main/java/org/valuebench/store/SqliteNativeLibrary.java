package org.valuebench.store;

import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * Where SQLite's native library is loaded from. By itself sqlite-jdbc unpacks the library from the jar into the
 * temporary folder at every start and deletes it at exit: about 90 ms of each command. A copy kept in the user's
 * cache folder, one per driver version, operating system and processor, is unpacked once and then loaded as it is.
 * Anything that goes wrong here leaves sqlite-jdbc's own way in place, so the cache can only make a start faster.
 */
public final class SqliteNativeLibrary {
    private static final System.Logger LOG = System.getLogger(SqliteNativeLibrary.class.getName());
    private static final String PATH_PROPERTY = "org.sqlite.lib.path";
    private static final String NAME_PROPERTY = "org.sqlite.lib.name";

    private SqliteNativeLibrary() {
    }

    /**
     * Makes sqlite-jdbc load its library from a copy in {@code cacheFolder}, made now if it is missing. Call it
     * before the first connection; a library chosen with {@code -Dorg.sqlite.lib.path} is left alone.
     */
    public static void useCopyIn(Path cacheFolder) {
        if (System.getProperty(PATH_PROPERTY) != null) {
            return;
        }
        copyIn(cacheFolder).ifPresent(copy -> {
            System.setProperty(PATH_PROPERTY, copy.getParent().toString());
            System.setProperty(NAME_PROPERTY, copy.getFileName().toString());
        });
    }

    /** The library's copy in {@code cacheFolder}, unpacked if it is not there yet; empty when that cannot be. */
    static Optional<Path> copyIn(Path cacheFolder) {
        String name = System.mapLibraryName("sqlitejdbc");
        Optional<String> version = driverVersion();
        if (version.isEmpty()) {
            return Optional.empty();
        }
        Path folder = cacheFolder.resolve(folderName(version.get()));
        Path copy = folder.resolve(name);
        if (Files.isRegularFile(copy)) {
            return Optional.of(copy);
        }
        String resource = LibraryLoaderUtil.getNativeLibResourcePath() + "/" + name;
        try (InputStream in = SqliteNativeLibrary.class.getResourceAsStream(resource)) {
            if (in == null) {
                return Optional.empty(); // no library for this system in the jar: sqlite-jdbc says so itself
            }
            Files.createDirectories(folder);
            // Another program may unpack the same library at the same time: each writes its own file and moves
            // it into place whole, so a program never loads a half-written library.
            Path part = Files.createTempFile(folder, name, ".part");
            try {
                Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
                Files.move(part, copy, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(part);
            }
            return Optional.of(copy);
        } catch (IOException | SecurityException e) {
            LOG.log(Level.DEBUG, "SQLite's library is unpacked at every start: cannot keep a copy in "
                    + cacheFolder + " (" + e + ")");
            return Optional.empty();
        }
    }

    private static String folderName(String version) {
        String system = System.getProperty("os.name", "") + "-" + System.getProperty("os.arch", "");
        return "sqlite-jdbc-" + version + "-" + system.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]", "_");
    }

    /** The driver's version from its own properties file, which the shaded jar keeps. */
    private static Optional<String> driverVersion() {
        try (InputStream in = SqliteNativeLibrary.class.getResourceAsStream("/sqlite-jdbc.properties")) {
            if (in == null) {
                return Optional.empty();
            }
            Properties properties = new Properties();
            properties.load(in);
            return Optional.ofNullable(properties.getProperty("version")).filter(v -> !v.isBlank());
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
