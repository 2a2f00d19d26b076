package org.valuebench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.valuebench.app.Workbench;
import org.valuebench.app.exchange.ExchangeUseCases;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code valuebench export-png CANVAS -o FILE} */
@Command(name = "export-png", mixinStandardHelpOptions = true,
        description = "Writes a picture of the canvas (the report's canvas page at 2x, 144 dpi) as PNG.")
final class ExportPngCommand extends ExportCommand {

    @Parameters(index = "0", paramLabel = "CANVAS", description = "The canvas: its id or its name.")
    String canvas;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true, description = "The PNG file to write." + OUTPUT_HELP)
    Path output;

    ExportPngCommand(CommandContext context) {
        super(context);
    }

    @Override
    void run(ExchangeUseCases exchange, Workbench workbench, PrintWriter out) {
        exchange.exportPng(canvasId(workbench, canvas), output, defaultPaper());
        out.println("Wrote " + output.toAbsolutePath().normalize());
    }
}
