package org.valuebench.cli;

import java.io.PrintWriter;
import java.util.List;
import org.valuebench.app.Workbench;
import org.valuebench.domain.CanvasSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "list",
        mixinStandardHelpOptions = true,
        versionProvider = ManifestVersion.class,
        description = "Lists the canvases in the workspace with how many items, promises and fit links each holds.")
final class ListCommand extends WorkbenchCommand {

    enum Format { TABLE, JSON }

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table (default, for reading) or json (for scripts).")
    private Format format;

    ListCommand(CommandContext context) {
        super(context);
    }

    @Override
    void run(Workbench workbench, PrintWriter out) {
        List<CanvasSummary> library = workbench.library();
        if (format == Format.JSON) {
            new JsonOutput().write(library.stream().map(LibraryJson::of).toList(), out);
        } else if (library.isEmpty()) {
            out.println("No canvases in " + workbench.where());
        } else {
            LibraryTable.lines(library).forEach(out::println);
        }
    }
}
