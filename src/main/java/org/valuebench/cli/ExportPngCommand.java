package org.valuebench.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import org.valuebench.app.ExchangeUseCases;
import org.valuebench.app.Workbench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code valuebench export-png CANVAS -o FILE} */
@Command(name = "export-png", mixinStandardHelpOptions = true,
        description = "Writes a picture of the canvas (the report's canvas page at 2x, 144 dpi) as PNG.")
public final class ExportPngCommand extends ExchangeCommand {

    @Parameters(index = "0", paramLabel = "CANVAS", description = "The canvas: its id or its name.")
    String canvas;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true, description = "The PNG file to write.")
    Path output;

    public ExportPngCommand() {
    }

    public ExportPngCommand(Workbench workbench, PrintStream out, PrintStream err) {
        super(workbench, out, err);
    }

    @Override
    int run(ExchangeUseCases exchange) {
        exchange.exportPng(canvasId(canvas), output, defaultPaper());
        out().println("Wrote " + output.toAbsolutePath().normalize());
        return OK;
    }
}
