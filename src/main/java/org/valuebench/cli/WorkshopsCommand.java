package org.valuebench.cli;

import java.io.PrintWriter;
import java.util.List;
import org.valuebench.app.Workbench;
import org.valuebench.app.workshop.WorkshopUseCases;
import org.valuebench.domain.CanvasContent;
import org.valuebench.domain.workshop.Workshop;
import org.valuebench.domain.workshop.WorkshopRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code valuebench workshops CANVAS [--format table|json]}: the workshops held on a canvas, oldest first. */
@Command(name = "workshops",
        mixinStandardHelpOptions = true,
        versionProvider = ManifestVersion.class,
        description = {"Lists the workshops held on a canvas, oldest first: number (as 'workshop' takes it), date,"
            + " title, agenda steps, participants and state (running or finished)."})
final class WorkshopsCommand extends WorkbenchCommand {
    enum Format { table, json }

    @Parameters(index = "0", paramLabel = "CANVAS", description = "The canvas: its id or its name.")
    String canvas;

    @Option(names = "--format", defaultValue = "table", paramLabel = "table|json",
            description = "table (default, for reading) or json (for scripts).")
    Format format;

    WorkshopsCommand(CommandContext context) {
        super(context);
    }

    @Override
    void run(Workbench bench, PrintWriter out) {
        CanvasContent content = bench.resolve(canvas);
        WorkshopUseCases workshops = new WorkshopUseCases(bench);
        List<WorkshopRecord> records = workshops.workshops(content.canvas().id()).stream()
                .map(w -> workshops.record(w.id())).toList();
        if (format == Format.json) {
            new JsonOutput().write(WorkshopJson.list(content, records), out);
        } else {
            WorkshopText.list(content, records).forEach(out::println);
        }
    }

    static String state(Workshop w) {
        return w.state().name().toLowerCase();
    }
}
