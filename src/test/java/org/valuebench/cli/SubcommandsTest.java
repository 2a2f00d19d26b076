package org.valuebench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SubcommandsTest {
    @TempDir
    Path home;

    private static CommandContext context() {
        return new CommandContext(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
                (db, create) -> {
                    throw new AssertionError("no workspace is opened");
                });
    }

    @Test
    void aCommandLineNamingOneCommandBuildsOnlyThatOne() {
        CommandLine cli = CommandLineMain.commandLine(context(), new String[] {"--db", "list", "show", "1"});
        assertEquals(Set.of("show"), cli.getSubcommands().keySet());
        CommandLine withValue = CommandLineMain.commandLine(context(), new String[] {"--wait=5", "--create", "gaps"});
        assertEquals(Set.of("gaps"), withValue.getSubcommands().keySet());
    }

    @Test
    void helpAMisspellingOrNoCommandBuildsEveryCommand() {
        for (String[] args : new String[][] {{"help", "list"}, {"lisst"}, {"--help"}, {}, {"--db", "x.db"}}) {
            CommandLine cli = CommandLineMain.commandLine(context(), args);
            assertEquals(Subcommands.names(), cli.getSubcommands().keySet(), String.join(" ", args));
        }
    }

    @Test
    void eachNameIsTheNameItsCommandDeclares() {
        for (String name : Subcommands.names()) {
            CommandLine.Command command = Subcommands.type(name).getAnnotation(CommandLine.Command.class);
            assertEquals(name, command.name());
        }
        assertNull(Subcommands.namedCommand(new String[] {"--db", "x.db"}));
        assertNull(Subcommands.namedCommand(new String[] {"--verbose", "list"}));
    }

    @Test
    void theRootsOptionsStillReachTheOneCommandAfterIt() {
        CommandLineRunner runner = new CommandLineRunner(Map.of(), home, Clock.systemUTC());
        Path file = home.resolve("w.db");
        CommandLineRunner.Result listed = runner.run("list", "--db", file.toString(), "--wait", "0", "--create");
        assertEquals(0, listed.exit(), listed.err());
        CommandLineRunner.Result help = runner.run("--help");
        for (String name : Subcommands.names()) {
            assertTrue(help.out().contains("  " + name + " "), name + " in\n" + help.out());
        }
        CommandLineRunner.Result misspelt = runner.run("lisst");
        assertEquals(CommandLineMain.EXIT_USAGE, misspelt.exit());
        assertTrue(misspelt.err().contains("list"), misspelt.err());
    }
}
