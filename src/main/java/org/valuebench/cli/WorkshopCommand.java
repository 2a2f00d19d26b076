package org.valuebench.cli;

import java.io.PrintWriter;
import java.util.List;
import org.valuebench.app.Workbench;
import org.valuebench.app.workshop.WorkshopUseCases;
import org.valuebench.app.workshop.WorkshopVoting;
import org.valuebench.domain.CanvasContent;
import org.valuebench.domain.workshop.TallyRow;
import org.valuebench.domain.workshop.Vote;
import org.valuebench.domain.workshop.WorkshopRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code valuebench workshop CANVAS [N] [--format table|json]}: one workshop in full. */
@Command(name = "workshop",
        mixinStandardHelpOptions = true,
        versionProvider = ManifestVersion.class,
        description = {"Prints one workshop of a canvas (N as 'workshops' numbers them; the last one when left out):"
            + " the participants, the agenda with planned and actual times, the cards of each step with who gave"
            + " them (none for an anonymous step), every vote ranked by dots with ties as shared ranks (=2), and"
            + " the decisions applied from the votes."})
final class WorkshopCommand extends WorkbenchCommand {
    enum Format { table, json }

    @Parameters(index = "0", paramLabel = "CANVAS", description = "The canvas: its id or its name.")
    String canvas;

    @Parameters(index = "1", arity = "0..1", paramLabel = "N", defaultValue = "0",
            description = "The workshop's number, 1 for the first; the last one when left out.")
    int number;

    @Option(names = "--format", defaultValue = "table", paramLabel = "table|json",
            description = "table (default, for reading) or json (for scripts).")
    Format format;

    WorkshopCommand(CommandContext context) {
        super(context);
    }

    @Override
    void run(Workbench bench, PrintWriter out) {
        CanvasContent content = bench.resolve(canvas);
        WorkshopUseCases workshops = new WorkshopUseCases(bench);
        WorkshopRecord record = workshops.numbered(content.canvas().id(), number);
        int shown = number == 0 ? workshops.workshops(content.canvas().id()).size() : number;
        WorkshopVoting voting = new WorkshopVoting(workshops);
        List<List<TallyRow>> tallies = record.votes().stream().map(Vote::id).map(voting::tally).toList();
        if (format == Format.json) {
            new JsonOutput().write(WorkshopJson.of(content, shown, record, tallies), out);
        } else {
            WorkshopText.lines(content, shown, record, tallies).forEach(out::println);
        }
    }
}
