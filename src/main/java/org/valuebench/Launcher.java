package org.valuebench;

import org.valuebench.cli.CommandLineMain;
import org.valuebench.ui.GuiMain;

/**
 * The one entry point of the jar. It does not extend Application, so a plain {@code java -jar} launch works;
 * subcommands run the command line without ever starting the JavaFX toolkit.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) throws java.io.IOException {
        if (CdsTraining.requested()) {
            CdsTraining.run();
            System.exit(0); // the archive is written at exit, whatever threads the window left
        }
        if (CommandLineMain.wantsCommandLine(args)) {
            System.exit(CommandLineMain.run(args));
        }
        // A usage problem comes back as a value: a catch of a ui class here would load it on every command.
        GuiMain.run(args).ifPresent(problem -> {
            System.err.println("valuebench: " + problem);
            System.exit(CommandLineMain.EXIT_USAGE);
        });
    }
}
