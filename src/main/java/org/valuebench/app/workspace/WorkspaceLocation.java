package org.valuebench.app.workspace;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the workspace is: {@code --db FILE}, else {@code VALUEBENCH_DB}, else the user's data folder
 * for this operating system. Only the default location is seeded with the samples, and only its folder is made
 * when missing (unless the user asks for it with {@code --create}): a mistyped folder should not appear silently.
 * {@code --db} and {@code VALUEBENCH_DB} may also name a team workspace on a PostgreSQL server by its address
 * ({@code postgresql://user@host:5432/database}); then {@code file} is null and {@code team} says where.
 *
 * @param file the workspace file, or null for a team workspace
 * @param team the team workspace's address, or null for a file
 */
public record WorkspaceLocation(Path file, boolean isDefault, boolean mayCreateFolder, TeamAddress team) {
    public static final String ENV_VARIABLE = "VALUEBENCH_DB";
    private static final String FILE_NAME = "workspace.db";

    public WorkspaceLocation {
        if ((file == null) == (team == null)) {
            throw new IllegalArgumentException("A workspace location is either a file or a team workspace");
        }
    }

    /** A file location whose missing folder is created only when it is the default one. */
    public WorkspaceLocation(Path file, boolean isDefault) {
        this(file, isDefault, isDefault, null);
    }

    /** A team workspace at {@code address}. */
    public static WorkspaceLocation team(TeamAddress address) {
        return new WorkspaceLocation(null, false, false, address);
    }

    /** True for a team workspace on a PostgreSQL server, false for a file. */
    public boolean isTeam() {
        return team != null;
    }

    /** Where it is, to show: the file's path, or the team workspace's address (never with a password). */
    public String where() {
        return isTeam() ? team.toString() : file.toString();
    }

    /** This location, allowed to create its missing folder when {@code create} (the {@code --create} option). */
    public WorkspaceLocation creatingFolder(boolean create) {
        return isTeam() ? this : new WorkspaceLocation(file, isDefault, isDefault || create, null);
    }

    @Override
    public String toString() {
        return "WorkspaceLocation[" + where() + (isDefault ? ", default" : "") + "]";
    }

    /**
     * @param dbOption the {@code --db} value, or null
     * @param env      the environment (System.getenv() in production)
     * @param osName   the os.name system property
     * @param home     the user's home folder
     */
    public static WorkspaceLocation resolve(String dbOption, Map<String, String> env, String osName, Path home) {
        if (dbOption != null && !dbOption.isBlank()) {
            return named(dbOption, "--db", env);
        }
        String fromEnv = env.get(ENV_VARIABLE);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return named(fromEnv, ENV_VARIABLE, env);
        }
        return new WorkspaceLocation(dataFolder(env, osName, home).resolve("valuebench").resolve(FILE_NAME), true);
    }

    /** What the user named: a team workspace's address, or a file (other URLs are refused). */
    private static WorkspaceLocation named(String value, String source, Map<String, String> env) {
        if (TeamAddress.isAddress(value)) {
            return team(TeamAddress.parse(value, source, env));
        }
        return new WorkspaceLocation(WorkspacePath.of(value, source), false);
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
