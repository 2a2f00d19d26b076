package org.valuebench.cli;

import java.io.PrintWriter;
import org.valuebench.app.Workbench;
import org.valuebench.app.exchange.CanvasCopy;
import org.valuebench.app.exchange.CopyTarget;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code valuebench copy CANVAS --to DB}: copies a canvas with its feedback, factors and workshops into another
 * workspace, a file or a team workspace; prints the new canvas's id in the target as its last line, for scripts.
 */
@Command(name = "copy", mixinStandardHelpOptions = true,
        description = {"Copies a canvas, with its feedback, competing factors and workshops, into another workspace:"
                + " a workspace file or a team workspace (postgresql://user@host:5432/database).",
                "It is added there as a new canvas, exactly as export-json --with-feedback and import-json would; a copy"
                        + " that cannot be made changes nothing on either side.",
                "A team workspace's password comes from the address, PGPASSWORD or the pgpass file.",
                "The last line of output is the new canvas's id in the target workspace."})
final class CopyCommand extends WorkbenchCommand {

    @Parameters(index = "0", paramLabel = "CANVAS",
            description = "The canvas's id, or its name (case-insensitive) if no other canvas has it.")
    String canvas;

    @Option(names = "--to", paramLabel = "DB", required = true,
            description = "The workspace to copy to: a workspace file (a new file becomes a new workspace) or a"
                    + " postgresql:// address.")
    String target;

    CopyCommand(CommandContext context) {
        super(context);
    }

    @Override
    void run(Workbench workbench, PrintWriter out) {
        long canvasId = workbench.resolve(canvas).canvas().id();
        try (Workbench to = CopyTarget.open(target, "--to", null, workbench.clock())) {
            CanvasCopy.Copied copied = new CanvasCopy(workbench).copy(canvasId, to);
            out.println(copied.summary());
            out.println(copied.canvasId());
        }
    }
}
