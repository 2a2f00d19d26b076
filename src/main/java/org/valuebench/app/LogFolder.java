package org.valuebench.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the window's log files go, so a user can find them and send them with a bug report: the user's state
 * folder for this operating system ({@code $XDG_STATE_HOME/valuebench}, by default
 * {@code ~/.local/state/valuebench}; {@code %LOCALAPPDATA%\valuebench\logs} on Windows;
 * {@code ~/Library/Logs/valuebench} on macOS).
 */
public final class LogFolder {
    private static final String APP = "valuebench";

    private LogFolder() {
    }

    /**
     * @param env    the environment (System.getenv() in production)
     * @param osName the os.name system property
     * @param home   the user's home folder
     */
    public static Path resolve(Map<String, String> env, String osName, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            return UserFolders.windowsLocal(env, home).resolve(APP).resolve("logs");
        }
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Logs").resolve(APP);
        }
        return UserFolders.xdg(env, "XDG_STATE_HOME", home.resolve(".local").resolve("state")).resolve(APP);
    }
}
