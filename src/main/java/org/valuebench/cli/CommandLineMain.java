package org.valuebench.cli;

/** Entry to the command line (picocli). Placeholder until the CLI lands. */
public final class CommandLineMain {

    private CommandLineMain() {
    }

    /** True when the arguments name a subcommand or ask for help or the version. */
    public static boolean wantsCommandLine(String[] args) {
        return false;
    }

    /** Runs the command line; returns the process exit code. */
    public static int run(String[] args) {
        return 2;
    }
}
