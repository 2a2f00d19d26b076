package org.valuebench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.valuebench.app.Workbench;
import org.valuebench.app.exchange.ExchangeUseCases;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code valuebench export-md CANVAS [-o FILE]} */
@Command(name = "export-md", mixinStandardHelpOptions = true,
        description = "Writes the canvas as Markdown (sections as headings, items as bullets) for wikis, to"
                + " standard output or a file.")
final class ExportMarkdownCommand extends ExportCommand {

    @Parameters(index = "0", paramLabel = "CANVAS", description = "The canvas: its id or its name.")
    String canvas;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write to FILE instead of standard output." + OUTPUT_HELP)
    Path output;

    ExportMarkdownCommand(CommandContext context) {
        super(context);
    }

    @Override
    void run(ExchangeUseCases exchange, Workbench workbench, PrintWriter out) {
        long id = canvasId(workbench, canvas);
        if (output == null) {
            printText(out, stream -> exchange.exportMarkdown(id, stream));
        } else {
            exchange.exportMarkdown(id, output);
            out.println("Wrote " + output.toAbsolutePath().normalize());
        }
    }
}
