package org.valuebench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.valuebench.app.Workbench;
import org.valuebench.app.exchange.ExchangeUseCases;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code valuebench export-json CANVAS [-o FILE] [--with-feedback]} */
@Command(name = "export-json", mixinStandardHelpOptions = true,
        description = "Writes a canvas in the JSON exchange format (versioned, schema in the README) to standard"
                + " output or a file.")
final class ExportJsonCommand extends ExportCommand {

    @Parameters(index = "0", paramLabel = "CANVAS", description = "The canvas: its id or its name.")
    String canvas;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write to FILE instead of standard output." + OUTPUT_HELP)
    Path output;

    @Option(names = "--with-feedback",
            description = "Include the canvas's feedback records (every voice; import-json brings them back with"
                    + " the canvas).")
    boolean withFeedback;

    @Option(names = "--with-history",
            description = "Include the canvas's saved versions (format 5; import-json brings them back with the"
                    + " canvas).")
    boolean withHistory;

    ExportJsonCommand(CommandContext context) {
        super(context);
    }

    @Override
    void run(ExchangeUseCases exchange, Workbench workbench, PrintWriter out) {
        long id = canvasId(workbench, canvas);
        if (output == null) {
            printText(out, stream -> exchange.exportJson(id, stream, withFeedback, withHistory));
        } else {
            exchange.exportJson(id, output, withFeedback, withHistory);
            out.println("Wrote " + output.toAbsolutePath().normalize());
        }
    }
}
