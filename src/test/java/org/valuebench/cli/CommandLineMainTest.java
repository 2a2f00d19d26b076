package org.valuebench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.valuebench.app.TestWorkbenches;
import org.valuebench.app.Workbench;
import org.valuebench.app.Workbenches;
import org.valuebench.store.OlderWorkspace;

class CommandLineMainTest {
    @TempDir
    Path dir;
    private Path db;
    private CommandLineRunner cli;

    @BeforeEach
    void workspace() {
        db = dir.resolve("team.db");
        TestCanvases.cafeAndCallCentre(db);
        cli = new CommandLineRunner(Map.of(), dir.resolve("home"), TestCanvases.CLOCK);
    }

    @Test
    void dbIsAcceptedBeforeAndAfterTheCommand() {
        var before = cli.run("--db", db.toString(), "show", "1", "--format", "json");
        var after = cli.run("show", "1", "--format", "json", "--db", db.toString());
        var equalsForm = cli.run("show", "--db=" + db, "1", "--format", "json");

        assertThat(before.exit()).isZero();
        assertThat(after).isEqualTo(before);
        assertThat(equalsForm).isEqualTo(before);
    }

    @Test
    void anUnknownCanvasIsBadInputWithTheMessageOnStandardError() {
        var result = cli.run("--db", db.toString(), "show", "Tea room");

        assertThat(result.exit()).isEqualTo(CommandLineMain.EXIT_BAD_INPUT);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).isEqualTo("valuebench: No canvas is called or numbered 'Tea room' in "
                + CommandLineRunner.where(db) + "; 'valuebench list' shows the canvases\n");
    }

    @Test
    void anUnknownIdIsBadInput() {
        var result = cli.run("--db", db.toString(), "show", "99");

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err()).startsWith("valuebench: No canvas is called or numbered '99'");
    }

    @Test
    void anAmbiguousNameIsBadInputNamingTheIds() {
        try (Workbench wb = TestWorkbenches.open(db, false, TestCanvases.CLOCK)) {
            wb.createCanvas("call CENTRE");
        }

        var result = cli.run("--db", db.toString(), "show", "Call centre");

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).isEqualTo(
                "valuebench: 2 canvases are called 'Call centre'; name one by its id: [2, 3]\n");
        assertThat(result.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    @Tag("sqlite-only") // a file's header (TeamWorkspaceOpeningTest refuses a foreign database)
    void aForeignFileIsRefusedByNameAndLeftByteForByteUnchanged() throws Exception {
        Path notes = dir.resolve("notes.db");
        byte[] bytes = "Meeting notes, not a workspace.\n".repeat(20).getBytes(StandardCharsets.UTF_8);
        Files.write(notes, bytes);

        var result = cli.run("list", "--db", notes.toString());

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).startsWith("valuebench: " + notes.toAbsolutePath())
                .contains("not an SQLite database").contains("left unchanged").doesNotContain("\tat ");
        assertThat(Files.readAllBytes(notes)).isEqualTo(bytes);
        assertThat(namesIn(dir)).doesNotContain("notes.db-wal", "notes.db-shm", "notes.db-journal");
    }

    @Test
    @Tag("sqlite-only") // another program's SQLite file
    void anotherProgramsSqliteDatabaseIsRefusedAndLeftUnchanged() throws Exception {
        Path other = dir.resolve("contacts.sqlite");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + other); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE contacts (name TEXT)");
            s.execute("INSERT INTO contacts VALUES ('Ada')");
        }
        byte[] before = Files.readAllBytes(other);

        var result = cli.run("--db", other.toString(), "show", "1");

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err()).contains(other.toAbsolutePath().toString()).contains("not a ValueBench workspace");
        assertThat(Files.readAllBytes(other)).isEqualTo(before);
    }

    @Test
    @Tag("sqlite-only") // a file's user_version (TeamWorkspaceOpeningTest: a newer team schema)
    void aWorkspaceFromANewerVersionIsRefusedAndLeftUnchanged() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version = 99");
            s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            s.execute("PRAGMA journal_mode = DELETE");
        }
        byte[] before = Files.readAllBytes(db);

        var result = cli.run("--db", db.toString(), "list");

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).contains(db.toAbsolutePath().toString()).contains("newer version")
                .contains("schema 99").doesNotContain("\tat ");
        assertThat(Files.readAllBytes(db)).isEqualTo(before);
    }

    @Test
    void readsAWorkspaceThatAWindowHasOpenForEditing() {
        try (Workbench window = TestWorkbenches.open(db, true, TestCanvases.CLOCK)) {
            window.createCanvas("Added in the window");

            var result = cli.run("--db", db.toString(), "show", "Added in the window");

            assertThat(result.exit()).isZero();
            assertThat(result.out()).startsWith("Added in the window (canvas 3)\n");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"list --bogus", "show", "list --format xml", "show 1 --format table", "frobnicate",
            "--db", "show 1 2"})
    void usageErrorsExitWithTwoAndAHint(String args) {
        String[] words = args.split(" ");
        String[] withDb = Stream.concat(Stream.of("--db", db.toString()), Stream.of(words)).toArray(String[]::new);

        var result = cli.run(args.equals("--db") ? words : withDb);

        assertThat(result.exit()).isEqualTo(CommandLineMain.EXIT_USAGE);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).startsWith("valuebench: ").contains("--help' for more information.");
    }

    @Test
    void aMisspelledCommandGetsASuggestion() {
        var result = cli.run("--db", db.toString(), "lists");

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).contains("'lists'").contains("Did you mean").contains("list");
    }

    @Test
    void noCommandIsAUsageErrorNamingTheCommands() {
        var result = cli.run("--db", db.toString());

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).startsWith("valuebench: Name a command: list, show, export-json, import-json, copy, export-pdf, export-png, export-md, import-feedback, gaps, strategy, diff, workshops, workshop, versions, save-version, recover, help\n");
    }

    @Test
    void versionComesFromTheManifestOrIsDev() {
        var result = cli.run("--version");

        assertThat(result.exit()).isZero();
        // Tests run from compiled classes, which have no manifest; the packaged jar says its version.
        assertThat(result.out()).isEqualTo("valuebench dev\n");
        assertThat(cli.run("-V").out()).isEqualTo("valuebench dev\n");
    }

    @Test
    void helpListsTheCommandsAndTheDbOption() {
        var result = cli.run("--help");

        assertThat(result.exit()).isZero();
        assertThat(result.out()).startsWith("Usage: valuebench [-hV] [--create] [--db=FILE|URL] [--wait=SECONDS] [COMMAND]\n")
                .contains("  list ").contains("  show ").contains("--db=FILE|URL").contains("VALUEBENCH_DB")
                .contains("postgresql://USER@HOST:5432/DATABASE").contains("PGPASSWORD")
                .contains("Exit status: 0 on success, 1 on bad input")
                .contains("--wait=SECONDS   While another program writes to the workspace");
        assertThat(cli.run("help", "show").out())
                .startsWith("Usage: valuebench show [-hV] [--create] [--db=FILE|URL] [--format=FORMAT]")
                .contains("[--wait=SECONDS]").contains("CANVAS");
        assertThat(cli.run("list", "-h").out()).startsWith("Usage: valuebench list ");
    }

    @Test
    void everyCommandsHelpFormatsWithoutPicocliWarnings() {
        // picocli formats descriptions with String.format; a lone % makes it warn on System.err, not our writer.
        PrintStream before = System.err;
        ByteArrayOutputStream warnings = new ByteArrayOutputStream();
        System.setErr(new PrintStream(warnings, true, StandardCharsets.UTF_8));
        String gapsHelp;
        try {
            cli.run("--help");
            for (String command : List.of("list", "show", "export-json", "import-json", "export-pdf", "export-png",
                    "export-md", "import-feedback", "gaps", "strategy")) {
                cli.run(command, "--help");
            }
            gapsHelp = cli.run("gaps", "--help").out();
        } finally {
            System.setErr(before);
        }
        assertThat(warnings.toString(StandardCharsets.UTF_8)).doesNotContain("picocli");
        assertThat(gapsHelp).contains("95% confidence");
    }

    @Test
    void helpAndVersionNeverOpenTheWorkspace() {
        Path untouched = dir.resolve("never-created.db");

        cli.run("--db", untouched.toString(), "--help");
        cli.run("--db", untouched.toString(), "list", "--help");
        cli.run("--version", "--db", untouched.toString());

        assertThat(untouched).doesNotExist();
    }

    @Test
    void subcommandsAndHelpFlagsWantTheCommandLine() {
        assertThat(CommandLineMain.wantsCommandLine(new String[] {"list"})).isTrue();
        assertThat(CommandLineMain.wantsCommandLine(new String[] {"--db", "x.db", "show", "1"})).isTrue();
        assertThat(CommandLineMain.wantsCommandLine(new String[] {"help"})).isTrue();
        for (String flag : List.of("-h", "--help", "-V", "--version")) {
            assertThat(CommandLineMain.wantsCommandLine(new String[] {flag})).as(flag).isTrue();
        }
    }

    @Test
    void noArgumentsOrOnlyADatabaseOpenTheWindow() {
        assertThat(CommandLineMain.wantsCommandLine(new String[0])).isFalse();
        assertThat(CommandLineMain.wantsCommandLine(new String[] {"--db", "team.db"})).isFalse();
        assertThat(CommandLineMain.wantsCommandLine(new String[] {"--db=team.db"})).isFalse();
        // A workspace file that happens to be called like a command is still a file.
        assertThat(CommandLineMain.wantsCommandLine(new String[] {"--db", "list"})).isFalse();
    }

    @Test
    void aMisspelledSubcommandIsAUsageErrorNotAWindow() {
        assertThat(CommandLineMain.wantsCommandLine(new String[] {"shwo", "1"})).isTrue();
        assertThat(CommandLineMain.wantsCommandLine(new String[] {"--db"})).isTrue();
        assertThat(cli.run("shwo").exit()).isEqualTo(CommandLineMain.EXIT_USAGE);
    }

    @Test
    @Tag("sqlite-only") // the backup file beside an older SQLite file
    void saysOnStandardErrorThatAnOlderWorkspaceIsUpgradedAndWhereTheCopyIs() throws Exception {
        Path old = OlderWorkspace.atSchema(dir.resolve("old.db"), 4);
        var upgraded = cli.run("--db", old.toString(), "list");
        List<String> copies = namesIn(dir).stream().filter(n -> n.startsWith("old.db.before-migration-")).toList();
        assertThat(copies).hasSize(1);
        assertThat(upgraded.exit()).isZero();
        assertThat(upgraded.err()).isEqualTo("valuebench: upgrading the workspace for this version of ValueBench"
                + " (once; with much feedback it can take a minute); the file as it was is kept as "
                + dir.resolve(copies.get(0)).toAbsolutePath() + "\n");
        assertThat(cli.run("--db", old.toString(), "list").err()).as("upgraded once").isEmpty();
    }

    @Test
    @Tag("sqlite-only") // the editing lock of a file
    void theProductionSourceOpensTheNamedFileWithoutTheEditingLock() {
        try (Workbench window = TestWorkbenches.open(db, true, TestCanvases.CLOCK);
             Workbench fromCli = WorkbenchSource.fromSystem(TestCanvases.CLOCK, new PrintWriter(new StringWriter())).open(db.toString(), false)) {
            assertThat(fromCli.file()).isEqualTo(window.file());
            assertThat(fromCli.library()).hasSize(2);
        }
    }

    private static List<String> namesIn(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }
}
