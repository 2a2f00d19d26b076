package org.valuebench.app.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.valuebench.app.AppException;
import org.valuebench.app.Change;
import org.valuebench.app.UndoState;
import org.valuebench.app.Workbench;
import org.valuebench.app.Workbenches;
import org.valuebench.app.feedback.GapUseCases;
import org.valuebench.app.samples.SampleWorkspace;
import org.valuebench.app.strategy.StrategyUseCases;
import org.valuebench.domain.CanvasContent;
import org.valuebench.domain.CanvasSummary;
import org.valuebench.domain.Factor;
import org.valuebench.io.TestCanvases;
import org.valuebench.app.TestWorkbenches;

class ExchangeUseCasesTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-06-01T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    private Path workspaceFile;
    private Workbench workbench;
    private ExchangeUseCases exchange;

    @BeforeEach
    void openWorkspaceWithSamplesAndTheHostileCanvas() {
        workspaceFile = dir.resolve("workspace.db");
        workbench = TestWorkbenches.open(workspaceFile, false, CLOCK);
        SampleWorkspace.canvases().forEach(c -> workbench.addCanvas("Sample", c, c.canvas().name()));
        workbench.addCanvas("Hostile", TestCanvases.hostile(), TestCanvases.hostile().canvas().name());
        exchange = new ExchangeUseCases(workbench);
    }

    @AfterEach
    void close() {
        workbench.close();
    }

    private String exportJson(long canvasId) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exchange.exportJson(canvasId, out, false);
        return out.toString(StandardCharsets.UTF_8);
    }

    private Change importJson(String json, String name) {
        return exchange.importJson(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), name);
    }

    /** The document without the timestamps that an import sets anew. */
    static String withoutTimestamps(String json) {
        return json.replaceAll("(?m)^    \"(created|updated)\": \".*\",?\n", "");
    }

    /** Every canvas with everything it holds, for before/after comparisons. */
    private Map<Long, CanvasContent> everything() {
        return workbench.library().stream()
                .collect(Collectors.toMap(CanvasSummary::id, s -> workbench.canvas(s.id())));
    }

    @Test
    void exportImportExportOfEveryCanvasGivesTheSameDocumentUnderANewCanvas() {
        for (CanvasSummary summary : workbench.library()) {
            String first = exportJson(summary.id());
            int before = workbench.library().size();
            Change change = importJson(first, "canvas.json");
            CanvasContent imported = change.canvas().orElseThrow();
            assertThat(imported.canvas().id()).isNotEqualTo(summary.id());
            assertThat(workbench.library()).hasSize(before + 1);
            assertThat(imported.canvas().created()).isEqualTo(CLOCK.instant());
            CanvasContent original = workbench.canvas(summary.id());
            assertThat(TestCanvases.withoutIds(imported)).isEqualTo(TestCanvases.withoutIds(original));
            assertThat(imported.links()).hasSameSizeAs(original.links());
            assertThat(TestCanvases.strategyWithoutIds(imported)).isEqualTo(TestCanvases.strategyWithoutIds(original));
            String second = exportJson(imported.canvas().id());
            assertThat(withoutTimestamps(second)).isEqualTo(withoutTimestamps(first));
        }
    }

    @Test
    void anImportIsOneStepToUndoAndRedo() {
        long sample = workbench.library().get(0).id();
        Map<Long, CanvasContent> before = everything();
        Change imported = importJson(exportJson(sample), "canvas.json");
        assertThat(imported.undo().undoLabel()).contains(ExchangeUseCases.IMPORT_LABEL);
        workbench.undo();
        assertThat(everything()).isEqualTo(before);
        workbench.redo();
        assertThat(workbench.canvas(imported.canvas().orElseThrow().canvas().id()))
                .isEqualTo(imported.canvas().orElseThrow());
    }

    @Test
    void anImportBringsTheStrategyUnderNewIdsAndUndoTakesItAway() {
        long original = workbench.addCanvas("Strategic", TestCanvases.strategic(), "Corner café").canvas()
                .orElseThrow().canvas().id();
        String json = exportJson(original);
        Change change = importJson(json, "cafe.json");
        CanvasContent imported = change.canvas().orElseThrow();
        assertThat(TestCanvases.strategyWithoutIds(imported))
                .isEqualTo(TestCanvases.strategyWithoutIds(TestCanvases.strategic()))
                .hasSize(4);
        assertThat(imported.strategy().factors()).extracting(Factor::canvasId).containsOnly(imported.canvas().id());
        assertThat(new StrategyUseCases(workbench, new GapUseCases(workbench)).differentiation(imported.canvas().id())
                .differentiation()).isCloseTo(7.0 / 13, within(1e-9));
        assertThat(withoutTimestamps(exportJson(imported.canvas().id()))).isEqualTo(withoutTimestamps(json));
        workbench.undo();
        assertThat(workbench.library()).noneMatch(s -> s.id() == imported.canvas().id());
    }

    static Stream<String> brokenFiles() {
        return Stream.of("not json at all", "", "[]", "{\"schemaVersion\": 9, \"canvas\": {\"name\": \"Future\"}}",
                "{\"schemaVersion\": 1, \"canvas\": {\"name\": \"A\"}, \"sections\": {\"needs\": [{\"key\": \"n\","
                        + " \"text\": \"" + "x".repeat(2_001) + "\"}]}}",
                "{\"schemaVersion\": 1, \"canvas\": {\"name\": \"A\"}, \"sections\": {\"needs\": [{\"key\": \"n\","
                        + " \"text\": \"ok\"}]}, \"fitLinks\": [{\"offering\": \"f\", \"customer\": \"n\"}]}");
    }

    @Test
    void aRefusedImportChangesNothingInTheWorkspaceFile() throws IOException {
        Map<Long, CanvasContent> before = everything();
        UndoState undoBefore = workbench.undoState();
        List<String> broken = brokenFiles().toList();
        for (int i = 0; i < broken.size(); i++) {
            Path file = dir.resolve("broken" + i + ".json");
            Files.writeString(file, broken.get(i));
            assertThatThrownBy(() -> exchange.importJson(file)).isInstanceOf(AppException.class)
                    .hasMessageStartingWith("Cannot import broken" + i + ".json");
        }
        assertThat(everything()).isEqualTo(before);
        assertThat(workbench.undoState()).isEqualTo(undoBefore);
        workbench.close();
        workbench = TestWorkbenches.open(workspaceFile, false, CLOCK);
        assertThat(everything()).isEqualTo(before);
    }

    @Test
    void importsTextFromAReaderToo() {
        long sample = workbench.library().get(0).id();
        Change change = exchange.importJson(new java.io.StringReader(exportJson(sample)), "pasted text");
        assertThat(TestCanvases.withoutIds(change.canvas().orElseThrow()))
                .isEqualTo(TestCanvases.withoutIds(workbench.canvas(sample)));
        assertThatThrownBy(() -> exchange.importJson(new java.io.StringReader("{\n  \"schemaVersion\": true\n}"),
                "pasted text")).isInstanceOf(AppException.class)
                .hasMessageStartingWith("Cannot import pasted text, line 2, column 20 ($.schemaVersion)");
    }

    @Test
    void refusalsNameTheFileLineColumnAndPath() throws IOException {
        Path file = dir.resolve("future.json");
        Files.writeString(file, "{\n  \"schemaVersion\": 6,\n  \"canvas\": {\"name\": \"Future\"}\n}\n");
        assertThatThrownBy(() -> exchange.importJson(file)).isInstanceOf(AppException.class)
                .hasMessageStartingWith("Cannot import future.json, line 2, column 20 ($.schemaVersion): ")
                .hasMessageContaining("newer");
    }

    @Test
    void refusesWhatIsNotACanvasFileBeforeReadingIt() throws IOException {
        assertThatThrownBy(() -> exchange.importJson(dir.resolve("missing.json")))
                .isInstanceOf(AppException.class).hasMessageContaining("no such file");
        assertThatThrownBy(() -> exchange.importJson(dir))
                .isInstanceOf(AppException.class).hasMessageContaining("is a folder");
        Path huge = dir.resolve("huge.json");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(ExchangeUseCases.MAX_IMPORT_BYTES + 1);
        }
        assertThatThrownBy(() -> exchange.importJson(huge))
                .isInstanceOf(AppException.class).hasMessageContaining("at most 64 MB");
    }

    @Test
    void exportsToFilesReplaceThemWholeAndLeaveNothingElseBehind() throws IOException {
        long id = workbench.library().get(0).id();
        Path json = dir.resolve("out.json");
        Files.writeString(json, "old content that is longer than nothing");
        exchange.exportJson(id, json, true);
        String withoutFeedback = exportJson(id);
        assertThat(withoutFeedback).endsWith("\n}\n");
        assertThat(Files.readString(json)).isEqualTo(withoutFeedback.substring(0, withoutFeedback.length() - 3)
                + ",\n  \"feedback\": []\n}\n");
        exchange.exportMarkdown(id, dir.resolve("out.md"));
        assertThat(Files.readString(dir.resolve("out.md"))).startsWith("# " + workbench.canvas(id).canvas().name());
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .noneMatch(name -> name.endsWith(".part"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"A4", "LETTER", "A3"})
    void exportsPdfAndPngOfTheCanvas(String paper) throws IOException {
        long id = workbench.library().get(0).id();
        Path pdf = dir.resolve("canvas.pdf");
        exchange.exportPdf(id, pdf, PaperSize.valueOf(paper));
        float width;
        float height;
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            width = document.getPage(0).getMediaBox().getWidth();
            height = document.getPage(0).getMediaBox().getHeight();
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo(workbench.canvas(id).canvas().name());
        }
        assertThat(width).isGreaterThan(height);
        // The PNG is the board, the same on every paper: 960 points wide at 2x.
        Path png = dir.resolve("canvas.png");
        exchange.exportPng(id, png, 2);
        var image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1920);
        assertThat(image.getHeight()).isGreaterThanOrEqualTo(1080);
    }

    @Test
    void thePdfAndMarkdownHaveTheStrategyOnlyWhenTheCanvasHasFactors() throws IOException {
        long strategic = workbench.addCanvas("Strategic", TestCanvases.strategic(), "Corner café").canvas()
                .orElseThrow().canvas().id();
        long plain = workbench.addCanvas("Plain", TestCanvases.strategic().withStrategy(
                org.valuebench.domain.Strategy.NONE), "Plain café").canvas().orElseThrow().canvas().id();
        for (long id : List.of(strategic, plain)) {
            Path pdf = dir.resolve("canvas" + id + ".pdf");
            exchange.exportPdf(id, pdf, PaperSize.A4);
            try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
                String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
                if (id == strategic) {
                    assertThat(text).contains("Strategy canvas: Corner café", "Four actions and differentiation");
                } else {
                    assertThat(text).doesNotContain("Strategy canvas:", "Four actions");
                }
            }
            ByteArrayOutputStream md = new ByteArrayOutputStream();
            exchange.exportMarkdown(id, md);
            assertThat(md.toString(StandardCharsets.UTF_8).contains("## Strategy")).isEqualTo(id == strategic);
        }
    }

    @Test
    void anExportIntoAMissingFolderFailsClearly() {
        long id = workbench.library().get(0).id();
        Path target = dir.resolve("no-such-folder").resolve("canvas.pdf");
        assertThatThrownBy(() -> exchange.exportPdf(id, target, PaperSize.A4))
                .isInstanceOf(AppException.class).hasMessageContaining("does not exist");
        assertThat(target.getParent()).doesNotExist();
    }

    @Test
    void anUnknownCanvasIsRefused() {
        assertThatThrownBy(() -> exchange.exportJson(987_654, new ByteArrayOutputStream(), false))
                .isInstanceOf(AppException.class).hasMessageContaining("987654");
    }

    @Test
    void paperSizeFollowsTheLocale() {
        assertThat(PaperSize.forLocale(java.util.Locale.US)).isEqualTo(PaperSize.LETTER);
        assertThat(PaperSize.forLocale(java.util.Locale.CANADA_FRENCH)).isEqualTo(PaperSize.LETTER);
        assertThat(PaperSize.forLocale(java.util.Locale.UK)).isEqualTo(PaperSize.A4);
        assertThat(PaperSize.forLocale(java.util.Locale.GERMANY)).isEqualTo(PaperSize.A4);
        assertThat(PaperSize.forLocale(java.util.Locale.ENGLISH)).isEqualTo(PaperSize.A4);
        assertThat(PaperSize.parse(" Letter ")).isEqualTo(PaperSize.LETTER);
        assertThatThrownBy(() -> PaperSize.parse("b5")).isInstanceOf(AppException.class);
    }
}
