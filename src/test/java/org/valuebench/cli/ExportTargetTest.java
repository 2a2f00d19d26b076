package org.valuebench.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
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
import org.valuebench.app.samples.SampleWorkspace;
import org.valuebench.domain.CanvasSummary;

/** What an export may write over: never the workspace, not a database or read-only file unless forced. */
class ExportTargetTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-06-01T12:00:00Z"), ZoneOffset.UTC);
    private static final List<String> EXPORTS = List.of("export-pdf", "export-json", "export-md", "export-png");

    @TempDir
    Path dir;
    private Path db;
    private CommandLineRunner cli;
    private CommandLineRunner.Result result;
    private List<String> canvases;

    @BeforeEach
    void open() {
        db = dir.resolve("workspace.db");
        canvases = seed(db);
        cli = new CommandLineRunner(Map.of(), dir.resolve("home"), CLOCK);
    }

    private static List<String> seed(Path file) {
        try (Workbench workbench = TestWorkbenches.open(file, false, CLOCK)) {
            SampleWorkspace.canvases().forEach(c -> workbench.addCanvas("Sample", c, c.canvas().name()));
            return names(workbench);
        }
    }

    private static List<String> names(Workbench workbench) {
        return workbench.library().stream().map(CanvasSummary::name).toList();
    }

    private static List<String> canvasesIn(Path file) {
        try (Workbench workbench = TestWorkbenches.open(file, false, CLOCK)) {
            return names(workbench);
        }
    }

    private int run(String... args) {
        List<String> all = new ArrayList<>(List.of("--db", db.toString()));
        all.addAll(List.of(args));
        result = cli.run(all.toArray(String[]::new));
        return result.exit();
    }

    private void assertRefused(String... words) {
        assertThat(result.exit()).as(result.out() + result.err()).isEqualTo(1);
        assertThat(result.out()).doesNotContain("Wrote");
        assertThat(result.err()).contains(words).doesNotContain("Exception", "\tat ");
    }

    private void assertWorkspaceIntact(byte[] before) throws IOException {
        assertThat(Files.readAllBytes(db)).isEqualTo(before);
        assertThat(canvasesIn(db)).isEqualTo(canvases);
    }

    private List<String> namesInDir() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"export-pdf", "export-json", "export-md", "export-png"})
    @Tag("sqlite-only") // an export onto the workspace's own file
    void anExportOntoTheOpenWorkspaceIsRefusedEvenWithForceAndTheWorkspaceKeepsItsCanvases(String export)
            throws IOException {
        byte[] before = Files.readAllBytes(db);
        List<String> files = namesInDir();

        run(export, "1", "-o", db.toString());
        assertRefused(db.toString(), "open workspace");
        run(export, "1", "-o", db.toString(), "--force");
        assertRefused(db.toString(), "open workspace");

        assertWorkspaceIntact(before);
        assertThat(namesInDir()).isEqualTo(files);
    }

    @Test
    @Tag("sqlite-only") // links to the workspace's own file
    void theWorkspaceReachedThroughDotDotALinkOrAHardLinkIsRefusedToo() throws IOException {
        byte[] before = Files.readAllBytes(db);
        Files.createDirectories(dir.resolve("sub"));
        Path link = Files.createSymbolicLink(dir.resolve("link.pdf"), db.getFileName());
        Path linkedFolder = Files.createSymbolicLink(dir.resolve("here"), dir);
        Path hardLink = Files.createLink(dir.resolve("hard.pdf"), db);

        for (Path target : List.of(dir.resolve("sub").resolve("..").resolve("workspace.db"), link,
                linkedFolder.resolve("workspace.db"), hardLink)) {
            run("export-pdf", "1", "-o", target.toString(), "--force");
            assertRefused("open workspace");
        }

        assertWorkspaceIntact(before);
        assertThat(Files.isSymbolicLink(link)).isTrue();
    }

    @Test
    @Tag("sqlite-only") // SQLite's files beside the workspace file
    void theFilesBesideTheWorkspaceAreRefusedEvenWithForce() throws IOException {
        byte[] before = Files.readAllBytes(db);
        Path backup = Files.copy(db, dir.resolve("workspace.db.before-migration-20240101-120000.bak"));
        for (String name : List.of("workspace.db-wal", "workspace.db-shm", "workspace.db-journal",
                "workspace.db.lock", backup.getFileName().toString(), "workspace.db.before-migration-x.bak")) {
            for (String export : EXPORTS) {
                run(export, "1", "-o", dir.resolve(name).toString(), "--force");
                assertRefused(name, "workspace.db");
            }
        }
        assertWorkspaceIntact(before);
        assertThat(canvasesIn(backup)).isEqualTo(canvases);
        assertThat(namesInDir()).doesNotContain("workspace.db.lock", "workspace.db.before-migration-x.bak");
    }

    @Test
    void anotherWorkspaceIsReplacedOnlyWithForce() throws IOException {
        // The target is a file on either engine: an export never writes to a team workspace.
        Path other = dir.resolve("other.db");
        List<String> otherCanvases;
        try (Workbench workbench = Workbenches.open(other, false, CLOCK)) {
            SampleWorkspace.canvases().forEach(c -> workbench.addCanvas("Sample", c, c.canvas().name()));
            otherCanvases = names(workbench);
        }

        run("export-json", "1", "-o", other.toString());
        assertRefused(other.toString(), "SQLite database", "--force");
        try (Workbench workbench = Workbenches.open(other, false, CLOCK)) {
            assertThat(names(workbench)).isEqualTo(otherCanvases);
        }

        assertThat(run("export-json", "1", "-o", other.toString(), "--force")).isZero();
        assertThat(Files.readString(other)).startsWith("{");
    }

    @Test
    void aReadOnlyFileIsReplacedOnlyWithForceAndStaysReadOnly() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path file = Files.writeString(dir.resolve("canvas.md"), "keep me");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r-----"));

        run("export-md", "1", "-o", file.toString());
        assertRefused(file.toString(), "read-only", "--force");
        assertThat(file).hasContent("keep me");

        assertThat(run("export-md", "1", "-o", file.toString(), "--force")).isZero();
        assertThat(Files.readString(file)).startsWith("# ");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("r--r-----");
    }

    @Test
    void aNamedPipeIsRefusedWithAMessageAndStaysAPipe() throws Exception {
        Path fifo = dir.resolve("pipe.json");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (IOException e) {
            mkfifo = null;
        }
        assumeTrue(mkfifo != null && mkfifo.waitFor() == 0, "mkfifo is not available here");

        run("export-json", "1", "-o", fifo.toString(), "--force");
        assertRefused(fifo.toString(), "named pipe");
        assertThat(Files.readAttributes(fifo, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isOther())
                .isTrue();
    }

    @Test
    void theExportHelpSaysWhatForceDoesAndThatLinksAreFollowed() {
        for (String export : EXPORTS) {
            assertThat(run(export, "--help")).isZero();
            assertThat(result.out().replaceAll("\\s+", " "))
                    .contains("--force", "symbolic link is followed", "the open workspace");
        }
    }
}
