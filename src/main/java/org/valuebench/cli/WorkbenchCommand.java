package org.valuebench.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.valuebench.app.Workbench;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A subcommand that works on the open workspace: it opens the workbench chosen on the command line, runs,
 * and closes it again before the process ends.
 */
abstract class WorkbenchCommand implements Callable<Integer> {
    private final CommandContext context;

    @Spec
    private CommandSpec spec;

    WorkbenchCommand(CommandContext context) {
        this.context = context;
    }

    @Override
    public final Integer call() {
        ValueBenchCommand root = (ValueBenchCommand) spec.root().userObject();
        try (Workbench workbench = root.openWorkbench()) {
            run(workbench, context.out());
        }
        context.out().flush();
        return 0;
    }

    /** Standard error, for warnings beside the result (e.g. skipped rows). */
    PrintWriter err() {
        return context.err();
    }

    /** Does the work; throws AppException or InvalidInputException on bad input (exit status 1). */
    abstract void run(Workbench workbench, PrintWriter out);
}
