package org.valuebench.app;

import java.nio.file.Path;
import java.util.Map;

/** The user's base folders that the log and cache folders are made in. */
final class UserFolders {

    private UserFolders() {
    }

    /** Windows's per-user, per-machine folder ({@code %LOCALAPPDATA%}). */
    static Path windowsLocal(Map<String, String> env, Path home) {
        String localAppData = env.get("LOCALAPPDATA");
        return localAppData != null && !localAppData.isBlank() ? Path.of(localAppData)
                : home.resolve("AppData").resolve("Local");
    }

    /** An XDG base folder: the variable's value, or {@code fallback}; the XDG rules ignore a relative value. */
    static Path xdg(Map<String, String> env, String variable, Path fallback) {
        String value = env.get(variable);
        return value != null && !value.isBlank() && Path.of(value).isAbsolute() ? Path.of(value) : fallback;
    }
}
