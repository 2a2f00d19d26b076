package org.valuebench.cli;

import java.io.PrintWriter;
import org.valuebench.app.Workbench;
import org.valuebench.app.history.CompareUseCases;
import org.valuebench.app.history.Comparison;
import org.valuebench.app.history.CurrentSnapshots;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code valuebench diff A [B] [--format text|json|md]}: what changed from side A to side B, each a canvas (id or
 * name) as it is now or one of its versions ({@code CANVAS@VERSION}); with one side, the canvas against its latest
 * version.
 */
@Command(name = "diff",
        mixinStandardHelpOptions = true,
        versionProvider = ManifestVersion.class,
        description = {"Compares two canvases, or a canvas with one of its versions: the cards added, removed and"
            + " changed (a card only moved within its column is not a change), the links, factors and ratings,"
            + " and the figures that moved (fit score, unanswered, fluff, total deficit, differentiation, each"
            + " promise's delivered level, gap and deficit, each factor's standing). Two canvases share no cards:"
            + " their cards are matched by section and text."})
final class DiffCommand extends WorkbenchCommand {
    enum Format { text, json, md }

    @Parameters(index = "0", paramLabel = "A", description = "The older side: a canvas (id or name) or"
            + " CANVAS@VERSION (the version's number or name).")
    String before;

    @Parameters(index = "1", arity = "0..1", paramLabel = "B", description = "The newer side, as A; without it,"
            + " A's latest version is compared with A now.")
    String after;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json|md",
            description = "text (default, for reading), json (for scripts) or md (Markdown).")
    Format format;

    DiffCommand(CommandContext context) {
        super(context);
    }

    @Override
    void run(Workbench bench, PrintWriter out) {
        CompareUseCases compare = new CompareUseCases(bench, new CurrentSnapshots(bench));
        Comparison comparison = after == null ? compare.compareWithLatest(before) : compare.compare(before, after);
        switch (format) {
            case json -> new JsonOutput().write(DiffJson.of(comparison), out);
            case md -> DiffMarkdown.lines(comparison).forEach(out::println);
            case text -> DiffText.lines(comparison).forEach(out::println);
        }
    }
}
