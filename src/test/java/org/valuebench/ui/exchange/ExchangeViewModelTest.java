package org.valuebench.ui.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuebench.app.TestWorkbenches;
import org.valuebench.app.Workbench;
import org.valuebench.app.Workbenches;
import org.valuebench.app.exchange.PaperSize;
import org.valuebench.app.samples.SampleWorkspace;
import org.valuebench.domain.CanvasContent;
import org.valuebench.domain.CanvasSummary;
import org.valuebench.domain.Item;
import org.valuebench.domain.Section;
import org.valuebench.ui.settings.InMemoryWindowSettings;
import org.valuebench.ui.workbench.BackgroundRunner;
import org.valuebench.ui.workbench.HeldRunner;
import org.valuebench.ui.workbench.ImmediateRunner;
import org.valuebench.ui.workbench.SaveStatus;
import org.valuebench.ui.workbench.ViewModelFixture;

/** File > Export and File > Import JSON on a real workspace file, with the background work run at once. */
class ExchangeViewModelTest {
    @TempDir
    Path dir;
    private final InMemoryWindowSettings settings = new InMemoryWindowSettings();
    private final RecordingDesktop desktop = new RecordingDesktop();

    /** A workspace holding the sample canvas "Everyday low prices" and a canvas whose name is no file name. */
    private Path seededWorkspace() {
        Path file = dir.resolve("workspace.db");
        try (Workbench seed = TestWorkbenches.open(file, true, ViewModelFixture.CLOCK)) {
            CanvasContent sample = SampleWorkspace.canvases().get(0);
            seed.addCanvas("Seed", sample, sample.canvas().name());
            long odd = seed.createCanvas("Q3: prices/stock?").canvas().orElseThrow().canvas().id();
            seed.addItem(odd, Section.NEEDS, "Fast", -1);
            seed.windowMemory().rememberLastCanvas(seed.library().stream().filter(c -> c.name().equals("Everyday low prices"))
                    .findFirst().orElseThrow().id());
        }
        return file;
    }

    private ExchangeViewModel exchange(ViewModelFixture f, BackgroundRunner exports) {
        return new ExchangeViewModel(f.workbench, exports, settings, desktop, PaperSize.A4);
    }

    private Path folder(String name) throws IOException {
        return Files.createDirectories(dir.resolve(name));
    }

    @Test
    void exportsJsonNamingTheCanvasAndOffersToOpenIt() throws IOException {
        try (ViewModelFixture f = new ViewModelFixture(seededWorkspace())) {
            ExchangeViewModel exchange = exchange(f, new ImmediateRunner());
            Path target = folder("out").resolve("prices.json");
            f.dialogs.files.add(target);

            exchange.exportJson();

            assertThat(f.dialogs.choosers).containsExactly("export JSON in null as Everyday low prices.json");
            JsonNode json = new ObjectMapper().readTree(target.toFile());
            assertThat(json.path("canvas").path("name").asText()).isEqualTo("Everyday low prices");
            assertThat(json.toString()).contains("Always in stock");
            assertThat(exchange.exportingProperty().get()).isFalse();
            assertThat(exchange.noticeProperty().get().message())
                    .isEqualTo("Exported 'Everyday low prices' as JSON: prices.json");
            assertThat(f.workbench.statusProperty().get().text()).contains("prices.json");

            exchange.openExported();
            exchange.showExportedInFolder();
            assertThat(desktop.calls).containsExactly("open " + target, "folder " + target);
            exchange.dismissNotice();
            assertThat(exchange.noticeProperty().get()).isNull();
            assertThat(f.dialogs.errors).isEmpty();
        }
    }

