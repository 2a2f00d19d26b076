package org.valuebench.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.valuebench.app.workspace.TeamAddress;
import org.valuebench.app.workspace.WorkbenchOpener;
import org.valuebench.app.workspace.WorkspaceLocation;
import org.valuebench.store.TeamServer;
import org.valuebench.store.TestPostgres;
import org.valuebench.store.TestWorkspaces;

/** Runs the command line in this JVM with captured output and a chosen environment and home folder. */
final class CommandLineRunner {
    private final Map<String, String> env;
    private final Path home;
    private final Clock clock;

    CommandLineRunner(Map<String, String> env, Path home, Clock clock) {
        this.env = env;
        this.home = home;
        this.clock = clock;
    }

    record Result(int exit, String out, String err) {
    }

    Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        WorkbenchOpener opener = new WorkbenchOpener(clock);
        PrintWriter errWriter = new PrintWriter(err);
        WorkbenchSource source = (db, createFolder) -> opener.open(location(db, env, home)
                .creatingFolder(createFolder), false, WorkbenchSource.upgradeNotice(errWriter));
        int exit = CommandLineMain.run(args, new CommandContext(new PrintWriter(out), errWriter, source));
        return new Result(exit, normalised(out), normalised(err));
    }

    /**
     * Where {@code --db} or {@code VALUEBENCH_DB} points, as the command line resolves it; in the team run a file
     * named there stands for the database {@link TestPostgres#databaseFor} gives it, the same one the test seeded
     * through {@link org.valuebench.app.TestWorkbenches}, so one test runs on both engines. The default location
     * stays a file: only it is seeded with the samples, which a team workspace never is.
     */
    static WorkspaceLocation location(String db, Map<String, String> env, Path home) {
        WorkspaceLocation location = WorkspaceLocation.resolve(db, env, "Linux", home);
        if (!TestWorkspaces.onTeamServer() || location.isTeam() || location.isDefault()) {
            return location;
        }
        TeamServer server = TestPostgres.databaseFor(location.file());
        return WorkspaceLocation.team(TeamAddress.of(server.host(), server.port(), server.database(), server.user(),
                server.options(), null));
    }

    /**
     * How the command line names the workspace a test names by {@code file}: the file's absolute path, or in the
     * team run the address of the database that stands for it (a team workspace's messages name its address).
     */
    static String where(Path file) {
        return TestWorkspaces.onTeamServer() ? TestPostgres.databaseFor(file).toString()
                : file.toAbsolutePath().toString();
    }

    /** The command line writes the platform's line separator; tests compare with \n. */
    private static String normalised(StringWriter writer) {
        return writer.toString().replace(System.lineSeparator(), "\n");
    }
}
