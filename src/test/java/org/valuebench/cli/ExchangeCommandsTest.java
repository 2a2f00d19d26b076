package org.valuebench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuebench.app.TestWorkbenches;
import org.valuebench.app.Workbench;
import org.valuebench.app.Workbenches;
import org.valuebench.app.samples.SampleWorkspace;
import org.valuebench.domain.CanvasSummary;

/** The export and import subcommands on their own, as the root command will run them. */
class ExchangeCommandsTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-06-01T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    private Path db;
    private CommandLineRunner cli;
    private CommandLineRunner.Result result;
    private String sampleName;

    @BeforeEach
    void open() {
        db = dir.resolve("workspace.db");
        try (Workbench workbench = TestWorkbenches.open(db, false, CLOCK)) {
            SampleWorkspace.canvases().forEach(c -> workbench.addCanvas("Sample", c, c.canvas().name()));
            sampleName = workbench.library().get(0).name();
        }
        cli = new CommandLineRunner(Map.of(), dir.resolve("home"), CLOCK);
    }

    private int run(String... args) {
        String[] withDb = new String[args.length + 2];
        withDb[0] = "--db";
        withDb[1] = db.toString();
        System.arraycopy(args, 0, withDb, 2, args.length);
        result = cli.run(withDb);
        return result.exit();
    }

    private List<CanvasSummary> library() {
        try (Workbench workbench = TestWorkbenches.open(db, false, CLOCK)) {
            return workbench.library();
        }
    }

    private String stdout() {
        return result.out();
    }

    private String stderr() {
        return result.err();
    }

    @Test
    void exportJsonWritesToStandardOutputByNameOrId() {
        assertThat(run("export-json", sampleName)).isZero();
        String byName = stdout();
        assertThat(byName).startsWith("{\n  \"schemaVersion\": 4,").endsWith("}\n");
        long id = library().get(0).id();
        assertThat(run("export-json", String.valueOf(id))).isZero();
        assertThat(stdout()).isEqualTo(byName);
        assertThat(stderr()).isEmpty();
    }

    @Test
    void exportJsonToAFileWithFeedback() throws IOException {
        Path file = dir.resolve("canvas.json");
        assertThat(run("export-json", sampleName, "-o", file.toString(), "--with-feedback")).isZero();
        assertThat(Files.readString(file)).contains("\"feedback\": []");
        assertThat(stdout()).contains("Wrote " + file);
    }

    /** The default workspace starts with the sample canvases and their sample feedback. */
    @Test
    void feedbackGoesOutWithTheFlagAndComesBackWithTheCanvas() throws IOException {
        CommandLineRunner defaults = new CommandLineRunner(Map.of(), dir.resolve("home"), CLOCK);
        CommandLineRunner.Result exported = defaults.run("export-json", "Everyday low prices", "--with-feedback");
        assertThat(exported.exit()).isZero();
        assertThat(exported.out()).startsWith("{\n  \"schemaVersion\": 4,").contains("\"feedback\": [\n    {\n"
                + "      \"promise\": \"feature-1\",\n      \"score\": ");
        Path file = dir.resolve("with-feedback.json");
        Files.writeString(file, exported.out());
        CommandLineRunner.Result imported = defaults.run("import-json", file.toString());
        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(imported.out().lines().findFirst().orElseThrow())
                .matches("Imported 'Everyday low prices' from with-feedback.json: 25 items, 15 fit links, \\d+ feedback"
                        + " records\\.");
        List<String> lines = imported.out().lines().toList();
        CommandLineRunner.Result pdf = defaults.run("export-pdf", lines.get(lines.size() - 1), "-o",
                dir.resolve("gaps.pdf").toString(), "--page", "a4");
        assertThat(pdf.exit()).as(pdf.err()).isZero();
        try (PDDocument document = Loader.loadPDF(dir.resolve("gaps.pdf").toFile())) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document))
                    .contains("Promise versus delivery: Everyday low prices", "Concentrate here");
        }
    }

    @Test
    void importJsonPrintsTheNewCanvasIdAsItsLastLine() throws IOException {
        Path file = dir.resolve("canvas.json");
        run("export-json", sampleName, "-o", file.toString());
        int before = library().size();
        assertThat(run("import-json", file.toString())).isZero();
        List<String> lines = stdout().lines().toList();
        long id = Long.parseLong(lines.get(lines.size() - 1));
        assertThat(library()).hasSize(before + 1).extracting(CanvasSummary::id).contains(id);
        assertThat(lines.get(0)).startsWith("Imported '" + sampleName + "' from canvas.json:");
    }

    @Test
    void aBadFileExitsWithOneAndTheMessageOnStandardErrorAndStoresNothing() throws IOException {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, "{\n  \"schemaVersion\": 1,\n  \"canvas\": {\"name\": 42}\n}\n");
        List<CanvasSummary> before = library();
        assertThat(run("import-json", file.toString())).isEqualTo(1);
        assertThat(stderr()).startsWith("valuebench: Cannot import bad.json, line 3, column 22 ($.canvas.name): expected the"
                + " canvas name as a string, found the number 42");
        assertThat(stdout()).isEmpty();
        assertThat(library()).isEqualTo(before);
    }

    @Test
    void anUnknownCanvasExitsWithOne() {
        assertThat(run("export-md", "No such canvas")).isEqualTo(1);
        assertThat(stderr()).contains("No canvas is called or numbered 'No such canvas'");
    }

    @Test
    void exportPdfOnTheChosenPaper() throws IOException {
        Path file = dir.resolve("canvas.pdf");
        assertThat(run("export-pdf", sampleName, "-o", file.toString(), "--page", "A3")).isZero();
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            assertThat(document.getPage(0).getMediaBox().getWidth()).isCloseTo(1190.55f,
                    org.assertj.core.data.Offset.offset(1f));
        }
        assertThat(stdout()).contains("(A3)");
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(run("export-pdf", sampleName, "-o", dir.resolve("x.pdf").toString(), "--page", "b5"))
                .isEqualTo(2);
        assertThat(stderr()).contains("expected a4, letter or a3");
        assertThat(run("export-pdf", sampleName)).isEqualTo(2);
        assertThat(stderr()).contains("Missing required option");
        assertThat(run("import-json")).isEqualTo(2);
        assertThat(dir.resolve("x.pdf")).doesNotExist();
    }

    @Test
    void exportPngAndMarkdown() throws IOException {
        Path png = dir.resolve("canvas.png");
        assertThat(run("export-png", sampleName, "-o", png.toString())).isZero();
        assertThat(ImageIO.read(png.toFile()).getWidth()).isGreaterThan(1500);
        assertThat(run("export-md", sampleName)).isZero();
        assertThat(stdout()).startsWith("# " + sampleName + "\n");
    }
}
