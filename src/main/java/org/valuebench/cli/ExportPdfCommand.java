package org.valuebench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.valuebench.app.Workbench;
import org.valuebench.app.exchange.ExchangeUseCases;
import org.valuebench.app.exchange.PaperSize;
import org.valuebench.app.history.ChangesSince;
import org.valuebench.app.history.CompareUseCases;
import org.valuebench.app.history.CurrentSnapshots;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code valuebench export-pdf CANVAS -o FILE [--page a4|letter|a3] [--changes-since CANVAS@VERSION]} */
@Command(name = "export-pdf", mixinStandardHelpOptions = true,
        description = "Writes the canvas report as PDF: the canvas (landscape), notes that did not fit, the fit"
                + " summary and, when the canvas has feedback, the gap report (deficit ranking and charts).")
final class ExportPdfCommand extends ExportCommand {

    @Parameters(index = "0", paramLabel = "CANVAS", description = "The canvas: its id or its name.")
    String canvas;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true, description = "The PDF file to write." + OUTPUT_HELP)
    Path output;

    @Option(names = "--page", paramLabel = "SIZE", converter = PaperSizeConverter.class,
            description = "a4, letter or a3 (posters). Default: letter in the US and Canada, a4 elsewhere.")
    PaperSize page;

    @Option(names = "--changes-since", paramLabel = "CANVAS@VERSION",
            description = "Add a page of what changed since this version of the canvas (or since another canvas):"
                + " the cards added, removed and changed, and the figures that moved, as 'valuebench diff' shows.")
    String changesSince;

    ExportPdfCommand(CommandContext context) {
        super(context);
    }

    @Override
    void run(ExchangeUseCases exchange, Workbench workbench, PrintWriter out) {
        PaperSize paper = page == null ? defaultPaper() : page;
        long canvasId = canvasId(workbench, canvas);
        if (changesSince == null) {
            exchange.exportPdf(canvasId, output, paper);
        } else {
            ChangesSince since = new CompareUseCases(workbench, new CurrentSnapshots(workbench))
                    .changesSince(changesSince);
            exchange.exportPdf(canvasId, output, paper, since);
        }
        out.println("Wrote " + output.toAbsolutePath().normalize() + " (" + paper.label() + ")");
    }
}
