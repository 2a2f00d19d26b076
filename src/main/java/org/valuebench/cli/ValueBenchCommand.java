package org.valuebench.cli;

import java.time.Duration;
import java.util.concurrent.Callable;
import org.valuebench.app.Workbench;
import org.valuebench.app.workspace.WorkspaceLocationException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The root command. A new subcommand is a class extending {@link WorkbenchCommand} (or any picocli command),
 * added to {@link Subcommands}; {@code --db} reaches it wherever the user typed it.
 */
@Command(name = "valuebench",
        mixinStandardHelpOptions = true,
        versionProvider = ManifestVersion.class,
        usageHelpAutoWidth = true,
        description = "Value proposition canvases from the command line. Without a command, valuebench opens the window.",
        footerHeading = "%nWorkspace:%n",
        footer = {"Without --db, the file named by the environment variable VALUEBENCH_DB is used, else the default"
                + " workspace in the user's data folder (on Linux valuebench/workspace.db in $XDG_DATA_HOME,"
                + " which defaults to ~/.local/share). A file that does not exist yet becomes a new, empty"
                + " workspace; its folder must exist unless --create is given. A file that cannot be written is"
                + " opened read-only: commands that read work, commands that change it are refused.",
                "",
                "A team workspace on a PostgreSQL server is named by its address, as --db or VALUEBENCH_DB:"
                + " postgresql://USER@HOST:5432/DATABASE (add ?sslmode=verify-full for TLS). Without a user, PGUSER or"
                + " the system user signs in. The password comes from PGPASSWORD or the pgpass file (PGPASSFILE, else"
                + " ~/.pgpass), as with psql; ValueBench never stores it. A user allowed only to read gets a"
                + " read-only workspace.",
                "",
                "Exit status: 0 on success, 1 on bad input (the message says why), 2 on a usage error."})
public final class ValueBenchCommand implements Callable<Integer> {
    private final CommandContext context;

    @Spec
    private CommandSpec spec;

    @Option(names = "--db", paramLabel = "FILE|URL", scope = ScopeType.INHERIT,
            description = "The workspace file, or a team workspace's postgresql:// address, to use (before or after"
                    + " the command).")
    private String db;

    @Option(names = "--create", scope = ScopeType.INHERIT,
            description = "Create the folder of the --db file (or VALUEBENCH_DB) when it does not exist.")
    private boolean create;

    @Option(names = "--wait", paramLabel = "SECONDS", scope = ScopeType.INHERIT, defaultValue = "600",
            description = "While another program writes to the workspace (a long import), wait up to SECONDS for"
                    + " it to finish before giving up (default: ${DEFAULT-VALUE}); 0 gives up at once.")
    private long waitSeconds;

    public ValueBenchCommand(CommandContext context) {
        this.context = context;
    }

    /**
     * Opens the workspace chosen by --db, VALUEBENCH_DB or the default; the caller closes it. A value that cannot
     * name a workspace file is a usage error (status 2), found before anything is touched.
     */
    Workbench openWorkbench() {
        if (waitSeconds < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--wait must be 0 or more seconds, not " + waitSeconds);
        }
        Workbench workbench;
        try {
            workbench = context.workbenches().open(db, create);
        } catch (WorkspaceLocationException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        workbench.waitForWriters(Duration.ofSeconds(waitSeconds), new WaitingNotice(context.err(), waitSeconds));
        return workbench;
    }

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Name a command: "
                + String.join(", ", spec.subcommands().keySet()));
    }
}
