package org.valuebench.ui;

import java.util.Arrays;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;
import org.valuebench.app.CacheFolder;
import org.valuebench.app.workspace.WorkspaceLocation;
import org.valuebench.app.workspace.WorkspaceLocationException;

/** Starts the desktop window. */
public final class GuiMain {

    private static final String SLF4J_VERBOSITY = "slf4j.internal.verbosity";
    // Held so the level sticks: java.util.logging keeps loggers weakly.
    private static final Logger JAVAFX_LOG = Logger.getLogger("javafx");

    private GuiMain() {
    }

    /**
     * Starts JavaFX; {@code args} may hold {@code --db FILE}. Returns when the window closes.
     *
     * @return empty once the window has closed; or, before anything starts, why the arguments name no workspace
     *     the window can take (a usage error, which the launcher says on the terminal like the command line's)
     */
    public static Optional<String> run(String[] args) {
        try {
            // The workspace's name is checked before the window starts: a URL or a name the locale cannot
            // encode is a usage error.
            WorkspaceLocation.fromSystem(LaunchOptions.parse(Arrays.asList(args)).dbOption());
        } catch (IllegalArgumentException | WorkspaceLocationException e) {
            return Optional.of(e.getMessage());
        }
        // The SQLite driver asks for an SLF4J logger; without a provider SLF4J prints warnings on every start.
        if (System.getProperty(SLF4J_VERBOSITY) == null) {
            System.setProperty(SLF4J_VERBOSITY, "ERROR");
        }
        // The runnable jar carries JavaFX on the class path on purpose; JavaFX would warn about that on every start.
        JAVAFX_LOG.setLevel(Level.SEVERE);
        UserMachine machine = UserMachine.current();
        CacheFolder.keepSqliteLibrary(machine.env(), machine.osName(), machine.home());
        Application.launch(ValueBenchApp.class, args);
        return Optional.empty();
    }
}
