package org.valuebench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.valuebench.app.workspace.Recovery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code valuebench recover FILE -o NEW}: prints the rows copied and lost per table. */
@Command(name = "recover", mixinStandardHelpOptions = true,
        description = {"Copies what can still be read of a damaged workspace into a new workspace file.",
                "The damaged file is left exactly as it is. Rows on unreadable pages, and rows whose parent was"
                        + " lost (the feedback of a lost promise), are counted as lost; the gap figures' running"
                        + " sums are rebuilt from the records copied."})
final class RecoverCommand implements Callable<Integer> {
    private final CommandContext context;

    @Parameters(index = "0", paramLabel = "FILE", description = "The damaged workspace.")
    Path damaged;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "NEW",
            description = "The new workspace file to write; it must not exist yet.")
    Path output;

    RecoverCommand(CommandContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Recovery.Outcome outcome = Recovery.recover(damaged, output);
        PrintWriter out = context.out();
        out.println("Recovered what could be read of " + outcome.damaged() + " into " + outcome.recovered()
                + " (the damaged file was left unchanged).");
        out.printf(Locale.ROOT, "%-16s %10s %10s%n", "TABLE", "COPIED", "LOST");
        for (Recovery.TableOutcome table : outcome.tables()) {
            out.printf(Locale.ROOT, "%-16s %10d %10s%n", table.table(), table.copied(),
                    table.lost() < 0 ? "unknown" : Long.toString(table.lost()));
        }
        out.println("Open it with: valuebench --db " + outcome.recovered() + " list");
        out.flush();
        return CommandLineMain.EXIT_OK;
    }
}
