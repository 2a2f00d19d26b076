package org.valuebench.ui;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;
import java.util.prefs.Preferences;
import org.valuebench.app.LogFolder;
import org.valuebench.app.workspace.WorkspaceLocation;

/**
 * What the window takes from the user's machine: the environment, the operating system, the home folder and the
 * settings store. The launcher hands in the real ones; tests hand in a temporary folder and settings in memory,
 * so they never touch the user's own. The settings store is opened when asked for, after the log is set up: Java
 * logs the first creation of its folder.
 */
record UserMachine(Map<String, String> env, String osName, Path home, Supplier<Preferences> settings) {

    static UserMachine current() {
        return new UserMachine(System.getenv(), System.getProperty("os.name", ""),
                Path.of(System.getProperty("user.home")), () -> Preferences.userRoot().node("org/valuebench/window"));
    }

    /** The workspace the window opens with these options (see {@link WorkspaceLocation#resolve}). */
    WorkspaceLocation workspace(LaunchOptions options) {
        return WorkspaceLocation.resolve(options.dbOption(), env, osName, home).creatingFolder(options.create());
    }

    Path logFolder() {
        return LogFolder.resolve(env, osName, home);
    }
}
