package org.valuebench.cli;

import java.io.PrintWriter;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.valuebench.app.Workbench;
import org.valuebench.app.history.HistoryUseCases;
import org.valuebench.domain.CanvasContent;
import org.valuebench.domain.MessageText;
import org.valuebench.domain.history.CanvasVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code valuebench versions CANVAS [--format text|json]}: a canvas's saved versions, newest first. */
@Command(name = "versions",
        mixinStandardHelpOptions = true,
        versionProvider = ManifestVersion.class,
        description = {"Lists the saved versions of a canvas, newest first: number, time (UTC), name, author where"
            + " known and what changed since the version before."})
final class VersionsCommand extends WorkbenchCommand {
    enum Format { text, json }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    @Parameters(index = "0", paramLabel = "CANVAS", description = "The canvas: its id or its name.")
    String canvas;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json",
            description = "text (default, for reading) or json (for scripts).")
    Format format;

    VersionsCommand(CommandContext context) {
        super(context);
    }

    record ListJson(String canvas, long canvasId, List<VersionJson> versions) {
    }

    record VersionJson(int number, long id, String name, String cause, String author, String takenAt,
                       String summary) {
    }

    @Override
    void run(Workbench bench, PrintWriter out) {
        CanvasContent content = bench.resolve(canvas);
        List<CanvasVersion> versions = new HistoryUseCases(bench).versions(content.canvas().id());
        String name = content.canvas().name();
        if (format == Format.json) {
            new JsonOutput().write(new ListJson(name, content.canvas().id(), versions.stream()
                    .map(v -> new VersionJson(v.number(), v.id(), v.name(), v.cause().name().toLowerCase(Locale.ROOT),
                            v.author(), v.takenAt().toString(), v.summary())).toList()), out);
            return;
        }
        if (versions.isEmpty()) {
            out.println(MessageText.quote(name) + " has no versions yet.");
            return;
        }
        out.println("Versions of " + MessageText.quote(name) + " (newest first):");
        int width = String.valueOf(versions.get(0).number()).length();
        for (CanvasVersion v : versions) {
            out.println("  " + " ".repeat(width - String.valueOf(v.number()).length()) + v.number() + "  "
                    + TIME.format(v.takenAt()) + "  " + v.name()
                    + (v.author().isEmpty() ? "" : "  by " + v.author())
                    + (v.summary().isEmpty() ? "" : "  · " + v.summary()));
        }
    }
}