    /**
     * The window's PNG is the command line's board picture (one source): title and sections, no "+ Add" fields,
     * no page footer, 1920 pixels wide; drawn on the export thread, not the JavaFX thread.
     */
    @Test
    void exportsPngAsTheSameBoardPictureAsTheCommandLine() throws IOException {
        try (ViewModelFixture f = new ViewModelFixture(seededWorkspace())) {
            ExchangeViewModel exchange = exchange(f, new ImmediateRunner());
            Path target = folder("out").resolve("prices.png");
            f.dialogs.files.add(target);

            exchange.exportPng();

            assertThat(f.dialogs.errors).isEmpty();
            java.awt.image.BufferedImage window = javax.imageio.ImageIO.read(target.toFile());
            Path cli = dir.resolve("cli.png");
            long id = f.workbench.canvas().orElseThrow().canvas().id();
            f.workbench.onDatabase(session -> {
                session.exchange().exportPng(id, cli, 2);
                return cli;
            }, done -> { }, error -> { throw error; });
            java.awt.image.BufferedImage command = javax.imageio.ImageIO.read(cli.toFile());
            assertThat(window.getWidth()).isEqualTo(1920).isEqualTo(command.getWidth());
            assertThat(window.getHeight()).isEqualTo(command.getHeight());
            for (int y = 0; y < window.getHeight(); y += 7) {
                for (int x = 0; x < window.getWidth(); x += 7) {
                    assertThat(window.getRGB(x, y)).as("pixel %d,%d", x, y).isEqualTo(command.getRGB(x, y));
                }
            }
            assertThat(exchange.noticeProperty().get().message())
                    .isEqualTo("Exported 'Everyday low prices' as PNG: prices.png");
        }
    }

    @Test
    void exportsPdfOnTheChosenPageSizeAndOffersThatSizeNextTime() throws IOException {
        try (ViewModelFixture f = new ViewModelFixture(seededWorkspace())) {
            ExchangeViewModel exchange = exchange(f, new ImmediateRunner());
            Path target = folder("out").resolve("prices.pdf");
            f.dialogs.papers.add(PaperSize.LETTER);
            f.dialogs.files.add(target);

            exchange.exportPdf();

            try (PDDocument pdf = Loader.loadPDF(target.toFile())) {
                String text = new PDFTextStripper().getText(pdf);
                assertThat(text).contains("Everyday low prices", "Always in stock");
                PDRectangle page = pdf.getPage(0).getMediaBox();
                // US Letter, landscape: 11 x 8.5 inches.
                assertThat(Math.max(page.getWidth(), page.getHeight())).isEqualTo(792f);
                assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Everyday low prices");
            }
            assertThat(f.dialogs.questions).containsExactly("paper, suggesting A4");
            assertThat(settings.paperSize()).contains(PaperSize.LETTER);

            f.dialogs.papers.add(PaperSize.A3);
            f.dialogs.files.add(target);
            exchange.exportPdf();
            assertThat(f.dialogs.questions).containsExactly("paper, suggesting A4", "paper, suggesting LETTER");
            try (PDDocument pdf = Loader.loadPDF(target.toFile())) {
                PDRectangle page = pdf.getPage(0).getMediaBox();
                assertThat(Math.max(page.getWidth(), page.getHeight())).isEqualTo(PDRectangle.A3.getHeight());
            }
        }
    }

    @Test
    void thePdfCanCarryTheChangesSinceAVersionOfferedNewestFirstAndNoneByDefault() throws IOException {
        try (ViewModelFixture f = new ViewModelFixture(seededWorkspace())) {
            ExchangeViewModel exchange = exchange(f, new ImmediateRunner());
            long canvas = f.workbench.canvasId();
            f.workbench.onDatabase(s -> new org.valuebench.app.history.HistoryUseCases(s.current())
                    .save(canvas, "Before the price review"), v -> { }, e -> {
                        throw e;
                    });
            f.workbench.addItem(Section.NEEDS, "Parking at the door", null);
            Path target = folder("out").resolve("prices.pdf");

            f.dialogs.papers.add(PaperSize.A4);
            f.dialogs.files.add(target);
            exchange.exportPdf(); // no version chosen: the report as before
            assertThat(f.dialogs.offeredVersions).singleElement().asString().contains("Before the price review");
            try (PDDocument pdf = Loader.loadPDF(target.toFile())) {
                assertThat(new PDFTextStripper().getText(pdf)).doesNotContain("Changes since");
            }

            f.dialogs.papers.add(PaperSize.A4);
            f.dialogs.changesSince.add(1);
            f.dialogs.files.add(target);
            exchange.exportPdf();
            try (PDDocument pdf = Loader.loadPDF(target.toFile())) {
                // Named as export-pdf --changes-since names it.
                assertThat(new PDFTextStripper().getText(pdf))
                        .contains("Changes since Everyday low prices, version 1 (Before the price review)",
                                "added need Parking at the door");
            }
        }
    }

