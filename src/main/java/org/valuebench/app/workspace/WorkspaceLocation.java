package org.valuebench.app.workspace;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the workspace file is: {@code --db FILE}, else {@code VALUEBENCH_DB}, else the user's data folder
 * for this operating system. Only the default location is seeded with the samples, and only its folder is made
 * when missing (unless the user asks for it with {@code --create}): a mistyped folder should not appear silently.
 */
public record WorkspaceLocation(Path file, boolean isDefault, boolean mayCreateFolder) {
    public static final String ENV_VARIABLE = "VALUEBENCH_DB";
    private static final String FILE_NAME = "workspace.db";

    /** A location whose missing folder is created only when it is the default one. */
    public WorkspaceLocation(Path file, boolean isDefault) {
        this(file, isDefault, isDefault);
    }

    /** This location, allowed to create its missing folder when {@code create} (the {@code --create} option). */
    public WorkspaceLocation creatingFolder(boolean create) {
        return new WorkspaceLocation(file, isDefault, isDefault || create);
    }

    /**
     * @param dbOption the {@code --db} value, or null
     * @param env      the environment (System.getenv() in production)
     * @param osName   the os.name system property
     * @param home     the user's home folder
     */
    public static WorkspaceLocation resolve(String dbOption, Map<String, String> env, String osName, Path home) {
        if (dbOption != null && !dbOption.isBlank()) {
            return new WorkspaceLocation(WorkspacePath.of(dbOption, "--db"), false);
        }
        String fromEnv = env.get(ENV_VARIABLE);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return new WorkspaceLocation(WorkspacePath.of(fromEnv, ENV_VARIABLE), false);
        }
        return new WorkspaceLocation(dataFolder(env, osName, home).resolve("valuebench").resolve(FILE_NAME), true);
    }

    public static WorkspaceLocation fromSystem(String dbOption) {
        return resolve(dbOption, System.getenv(), System.getProperty("os.name", ""),
                Path.of(System.getProperty("user.home")));
    }

    private static Path dataFolder(Map<String, String> env, String osName, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            return appData != null && !appData.isBlank() ? Path.of(appData) : home.resolve("AppData").resolve("Roaming");
        }
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Application Support");
        }
        String xdg = env.get("XDG_DATA_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg);
        }
        return home.resolve(".local").resolve("share");
    }
}
