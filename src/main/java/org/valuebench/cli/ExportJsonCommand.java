package org.valuebench.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import org.valuebench.app.ExchangeUseCases;
import org.valuebench.app.Workbench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code valuebench export-json CANVAS [-o FILE] [--with-feedback]} */
@Command(name = "export-json", mixinStandardHelpOptions = true,
        description = "Writes a canvas in the JSON exchange format (versioned, schema in the README) to standard"
                + " output or a file.")
public final class ExportJsonCommand extends ExchangeCommand {

    @Parameters(index = "0", paramLabel = "CANVAS", description = "The canvas: its id or its name.")
    String canvas;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write to FILE (replaced whole, never half-written) instead of standard output.")
    Path output;

    @Option(names = "--with-feedback",
            description = "Include the canvas's feedback records. Feedback is not recorded yet, so for now this"
                    + " only adds an empty \"feedback\" array.")
    boolean withFeedback;

    public ExportJsonCommand() {
    }

    public ExportJsonCommand(Workbench workbench, PrintStream out, PrintStream err) {
        super(workbench, out, err);
    }

    @Override
    int run(ExchangeUseCases exchange) {
        long id = canvasId(canvas);
        if (output == null) {
            exchange.exportJson(id, out(), withFeedback);
            out().flush();
        } else {
            exchange.exportJson(id, output, withFeedback);
            out().println("Wrote " + output.toAbsolutePath().normalize());
        }
        return OK;
    }
}
