package org.valuebench.cli;

import java.io.PrintWriter;
import org.valuebench.analysis.FitAnalysis;
import org.valuebench.analysis.FitReport;
import org.valuebench.app.Workbench;
import org.valuebench.domain.CanvasContent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "show",
        mixinStandardHelpOptions = true,
        versionProvider = ManifestVersion.class,
        description = "Shows one canvas: its sections and items, fit links, fit score, unanswered items and fluff.")
final class ShowCommand extends WorkbenchCommand {

    enum Format { TEXT, JSON }

    @Parameters(paramLabel = "CANVAS", description = "The canvas's id, or its name (case-insensitive) if no other canvas has it.")
    private String canvas;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default, for reading) or json (for scripts).")
    private Format format;

    ShowCommand(CommandContext context) {
        super(context);
    }

    @Override
    void run(Workbench workbench, PrintWriter out) {
        CanvasContent content = workbench.resolve(canvas);
        FitReport fit = FitAnalysis.of(content);
        if (format == Format.JSON) {
            new JsonOutput().write(CanvasJson.of(content, fit), out);
        } else {
            CanvasText.lines(content, fit).forEach(out::println);
        }
    }
}
