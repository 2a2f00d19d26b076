package org.valuebench.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What {@code --db} (and VALUEBENCH_DB) may name: a regular file or a new path in a folder that exists; a
 * workspace that cannot be written is read, and writes to it are refused.
 */
class DbOptionTest {
    private static final int FILE_TYPE = 0170000;
    private static final int FIFO = 0010000;
    private static final int CHARACTER_DEVICE = 0020000;

    @TempDir
    Path dir;
    private CommandLineRunner cli;

    @BeforeEach
    void commandLine() {
        cli = new CommandLineRunner(Map.of(), dir.resolve("home"), TestCanvases.CLOCK);
    }

    @AfterEach
    void writableAgain() throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).toList()) {
                Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwx------"));
            }
        }
    }

    // ---- item 3: only a regular file or a new path

    @Test
    @Tag("sqlite-only") // what --db FILE may be on disk
    void dbOnACharacterDeviceIsRefusedAndNothingIsWrittenBesideIt() throws Exception {
        Path device = dir.resolve("disk");
        assumeTrue(new ProcessBuilder("mknod", device.toString(), "c", "1", "3").start().waitFor() == 0,
                "making a device node needs root");

        var result = cli.run("--db", device.toString(), "list");

        assertThat(result.exit()).isEqualTo(CommandLineMain.EXIT_BAD_INPUT);
        assertThat(result.err()).isEqualTo("valuebench: " + device + " is a character device, not a regular file:"
                + " only a regular file, or a path that does not exist yet, can be a workspace."
                + " Nothing was changed.\n");
        assertThat(fileType(device)).isEqualTo(CHARACTER_DEVICE);
        assertThat(names(dir)).containsExactly("disk");
    }

    @Test
    @Tag("sqlite-only") // what --db FILE may be on disk
    void dbOnDevNullIsRefused() throws IOException {
        Path devNull = Path.of("/dev/null");
        assumeTrue(Files.exists(devNull));

        var result = cli.run("--db", devNull.toString(), "list");

        assertThat(result.exit()).isEqualTo(CommandLineMain.EXIT_BAD_INPUT);
        assertThat(result.err()).startsWith("valuebench: /dev/null is a character device, not a regular file");
        assertThat(fileType(devNull)).isEqualTo(CHARACTER_DEVICE);
        assertThat(Path.of("/dev/null-journal")).doesNotExist();
        assertThat(Path.of("/dev/null-wal")).doesNotExist();
    }

    @Test
    @Tag("sqlite-only") // what --db FILE may be on disk
    void dbOnAFifoIsRefusedAndItStaysAFifo() throws Exception {
        Path fifo = dir.resolve("pipe.db");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();

        var result = cli.run("--db", fifo.toString(), "list");

        assertThat(result.exit()).isEqualTo(CommandLineMain.EXIT_BAD_INPUT);
        assertThat(result.err()).startsWith("valuebench: " + fifo + " is a named pipe (FIFO), not a regular file");
        assertThat(fileType(fifo)).isEqualTo(FIFO);
        assertThat(names(dir)).containsExactly("pipe.db");
    }

    @Test
    @Tag("sqlite-only") // what --db FILE may be on disk
    void dbOnAFolderIsRefused() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("team"));

        var result = cli.run("--db", folder.toString(), "list");

        assertThat(result.exit()).isEqualTo(CommandLineMain.EXIT_BAD_INPUT);
        assertThat(result.err()).startsWith("valuebench: " + folder + " is a folder, not a regular file");
        assertThat(names(folder)).isEmpty();
    }

    @Test
    @Tag("sqlite-only") // an empty file on disk
    void anEmptyRegularFileIsTakenAsANewWorkspace() throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.db"));

        var result = cli.run("--db", empty.toString(), "list");

        assertThat(result.exit()).isZero();
        assertThat(result.out()).startsWith("No canvases in " + empty);
        assertThat(Files.size(empty)).isPositive();
    }

    // ---- item 6: a name the system cannot make a path of

    @Test
    void aDbValueThatCannotBeAFileNameIsAUsageErrorWithoutAStackTrace() {
        var result = cli.run("--db", "wörk\0space.db", "list");

        assertThat(result.exit()).isEqualTo(CommandLineMain.EXIT_USAGE);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).startsWith("valuebench: --db 'wörk\\u0000space.db' cannot be a file name on this system")
                .contains("use a UTF-8 locale, e.g. LC_ALL=C.UTF-8")
                .doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void aValuebenchDbThatCannotBeAFileNameIsAUsageErrorNamingTheVariable() {
        var fromEnv = new CommandLineRunner(Map.of("VALUEBENCH_DB", "bad\0.db"), dir.resolve("home"),
                TestCanvases.CLOCK);

        var result = fromEnv.run("list");

        assertThat(result.exit()).isEqualTo(CommandLineMain.EXIT_USAGE);
        assertThat(result.err()).startsWith("valuebench: VALUEBENCH_DB 'bad\\u0000.db' cannot be a file name")
                .doesNotContain("\tat ");
    }

    // ---- a URL is not a file

    @ParameterizedTest
    @ValueSource(strings = {"jdbc:sqlite:team.db", "mysql://db.example.com/vb", "https://example.com/team.db",
            "s3://bucket/team.db"})
    void aDbValueThatLooksLikeAUrlIsRefusedAndCreatesNothing(String url) {
        var result = cli.run("--db", url, "list");

        assertThat(result.exit()).isEqualTo(CommandLineMain.EXIT_USAGE);
        assertThat(result.err()).startsWith("valuebench: --db '" + url + "' looks like a URL; a ValueBench"
                + " workspace is a file or a team workspace on a PostgreSQL server (postgresql://user@host:5432/"
                + "database); other locations are not supported.");
        String first = url.substring(0, url.indexOf(':') + 1);
        assertThat(Path.of(first).toAbsolutePath()).doesNotExist();
        assertThat(Path.of(url.substring(0, url.indexOf('/') < 0 ? url.length() : url.indexOf('/')))
                .toAbsolutePath()).doesNotExist();
    }

    // ---- a missing folder

    @Test
    @Tag("sqlite-only") // the folder of a file
    void aDbFileInAMissingFolderIsRefusedAndNoFolderIsMade() {
        Path file = dir.resolve("missing dir/x.db");

        var result = cli.run("--db", file.toString(), "list");

        assertThat(result.exit()).isEqualTo(CommandLineMain.EXIT_BAD_INPUT);
        assertThat(result.err()).isEqualTo("valuebench: The folder " + file.getParent() + " does not exist, so "
                + file + " cannot be created. Check the path, or add --create to create the folder.\n");
        assertThat(dir.resolve("missing dir")).doesNotExist();
    }

    @Test
    @Tag("sqlite-only") // the folder of a file
    void createMakesTheMissingFolderOfADbFile() {
        Path file = dir.resolve("missing dir/deeper/x.db");

        var result = cli.run("--create", "--db", file.toString(), "list");

        assertThat(result.exit()).isZero();
        assertThat(file).isRegularFile();
    }

    @Test
    void createIsAnOptionOfTheWindowToo() {
        assertThat(CommandLineMain.wantsCommandLine(new String[] {"--db", "x.db", "--create"})).isFalse();
        assertThat(CommandLineMain.wantsCommandLine(new String[] {"--create", "list"})).isTrue();
    }

    @Test
    void theDefaultWorkspaceStillGetsItsFolder() {
        Path data = dir.resolve("data");
        var defaults = new CommandLineRunner(Map.of("XDG_DATA_HOME", data.toString()), dir.resolve("home"),
                TestCanvases.CLOCK);

        var result = defaults.run("list");

        assertThat(result.exit()).isZero();
        assertThat(data.resolve("valuebench/workspace.db")).isRegularFile();
    }

    // ---- item 13: a workspace that cannot be written

    @Test
    @Tag("sqlite-only") // file permissions; a SELECT-only team user is store.TeamWorkspaceOpeningTest's
    void aWorkspaceInAReadOnlyFolderIsReadAndExportedElsewhere() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("media"));
        Path db = folder.resolve("team.db");
        TestCanvases.cafeAndCallCentre(db);
        readOnly(folder);
        String out = dir.resolve("cafe.json").toString();

        for (List<String> args : List.of(List.of("list"), List.of("show", "1"), List.of("gaps", "1"),
                List.of("strategy", "1"), List.of("export-json", "1", "-o", out), List.of("export-md", "1"))) {
            var result = cli.run(Stream.concat(Stream.of("--db", db.toString()), args.stream()).toArray(String[]::new));
            assertThat(result.exit()).as(args + ": " + result.err()).isZero();
            assertThat(result.err()).as(String.join(" ", args)).isEmpty();
        }
        assertThat(Path.of(out)).isNotEmptyFile();
        assertThat(names(folder)).containsExactly("team.db");
    }

    @Test
    @Tag("sqlite-only") // file permissions
    void importJsonIntoAReadOnlyWorkspaceIsRefusedNamingTheFileAndWhy() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("media"));
        Path db = folder.resolve("team.db");
        TestCanvases.cafeAndCallCentre(db);
        Path json = dir.resolve("cafe.json");
        assertThat(cli.run("--db", db.toString(), "export-json", "1", "-o", json.toString()).exit()).isZero();
        readOnly(folder);

        var result = cli.run("--db", db.toString(), "import-json", json.toString());

        assertThat(result.exit()).isEqualTo(CommandLineMain.EXIT_BAD_INPUT);
        assertThat(result.err()).startsWith("valuebench: " + db + " is in a read-only folder (" + folder + ")")
                .contains("opened read-only");
        assertThat(cli.run("--db", db.toString(), "list").out()).doesNotContain("Café corner (copy)")
                .contains("Café corner");
        assertThat(names(folder)).containsExactly("team.db");
    }

    @Test
    @Tag("sqlite-only") // file permissions and SQLite's -wal/-shm files
    void importFeedbackIntoAReadOnlyWorkspaceFileIsRefusedAndLeavesNoWalOrShm() throws IOException {
        Path db = dir.resolve("team.db");
        TestCanvases.cafeAndCallCentre(db);
        Path csv = Files.writeString(dir.resolve("survey.csv"), "promise,score\nOrder ahead in the app,4\n",
                StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(db, PosixFilePermissions.fromString("r--r--r--"));
        byte[] before = Files.readAllBytes(db);

        var result = cli.run("--db", db.toString(), "import-feedback", "1", csv.toString());

        assertThat(result.exit()).isEqualTo(CommandLineMain.EXIT_BAD_INPUT);
        assertThat(result.err()).startsWith("valuebench: " + db + " is a read-only file");
        assertThat(Files.readAllBytes(db)).isEqualTo(before);
        assertThat(names(dir)).containsExactly("survey.csv", "team.db");
    }

    private static void readOnly(Path folder) throws IOException {
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
                    .map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static int fileType(Path file) throws IOException {
        return (Integer) Files.getAttribute(file, "unix:mode", LinkOption.NOFOLLOW_LINKS) & FILE_TYPE;
    }

    @Test
    void anOutputOrImportFileThatCannotBeAFileNameIsAUsageErrorInOurWordsWithoutLibraryNames() {
        var export = cli.run("--db", dir.resolve("ws.db").toString(), "export-md", "1", "-o", "out\0.md");
        var importing = cli.run("--db", dir.resolve("ws.db").toString(), "import-json", "in\0.json");

        for (var result : java.util.List.of(export, importing)) {
            assertThat(result.exit()).isEqualTo(CommandLineMain.EXIT_USAGE);
            assertThat(result.err()).contains("cannot be a file name on this system (it contains a NUL character)")
                    .doesNotContain("InvalidPathException").doesNotContain("java.nio");
        }
    }
}
