package org.valuebench.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.valuebench.app.workspace.WorkbenchOpener;
import org.valuebench.app.workspace.WorkspaceLocation;

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
        WorkbenchSource source = (db, createFolder) -> opener.open(WorkspaceLocation.resolve(db, env, "Linux", home)
                .creatingFolder(createFolder), false, WorkbenchSource.upgradeNotice(errWriter));
        int exit = CommandLineMain.run(args, new CommandContext(new PrintWriter(out), errWriter, source));
        return new Result(exit, normalised(out), normalised(err));
    }

    /** The command line writes the platform's line separator; tests compare with \n. */
    private static String normalised(StringWriter writer) {
        return writer.toString().replace(System.lineSeparator(), "\n");
    }
}
