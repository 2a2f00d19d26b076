package org.valuebench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.valuebench.app.Change;
import org.valuebench.app.Workbench;
import org.valuebench.app.exchange.ExchangeUseCases;
import org.valuebench.app.feedback.FeedbackUseCases;
import org.valuebench.app.history.HistoryUseCases;
import org.valuebench.domain.CanvasContent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code valuebench import-json FILE}: prints the new canvas's id as its last line, for scripts. */
@Command(name = "import-json", mixinStandardHelpOptions = true,
        description = {"Imports a canvas file written by export-json as a new canvas (never over an existing one).",
                "A file that is not a valid canvas is refused with the line, column and JSON path of the problem,"
                        + " and nothing is stored.",
                "The last line of output is the new canvas's id."})
final class ImportJsonCommand extends ExchangeCommand {

    @Parameters(index = "0", paramLabel = "FILE", description = "The canvas file (.json).")
    Path file;

    ImportJsonCommand(CommandContext context) {
        super(context);
    }

    @Override
    void run(ExchangeUseCases exchange, Workbench workbench, PrintWriter out) {
        Change change = exchange.importJson(file);
        CanvasContent imported = change.canvas().orElseThrow();
        long records = new FeedbackUseCases(workbench).count(imported.canvas().id());
        int versions = new HistoryUseCases(workbench).versions(imported.canvas().id()).size();
        out.println("Imported '" + imported.canvas().name() + "' from " + file.getFileName() + ": "
                + imported.items().size() + " items, " + imported.links().size() + " fit links"
                + (records > 0 ? ", " + String.format("%,d", records) + " feedback records" : "")
                + (versions > 0 ? ", " + versions + (versions == 1 ? " version" : " versions") : "") + ".");
        out.println(imported.canvas().id());
    }
}
