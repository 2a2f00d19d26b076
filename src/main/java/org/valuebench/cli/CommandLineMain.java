package org.valuebench.cli;

import java.io.Console;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import org.valuebench.app.AppException;
import org.valuebench.app.CacheFolder;
import org.valuebench.app.ProgramLog;
import org.valuebench.app.feedback.FeedbackImportRejectedException;
import org.valuebench.domain.InvalidInputException;
import picocli.CommandLine;

/** Entry to the command line: the composition root of the picocli commands. Never touches JavaFX. */
public final class CommandLineMain {
    public static final int EXIT_OK = 0;
    public static final int EXIT_BAD_INPUT = 1;
    public static final int EXIT_USAGE = 2;

    private static final String DB_OPTION = "--db";
    private static final String CREATE_OPTION = "--create";

    private CommandLineMain() {
    }

    /**
     * The window takes no arguments but {@code --db FILE} and {@code --create}; anything else is for the command
     * line, so a misspelled subcommand gets a usage error instead of opening the window.
     */
    public static boolean wantsCommandLine(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals(DB_OPTION) && i + 1 < args.length) {
                i++; // the next argument is the file, even if it is called "list"
            } else if (!arg.startsWith(DB_OPTION + "=") && !arg.equals(CREATE_OPTION)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Runs the command line on the process's streams and environment; returns the process exit code. What
     * libraries log (PDFBox's font warnings, say) goes nowhere: the terminal shows only the command's own output.
     */
    public static int run(String[] args) {
        if (asksVersionOnly(args)) {
            // Before the logging and workspace access are set up: the version needs neither.
            System.out.println(new ManifestVersion().getVersion()[0]);
            return 0;
        }
        CacheFolder.keepSqliteLibrary(System.getenv(), System.getProperty("os.name", ""),
                Path.of(System.getProperty("user.home")));
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out,
                outputCharset()), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err,
                outputCharset()), true);
        try (ProgramLog log = ProgramLog.nowhere()) {
            return run(args, new CommandContext(out, err, WorkbenchSource.fromSystem(Clock.systemUTC(), err)));
        }
    }

    /**
     * {@code --version} alone. picocli builds the model of every subcommand by reflection before it reads an
     * option (about 140 ms, most of that command's time); the version needs none of it.
     */
    private static boolean asksVersionOnly(String[] args) {
        return args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"));
    }

    /** Runs the command line in this process with the given streams and workspace access (tests use this). */
    public static int run(String[] args, CommandContext context) {
        try {
            if (asksVersionOnly(args)) {
                context.out().println(new ManifestVersion().getVersion()[0]);
                return 0;
            }
            return commandLine(context, args).execute(args);
        } finally {
            context.out().flush();
            context.err().flush();
        }
    }

    static CommandLine commandLine(CommandContext context, String[] args) {
        CommandFactory factory = new CommandFactory(context);
        CommandLine cli = new CommandLine(ValueBenchCommand.class, factory);
        Subcommands.addTo(cli, factory, args);
        cli.setOut(context.out());
        cli.setErr(context.err());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.registerConverter(Path.class, new FilePathConverter());
        cli.setExecutionExceptionHandler(CommandLineMain::badInput);
        cli.setParameterExceptionHandler(CommandLineMain::usageError);
        return cli;
    }

    /** Bad input ends with its message and status 1; anything else is a bug and keeps its stack trace. */
    private static int badInput(Exception e, CommandLine command, CommandLine.ParseResult parsed) throws Exception {
        if (e instanceof AppException || e instanceof InvalidInputException) {
            command.getErr().println("valuebench: " + e.getMessage());
            if (e instanceof FeedbackImportRejectedException rejected) {
                rejected.report().lines().forEach(line -> command.getErr().println("  " + line));
            }
            return EXIT_BAD_INPUT;
        }
        throw e;
    }

    private static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        err.println("valuebench: " + e.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
        err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for more information.");
        return EXIT_USAGE;
    }

    /** A terminal gets its own character set; a pipe or file gets UTF-8, which JSON readers expect. */
    private static Charset outputCharset() {
        Console console = System.console();
        return console != null ? console.charset() : StandardCharsets.UTF_8;
    }
}