    @Test
    void cancellingThePageSizeOrTheFileChooserExportsNothing() throws IOException {
        try (ViewModelFixture f = new ViewModelFixture(seededWorkspace())) {
            ExchangeViewModel exchange = exchange(f, new ImmediateRunner());
            exchange.exportPdf(); // no paper size chosen
            assertThat(f.dialogs.choosers).isEmpty();
            f.dialogs.papers.add(PaperSize.A4);
            exchange.exportPdf(); // no file chosen
            exchange.exportMarkdown();
            assertThat(f.dialogs.choosers).hasSize(2);
            assertThat(exchange.exportingProperty().get()).isFalse();
            assertThat(settings.exchangeFolder()).isEmpty();
            try (Stream<Path> files = Files.list(dir)) {
                // Only the workspace's own files (none on a team workspace), nothing exported.
                assertThat(files.map(p -> p.getFileName().toString())).allMatch(n -> n.startsWith("workspace.db"));
            }
        }
    }

    @Test
    void exportsMarkdownWithTheNameAsTitle() throws IOException {
        try (ViewModelFixture f = new ViewModelFixture(seededWorkspace())) {
            ExchangeViewModel exchange = exchange(f, new ImmediateRunner());
            Path target = folder("wiki").resolve("prices.md");
            f.dialogs.files.add(target);

            exchange.exportMarkdown();

            String markdown = Files.readString(target, StandardCharsets.UTF_8);
            assertThat(markdown).startsWith("# Everyday low prices").contains("Always in stock");
        }
    }

    @Test
    void suggestsAFileNameMadeSafeFromTheCanvasName() {
        try (ViewModelFixture f = new ViewModelFixture(seededWorkspace())) {
            ExchangeViewModel exchange = exchange(f, new ImmediateRunner());
            long odd = f.workbench.library().stream().filter(c -> c.name().startsWith("Q3")).findFirst()
                    .orElseThrow().id();
            f.workbench.showCanvas(odd);
            exchange.exportMarkdown();
            assertThat(f.dialogs.choosers).containsExactly("export Markdown in null as Q3 - prices - stock.md");
        }
    }

    @Test
    void writesTheFileOnTheExportRunnerAfterReadingTheCanvasOnTheDatabaseRunner() throws IOException {
        try (ViewModelFixture f = new ViewModelFixture(seededWorkspace())) {
            HeldRunner exports = new HeldRunner();
            ExchangeViewModel exchange = exchange(f, exports);
            Path target = folder("out").resolve("prices.pdf");
            f.dialogs.papers.add(PaperSize.A4);
            f.dialogs.files.add(target);

            exchange.exportPdf();
            // The canvas was read on the database runner; the file waits for the export runner.
            assertThat(exports.waiting()).isEqualTo(1);
            assertThat(exchange.exportingProperty().get()).isTrue();
            assertThat(exchange.progressTextProperty().get()).isEqualTo("Exporting PDF of 'Everyday low prices'…");
            assertThat(target).doesNotExist();

            // Edits go on while the file is written; the export holds what was read when it started.
            f.workbench.addItem(Section.NEEDS, "Added during the export", null);
            exchange.exportJson(); // one export at a time: ignored
            assertThat(f.dialogs.choosers).hasSize(1);

            exports.runAll();
            assertThat(target).exists();
            assertThat(exchange.exportingProperty().get()).isFalse();
            try (PDDocument pdf = Loader.loadPDF(target.toFile())) {
                assertThat(new PDFTextStripper().getText(pdf)).doesNotContain("Added during the export");
            }
        }
    }

