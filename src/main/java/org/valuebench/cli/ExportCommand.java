package org.valuebench.cli;

import org.valuebench.app.Workbench;
import org.valuebench.app.exchange.ExchangeUseCases;
import picocli.CommandLine.Option;

/**
 * An export subcommand: what it may write over. The open workspace and the files beside it are never
 * written, whatever the options; see {@link #OUTPUT_HELP}.
 */
abstract class ExportCommand extends ExchangeCommand {
    /** Said by every export's {@code -o}: what happens to a file that is already there. */
    static final String OUTPUT_HELP = " An existing regular file is replaced whole (never half-written) and keeps"
            + " its permissions; a symbolic link is followed, so the file it points to is replaced and the link"
            + " stays. Devices, named pipes, sockets and the open workspace (with its -wal, -shm, .lock and"
            + " backup files) are refused.";

    @Option(names = "--force",
            description = "Also replace a read-only file or an SQLite database (another workspace, for"
                    + " instance). Never the open workspace or the files beside it.")
    boolean force;

    ExportCommand(CommandContext context) {
        super(context);
    }

    @Override
    ExchangeUseCases exchange(Workbench workbench) {
        ExchangeUseCases exchange = super.exchange(workbench);
        return force ? exchange.forcingReplacement() : exchange;
    }
}
