package org.valuebench.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.valuebench.store.SqliteNativeLibrary;

/**
 * The user's cache folder for ValueBench ({@code $XDG_CACHE_HOME/valuebench}, by default {@code ~/.cache/valuebench};
 * {@code %LOCALAPPDATA%\valuebench\cache} on Windows; {@code ~/Library/Caches/valuebench} on macOS): what is kept
 * there can be deleted at any time and is made again.
 */
public final class CacheFolder {
    private static final String APP = "valuebench";

    private CacheFolder() {
    }

    /**
     * @param env    the environment (System.getenv() in production)
     * @param osName the os.name system property
     * @param home   the user's home folder
     */
    public static Path resolve(Map<String, String> env, String osName, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            return UserFolders.windowsLocal(env, home).resolve(APP).resolve("cache");
        }
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Caches").resolve(APP);
        }
        return UserFolders.xdg(env, "XDG_CACHE_HOME", home.resolve(".cache")).resolve(APP);
    }

    /** Loads SQLite's native library from a copy kept in this machine's cache folder (a faster start). */
    public static void keepSqliteLibrary(Map<String, String> env, String osName, Path home) {
        SqliteNativeLibrary.useCopyIn(resolve(env, osName, home));
    }
}