    @Test
    void aCancelledExportLeavesNoFile() throws IOException {
        try (ViewModelFixture f = new ViewModelFixture(seededWorkspace())) {
            HeldRunner exports = new HeldRunner();
            ExchangeViewModel exchange = exchange(f, exports);
            Path out = folder("out");
            f.dialogs.papers.add(PaperSize.A4);
            f.dialogs.files.add(out.resolve("prices.pdf"));

            exchange.exportPdf();
            exchange.cancelExport();
            assertThat(exchange.progressTextProperty().get()).isEqualTo("Cancelling…");
            exports.runAll();

            try (Stream<Path> files = Files.list(out)) {
                assertThat(files).isEmpty();
            }
            assertThat(exchange.exportingProperty().get()).isFalse();
            assertThat(exchange.noticeProperty().get()).isNull();
            assertThat(f.workbench.statusProperty().get().text()).isEqualTo("PDF export cancelled; no file was written");
            assertThat(f.dialogs.errors).isEmpty();

            // The next export runs normally.
            f.dialogs.files.add(out.resolve("prices.json"));
            exchange.exportJson();
            exports.runAll();
            assertThat(out.resolve("prices.json")).exists();
        }
    }

    @Test
    void aFailedExportSaysWhyAndLeavesNothing() throws IOException {
        try (ViewModelFixture f = new ViewModelFixture(seededWorkspace())) {
            ExchangeViewModel exchange = exchange(f, new ImmediateRunner());
            Path missing = dir.resolve("no-such-folder").resolve("prices.md");
            f.dialogs.files.add(missing);

            exchange.exportMarkdown();

            assertThat(missing.getParent()).doesNotExist();
            assertThat(f.dialogs.errors).singleElement().asString().contains("no-such-folder", "does not exist");
            assertThat(exchange.exportingProperty().get()).isFalse();
            assertThat(exchange.noticeProperty().get()).isNull();
        }
    }

    @Test
    @Tag("sqlite-only") // the open workspace's file and its write-ahead log; a team workspace has no file to protect
    void savingOntoTheOpenWorkspaceOrItsLogIsRefusedInTheErrorDialogAndWritesNothing() throws IOException {
        Path file = seededWorkspace();
        List<String> canvases;
        try (ViewModelFixture f = new ViewModelFixture(file)) {
            canvases = f.library.canvases().stream().map(CanvasSummary::name).toList();
            ExchangeViewModel exchange = exchange(f, new ImmediateRunner());
            byte[] before = Files.readAllBytes(file);
            List<String> names = namesIn(dir);
            List<Runnable> exports = List.of(exchange::exportJson, exchange::exportMarkdown, () -> {
                f.dialogs.papers.add(PaperSize.A4);
                exchange.exportPdf();
            }, exchange::exportPng);
            for (Path target : List.of(file, dir.resolve("workspace.db-wal"))) {
                for (Runnable export : exports) {
                    f.dialogs.files.add(target);
                    export.run();
                }
            }

            assertThat(f.dialogs.errors).hasSize(8).allSatisfy(error -> assertThat(error)
                    .contains("open workspace", "Choose another file"));
            assertThat(f.dialogs.errors.get(0)).contains(file.toString());
            assertThat(f.dialogs.errors.get(4)).contains("workspace.db-wal", "write-ahead log");
            assertThat(exchange.noticeProperty().get()).isNull();
            assertThat(exchange.exportingProperty().get()).isFalse();
            assertThat(Files.readAllBytes(file)).isEqualTo(before);
            assertThat(namesIn(dir)).isEqualTo(names);
        }
        ViewModelFixture.inDatabase(file, reader -> assertThat(reader.library().stream()
                .map(CanvasSummary::name).toList()).isEqualTo(canvases).isNotEmpty());
    }

