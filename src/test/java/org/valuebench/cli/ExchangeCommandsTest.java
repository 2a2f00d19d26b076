package org.valuebench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuebench.app.SampleWorkspace;
import org.valuebench.app.Workbench;
import org.valuebench.domain.CanvasSummary;
import picocli.CommandLine;

/** The export and import subcommands on their own, as the root command will run them. */
class ExchangeCommandsTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-06-01T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    private Workbench workbench;
    private ByteArrayOutputStream out;
    private ByteArrayOutputStream err;
    private StringWriter usage;
    private String sampleName;

    @BeforeEach
    void open() {
        workbench = Workbench.open(dir.resolve("workspace.db"), false, CLOCK);
        SampleWorkspace.canvases().forEach(c -> workbench.addCanvas("Sample", c, c.canvas().name()));
        sampleName = workbench.library().get(0).name();
    }

    @AfterEach
    void close() {
        workbench.close();
    }

    private int run(ExchangeCommand command, String... args) {
        out = new ByteArrayOutputStream();
        err = new ByteArrayOutputStream();
        usage = new StringWriter();
        command.bind(workbench, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        CommandLine commandLine = new CommandLine(command);
        commandLine.setErr(new PrintWriter(usage, true));
        return commandLine.execute(args);
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void exportJsonWritesToStandardOutputByNameOrId() {
        assertThat(run(new ExportJsonCommand(), sampleName)).isZero();
        String byName = stdout();
        assertThat(byName).startsWith("{\n  \"schemaVersion\": 1,").endsWith("}\n");
        long id = workbench.library().get(0).id();
        assertThat(run(new ExportJsonCommand(), String.valueOf(id))).isZero();
        assertThat(stdout()).isEqualTo(byName);
        assertThat(stderr()).isEmpty();
    }

    @Test
    void exportJsonToAFileWithFeedback() throws IOException {
        Path file = dir.resolve("canvas.json");
        assertThat(run(new ExportJsonCommand(), sampleName, "-o", file.toString(), "--with-feedback")).isZero();
        assertThat(Files.readString(file)).contains("\"feedback\": []");
        assertThat(stdout()).contains("Wrote " + file);
    }

    @Test
    void importJsonPrintsTheNewCanvasIdAsItsLastLine() throws IOException {
        Path file = dir.resolve("canvas.json");
        run(new ExportJsonCommand(), sampleName, "-o", file.toString());
        int before = workbench.library().size();
        assertThat(run(new ImportJsonCommand(), file.toString())).isZero();
        List<String> lines = stdout().lines().toList();
        long id = Long.parseLong(lines.get(lines.size() - 1));
        assertThat(workbench.library()).hasSize(before + 1).extracting(CanvasSummary::id).contains(id);
        assertThat(lines.get(0)).startsWith("Imported '" + sampleName + "' from canvas.json:");
    }

    @Test
    void aBadFileExitsWithOneAndTheMessageOnStandardErrorAndStoresNothing() throws IOException {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, "{\n  \"schemaVersion\": 1,\n  \"canvas\": {\"name\": 42}\n}\n");
        List<CanvasSummary> before = workbench.library();
        assertThat(run(new ImportJsonCommand(), file.toString())).isEqualTo(1);
        assertThat(stderr()).startsWith("Cannot import bad.json, line 3, column 22 ($.canvas.name): expected the"
                + " canvas name as a string, found the number 42");
        assertThat(stdout()).isEmpty();
        assertThat(workbench.library()).isEqualTo(before);
    }

    @Test
    void anUnknownCanvasExitsWithOne() {
        assertThat(run(new ExportMarkdownCommand(), "No such canvas")).isEqualTo(1);
        assertThat(stderr()).contains("No canvas is called or numbered 'No such canvas'");
    }

    @Test
    void exportPdfOnTheChosenPaper() throws IOException {
        Path file = dir.resolve("canvas.pdf");
        assertThat(run(new ExportPdfCommand(), sampleName, "-o", file.toString(), "--page", "A3")).isZero();
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            assertThat(document.getPage(0).getMediaBox().getWidth()).isCloseTo(1190.55f,
                    org.assertj.core.data.Offset.offset(1f));
        }
        assertThat(stdout()).contains("(A3)");
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(run(new ExportPdfCommand(), sampleName, "-o", dir.resolve("x.pdf").toString(), "--page", "b5"))
                .isEqualTo(2);
        assertThat(usage.toString()).contains("expected a4, letter or a3");
        assertThat(run(new ExportPdfCommand(), sampleName)).isEqualTo(2);
        assertThat(usage.toString()).contains("Missing required option");
        assertThat(run(new ImportJsonCommand())).isEqualTo(2);
        assertThat(dir.resolve("x.pdf")).doesNotExist();
    }

    @Test
    void exportPngAndMarkdown() throws IOException {
        Path png = dir.resolve("canvas.png");
        assertThat(run(new ExportPngCommand(), sampleName, "-o", png.toString())).isZero();
        assertThat(ImageIO.read(png.toFile()).getWidth()).isGreaterThan(1500);
        assertThat(run(new ExportMarkdownCommand(), sampleName)).isZero();
        assertThat(stdout()).startsWith("# " + sampleName + "\n");
    }

    @Test
    void aCommandThatWasNotBoundSaysSo() {
        CommandLine commandLine = new CommandLine(new ExportJsonCommand());
        StringWriter errors = new StringWriter();
        commandLine.setErr(new PrintWriter(errors, true));
        assertThat(commandLine.execute(sampleName)).isNotZero();
        assertThat(errors.toString()).contains("bind(workbench, out, err)");
    }
}
