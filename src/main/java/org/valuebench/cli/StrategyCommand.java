package org.valuebench.cli;

import java.io.PrintWriter;
import org.valuebench.analysis.DifferentiationReport;
import org.valuebench.app.Workbench;
import org.valuebench.app.feedback.GapUseCases;
import org.valuebench.app.strategy.StrategyUseCases;
import org.valuebench.domain.CanvasContent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code valuebench strategy CANVAS [--format table|json]}: the ratings grid and the differentiation analysis. */
@Command(name = "strategy",
        mixinStandardHelpOptions = true,
        versionProvider = ManifestVersion.class,
        description = {"Shows a canvas's strategy canvas: the ratings grid of our offering and every competitor and"
            + " substitute on each competing factor (1-5, - when unknown) with the four actions, then the"
            + " differentiation analysis: per factor its standing against the best alternative (me-too within"
            + " 0.5, trail, lead), its weight (the highest importance of the customer items it matters through),"
            + " our rating, the best alternative's, the margin and the leaders; the weighted summary; and each"
            + " rival head to head, strongest first."})
final class StrategyCommand extends WorkbenchCommand {
    enum Format { table, json }

    @Parameters(index = "0", paramLabel = "CANVAS", description = "The canvas: its id or its name.")
    String canvas;

    @Option(names = "--format", defaultValue = "table", paramLabel = "table|json",
            description = "table (default, for reading) or json (for scripts).")
    Format format;

    StrategyCommand(CommandContext context) {
        super(context);
    }

    @Override
    void run(Workbench bench, PrintWriter out) {
        CanvasContent content = bench.resolve(canvas);
        DifferentiationReport report = new StrategyUseCases(bench, new GapUseCases(bench)).differentiation(content);
        if (format == Format.json) {
            new JsonOutput().write(StrategyJson.of(content, report), out);
        } else {
            StrategyText.lines(content, report).forEach(out::println);
        }
    }
}