    private static List<String> namesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void remembersTheFolderOfTheLastExportOrImport() throws IOException {
        try (ViewModelFixture f = new ViewModelFixture(seededWorkspace())) {
            ExchangeViewModel exchange = exchange(f, new ImmediateRunner());
            Path first = folder("first");
            f.dialogs.files.add(first.resolve("a.json"));
            exchange.exportJson();
            assertThat(settings.exchangeFolder()).contains(first);

            f.dialogs.files.add(first.resolve("a.json"));
            exchange.importCanvas();
            Path second = folder("second");
            f.dialogs.files.add(second.resolve("b.md"));
            exchange.exportMarkdown();
            exchange.exportJson(); // cancelled chooser: the folder stays
            assertThat(f.dialogs.choosers).containsExactly(
                    "export JSON in null as Everyday low prices.json",
                    "import from " + first,
                    "export Markdown in " + first + " as Everyday low prices.md",
                    "export JSON in " + second + " as Everyday low prices.json");
            assertThat(settings.exchangeFolder()).contains(second);

            // A remembered folder that is gone no longer counts.
            Files.delete(second.resolve("b.md"));
            Files.delete(second);
            exchange.exportJson();
            assertThat(f.dialogs.choosers.get(4)).isEqualTo("export JSON in null as Everyday low prices.json");
        }
    }

    @Test
    void importsAnExportedCanvasAsANewShownCanvasThatUndoTakesOut() throws IOException {
        Path workspace = seededWorkspace();
        try (ViewModelFixture f = new ViewModelFixture(workspace)) {
            ExchangeViewModel exchange = exchange(f, new ImmediateRunner());
            CanvasContent original = f.shown();
            Path file = folder("out").resolve("prices.json");
            f.dialogs.files.add(file);
            exchange.exportJson();

            f.dialogs.files.add(file);
            exchange.importCanvas();

            assertThat(f.workbench.library()).hasSize(3);
            CanvasContent imported = f.shown();
            assertThat(imported.canvas().id()).isNotEqualTo(original.canvas().id());
            assertThat(imported.canvas().name()).isEqualTo("Everyday low prices");
            assertThat(imported.items()).extracting(Item::text)
                    .containsExactlyInAnyOrderElementsOf(original.items().stream().map(Item::text).toList());
            assertThat(imported.links()).hasSameSizeAs(original.links());
            assertThat(f.workbench.undoTextProperty().get()).isEqualTo("Undo Import canvas");
            assertThat(f.workbench.statusProperty().get().text()).startsWith("Imported 'Everyday low prices' from prices.json");
            ViewModelFixture.inDatabase(workspace, wb -> assertThat(wb.library()).hasSize(3));

            f.workbench.undo();
            assertThat(f.workbench.library()).hasSize(2);
            assertThat(f.shown().canvas().id()).isEqualTo(original.canvas().id());
            ViewModelFixture.inDatabase(workspace, wb -> assertThat(wb.library()).hasSize(2));
        }
    }

    @Test
    void aRefusedImportNamesTheProblemAndChangesNothing() throws IOException {
        Path workspace = seededWorkspace();
        try (ViewModelFixture f = new ViewModelFixture(workspace)) {
            ExchangeViewModel exchange = exchange(f, new ImmediateRunner());
            List<CanvasSummary> before = List.copyOf(f.workbench.library());
            String undoBefore = f.workbench.undoTextProperty().get();
            Path bad = Files.writeString(dir.resolve("broken.json"), "{\n  \"schemaVersion\": 1,\n  \"canvas\": [\n");

            exchange.importFile(bad);

            assertThat(f.dialogs.errors).singleElement().asString().contains("broken.json", "line");
            assertThat(f.workbench.statusProperty().get().kind()).isEqualTo(SaveStatus.Kind.ERROR);
            assertThat(f.workbench.library()).containsExactlyElementsOf(before);
            assertThat(f.workbench.undoTextProperty().get()).isEqualTo(undoBefore);
            ViewModelFixture.inDatabase(workspace, wb -> assertThat(wb.library()).containsExactlyElementsOf(before));
        }
    }
}
