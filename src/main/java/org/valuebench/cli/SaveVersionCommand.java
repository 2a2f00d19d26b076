package org.valuebench.cli;

import java.io.PrintWriter;
import org.valuebench.app.Workbench;
import org.valuebench.app.history.HistoryUseCases;
import org.valuebench.domain.CanvasContent;
import org.valuebench.domain.MessageText;
import org.valuebench.domain.history.CanvasVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code valuebench save-version CANVAS NAME}: saves the canvas as it is now as a named version. */
@Command(name = "save-version",
        mixinStandardHelpOptions = true,
        versionProvider = ManifestVersion.class,
        description = {"Saves the canvas as it is now as a version named NAME (as File > Save version… does);"
            + " 'versions' lists them."})
final class SaveVersionCommand extends WorkbenchCommand {

    @Parameters(index = "0", paramLabel = "CANVAS", description = "The canvas: its id or its name.")
    String canvas;

    @Parameters(index = "1", paramLabel = "NAME",
            description = "The version's name, e.g. \"Before the board meeting\" (at most "
                    + HistoryUseCases.MAX_NAME + " characters).")
    String name;

    SaveVersionCommand(CommandContext context) {
        super(context);
    }

    @Override
    void run(Workbench bench, PrintWriter out) {
        CanvasContent content = bench.resolve(canvas);
        CanvasVersion saved = new HistoryUseCases(bench).save(content.canvas().id(), name);
        out.println("Saved version " + saved.number() + " of " + MessageText.quote(content.canvas().name()) + ": "
                + saved.name());
    }
}
