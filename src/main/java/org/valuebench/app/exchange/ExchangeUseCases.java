package org.valuebench.app.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.valuebench.analysis.CrosshairMode;
import org.valuebench.analysis.DifferentiationReport;
import org.valuebench.analysis.GapReport;
import org.valuebench.app.AppException;
import org.valuebench.app.CanvasCommands;
import org.valuebench.app.Change;
import org.valuebench.app.ExportFiles;
import org.valuebench.app.UndoableCommand;
import org.valuebench.app.Workbench;
import org.valuebench.app.feedback.FeedbackUseCases;
import org.valuebench.app.feedback.GapUseCases;
import org.valuebench.app.history.ChangesSince;
import org.valuebench.app.history.CurrentSnapshots;
import org.valuebench.app.history.HistoryUseCases;
import org.valuebench.app.history.VersionImport;
import org.valuebench.app.strategy.StrategyUseCases;
import org.valuebench.app.workshop.WorkshopUseCases;
import org.valuebench.domain.CanvasContent;
import org.valuebench.domain.Feedback;
import org.valuebench.domain.FeedbackFilter;
import org.valuebench.domain.history.CanvasVersion;
import org.valuebench.domain.workshop.WorkshopRecord;
import org.valuebench.io.AtomicFiles;
import org.valuebench.io.CanvasDocument;
import org.valuebench.io.CanvasHistory;
import org.valuebench.io.CanvasJsonReader;
import org.valuebench.io.CanvasJsonWriter;
import org.valuebench.io.CanvasMarkdownWriter;
import org.valuebench.io.CanvasPdfWriter;
import org.valuebench.io.CanvasPngRenderer;
import org.valuebench.io.ChangesPages;
import org.valuebench.io.FormatException;
import org.valuebench.io.GapReportPages;
import org.valuebench.io.PdfFontFiles;
import org.valuebench.io.PdfPageFormat;
import org.valuebench.io.PdfReportPart;
import org.valuebench.io.StrategyPages;
import org.valuebench.io.WorkshopPages;

/**
 * Sharing canvases: export as JSON, PDF, PNG or Markdown, and import JSON as a new canvas. Runs on the
 * workbench's thread like every use case. Files are written whole or not at all; an import is checked
 * completely before anything is stored and then added as one undoable step in one transaction.
 */
public final class ExchangeUseCases {
    /** Canvas files larger than this are refused before they are read (a canvas is far smaller). */
    public static final long MAX_IMPORT_BYTES = 64L * 1024 * 1024;
    static final String IMPORT_LABEL = "Import canvas";

    private final Workbench workbench;
    private final ExportFiles files;
    // JSON's writer and reader are made on first use, like the PDF writer: Jackson's factories load some 60
    // classes that a PDF, PNG or Markdown export never needs.
    private CanvasJsonWriter jsonWriter;
    private CanvasJsonReader jsonReader;
    private final CanvasMarkdownWriter markdownWriter = new CanvasMarkdownWriter();
    private CanvasPdfWriter pdfWriter;
    private CanvasPngRenderer pngRenderer;

    public ExchangeUseCases(Workbench workbench) {
        this(workbench, new ExportFiles(workbench.localFile().orElse(null), false, workbench.clock()));
    }

    private ExchangeUseCases(Workbench workbench, ExportFiles files) {
        this.workbench = workbench;
        this.files = files;
    }

    /**
     * The same use cases, whose exports may also replace another SQLite database or a read-only file (the
     * command line's {@code --force}); never the open workspace or the files beside it.
     */
    public ExchangeUseCases forcingReplacement() {
        return new ExchangeUseCases(workbench, files.forcing());
    }

    // ---- JSON

    /**
     * Writes the canvas in the JSON exchange format.
     *
     * @param withFeedback also write the canvas's feedback records (every voice, unfiltered) in a
     *                     {@code feedback} array; where each record was imported from is not written
     */
    public void exportJson(long canvasId, OutputStream out, boolean withFeedback) {
        exportJson(canvasId, out, withFeedback, false);
    }

    /** @param withHistory also write the canvas's versions (format 5); import-json brings them back */
    public void exportJson(long canvasId, OutputStream out, boolean withFeedback, boolean withHistory) {
        CanvasContent content = workbench.canvas(canvasId);
        List<Feedback> feedback = withFeedback ? feedback(canvasId) : null;
        List<WorkshopRecord> workshops = workshops(canvasId);
        CanvasHistory history = withHistory ? history(content) : null;
        writing("the JSON export", () -> jsonWriter().write(content, feedback, workshops, history, out));
    }

    public void exportJson(long canvasId, Path file, boolean withFeedback) {
        exportJson(canvasId, file, withFeedback, false);
    }

    public void exportJson(long canvasId, Path file, boolean withFeedback, boolean withHistory) {
        CanvasContent content = workbench.canvas(canvasId);
        List<Feedback> feedback = withFeedback ? feedback(canvasId) : null;
        List<WorkshopRecord> workshops = workshops(canvasId);
        CanvasHistory history = withHistory ? history(content) : null;
        toFile(file, out -> jsonWriter().write(content, feedback, workshops, history, out));
    }

    /** The canvas's versions oldest first, as stored, with its items' ids in file order. */
    private CanvasHistory history(CanvasContent content) {
        List<Long> itemIds = new ArrayList<>();
        for (org.valuebench.domain.Section section : org.valuebench.domain.Section.values()) {
            content.itemsIn(section).forEach(i -> itemIds.add(i.id()));
        }
        List<CanvasVersion> versions = new ArrayList<>(new HistoryUseCases(workbench).versions(content.canvas().id()));
        java.util.Collections.reverse(versions);
        List<CanvasHistory.Version> out = new ArrayList<>();
        for (CanvasVersion v : versions) {
            byte[] bytes = FeedbackUseCases.read(() -> workbench.workspace().versions().content(v.id())).orElseThrow();
            out.add(new CanvasHistory.Version(v.number(), v.name(), v.cause(), v.author(), v.takenAt(), v.summary(),
                    bytes));
        }
        return new CanvasHistory(itemIds, out);
    }

    /** The canvas's workshops, oldest first, as the JSON export, the PDF and the Markdown carry them. */
    private List<WorkshopRecord> workshops(long canvasId) {
        WorkshopUseCases use = new WorkshopUseCases(workbench);
        return use.workshops(canvasId).stream().map(w -> use.record(w.id())).toList();
    }

    private List<Feedback> feedback(long canvasId) {
        return FeedbackUseCases.read(() -> workbench.workspace().feedback().list(canvasId, 0, FeedbackFilter.NONE,
                null, false, 0, Integer.MAX_VALUE));
    }

    /**
     * Imports a canvas file as a new canvas (never over an existing one), with its feedback records when it has
     * some, in one transaction and one undoable step, and returns the state showing it.
     *
     * @throws AppException naming file, line, column and JSON path when the file is not a valid canvas;
     *                      nothing is stored then
     */
    public Change importJson(Path file) {
        Path source = file.toAbsolutePath().normalize();
        try {
            if (Files.isDirectory(source)) {
                throw new AppException("Cannot import " + source + ": it is a folder, not a canvas file");
            }
            long size = Files.size(source);
            if (size > MAX_IMPORT_BYTES) {
                throw new AppException("Cannot import " + source + ": it is " + size / (1024 * 1024)
                        + " MB; a canvas file is at most " + MAX_IMPORT_BYTES / (1024 * 1024) + " MB");
            }
            try (InputStream in = Files.newInputStream(source)) {
                return importJson(in, source.getFileName().toString());
            }
        } catch (NoSuchFileException e) {
            throw new AppException("Cannot import " + source + ": there is no such file", e);
        } catch (IOException e) {
            throw new AppException("Cannot read " + source + ": " + e.getMessage(), e);
        }
    }

    /**
     * Imports a canvas from a stream (the bytes of a canvas file, UTF-8).
     *
     * @param sourceName names the input in messages, e.g. the file name
     */
    public Change importJson(InputStream in, String sourceName) {
        return store(() -> jsonReader().readDocument(in, sourceName), sourceName);
    }

    /** Imports a canvas from text already decoded (pasted or dropped text, for instance). */
    public Change importJson(Reader reader, String sourceName) {
        return store(() -> jsonReader().readDocument(reader, sourceName), sourceName);
    }

    private Change store(Supplier<CanvasDocument> read, String sourceName) {
        CanvasDocument imported;
        try {
            imported = read.get();
        } catch (FormatException e) {
            throw new AppException("Cannot import " + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw new AppException("Cannot read " + sourceName + ": " + e.getCause().getMessage(), e);
        }
        CanvasContent content = imported.content();
        UndoableCommand add = new CanvasCommands.AddCanvas(IMPORT_LABEL, content, imported.feedback(),
                imported.workshops(), content.canvas().name(), workbench.clock());
        if (imported.versions().isPresent()) {
            add = new VersionImport(add, imported.versions().get(), sourceName);
        }
        return workbench.executeImport(add);
    }

    // ---- PDF and PNG

    public void exportPdf(long canvasId, Path file, PaperSize paper) {
        CanvasContent content = workbench.canvas(canvasId);
        toFile(file, out -> pdf(content, paper, out));
    }

    /** The PDF report with a "Changes since …" page after the fit summary, comparing {@code since} with now. */
    public void exportPdf(long canvasId, Path file, PaperSize paper, ChangesSince since) {
        CanvasContent content = workbench.canvas(canvasId);
        List<PdfReportPart> parts = withChanges(canvasId, since, reportParts(content));
        toFile(file, out -> pdfWriter().write(content, PdfPageFormat.valueOf(paper.name()),
                ZonedDateTime.now(workbench.clock()), parts, out));
    }

    public void exportPdf(long canvasId, OutputStream out, PaperSize paper) {
        CanvasContent content = workbench.canvas(canvasId);
        writing("the PDF export", () -> pdf(content, paper, out));
    }

    /**
     * The board as a PNG: title and sections as on the window's board, without page furniture.
     *
     * @param scale pixels per point of the 960-point-wide board; 2 gives 1920 pixels
     * @throws AppException when the picture would exceed {@link CanvasPngRenderer#MAX_PIXELS}
     */
    public void exportPng(long canvasId, Path file, double scale) {
        CanvasContent content = workbench.canvas(canvasId);
        CanvasPngRenderer renderer = pngRenderer();
        toFile(file, out -> renderer.render(content, scale, out));
    }

    public void exportPng(long canvasId, OutputStream out, double scale) {
        CanvasContent content = workbench.canvas(canvasId);
        CanvasPngRenderer renderer = pngRenderer();
        writing("the PNG export", () -> renderer.render(content, scale, out));
    }

    private void pdf(CanvasContent content, PaperSize paper, OutputStream out) {
        pdfWriter().write(content, PdfPageFormat.valueOf(paper.name()), ZonedDateTime.now(workbench.clock()),
                reportParts(content), out);
    }

    /**
     * Pages added after the fit summary: the gap report (ranked deficit table, importance-performance chart, gap
     * bars, unanswered needs) when the canvas has feedback, from the customer voice, unfiltered; then the
     * strategy canvas (value curves, four actions, differentiation) when the canvas has competing factors; then
     * the workshop page (the latest workshop) when the canvas has workshops.
     */
    List<PdfReportPart> reportParts(CanvasContent content) {
        List<PdfReportPart> parts = new ArrayList<>();
        GapReport gaps = gapReport(content);
        if (gaps != null) {
            parts.add(new GapReportPages(gaps));
        }
        if (!content.strategy().isEmpty()) {
            parts.add(new StrategyPages(content, differentiation(content, gaps)));
        }
        List<WorkshopRecord> workshops = workshops(content.canvas().id());
        if (!workshops.isEmpty()) {
            parts.add(new WorkshopPages(content, workshops));
        }
        return List.copyOf(parts);
    }

    /** The changes page first, then the other parts: what changed is why this report is read again. */
    private List<PdfReportPart> withChanges(long canvasId, ChangesSince since, List<PdfReportPart> parts) {
        List<PdfReportPart> all = new ArrayList<>();
        all.add(new ChangesPages(since.label(), since.snapshot(), new CurrentSnapshots(workbench).now(canvasId)));
        all.addAll(parts);
        return List.copyOf(all);
    }

    private CanvasJsonWriter jsonWriter() {
        if (jsonWriter == null) {
            jsonWriter = new CanvasJsonWriter();
        }
        return jsonWriter;
    }

    private CanvasJsonReader jsonReader() {
        if (jsonReader == null) {
            jsonReader = new CanvasJsonReader();
        }
        return jsonReader;
    }

    /** The fonts are read on first use only, so opening the app or exporting JSON never pays for them. */
    private CanvasPdfWriter pdfWriter() {
        if (pdfWriter == null) {
            pdfWriter = new CanvasPdfWriter(PdfFontFiles.fromClasspath());
        }
        return pdfWriter;
    }

    /** Like {@link #pdfWriter()}: the fonts are read on first use. */
    private CanvasPngRenderer pngRenderer() {
        if (pngRenderer == null) {
            pngRenderer = new CanvasPngRenderer(PdfFontFiles.fromClasspath());
        }
        return pngRenderer;
    }

    // ---- Markdown

    public void exportMarkdown(long canvasId, OutputStream out) {
        CanvasContent content = workbench.canvas(canvasId);
        GapReport gaps = gapReport(content);
        DifferentiationReport differentiation = differentiation(content, gaps);
        List<WorkshopRecord> workshops = workshops(canvasId);
        writing("the Markdown export", () -> markdownWriter.write(content, differentiation, gaps, workshops, out));
    }

    public void exportMarkdown(long canvasId, Path file) {
        CanvasContent content = workbench.canvas(canvasId);
        GapReport gaps = gapReport(content);
        DifferentiationReport differentiation = differentiation(content, gaps);
        List<WorkshopRecord> workshops = workshops(canvasId);
        toFile(file, out -> markdownWriter.write(content, differentiation, gaps, workshops, out));
    }

    /**
     * The gap report of the canvas's customer feedback, unfiltered, for the PDF's gap pages and the Markdown's
     * promise-versus-delivery section; null when the canvas has no feedback, so neither shows one.
     */
    private GapReport gapReport(CanvasContent content) {
        long canvasId = content.canvas().id();
        if (FeedbackUseCases.read(() -> workbench.workspace().feedback().count(canvasId)) == 0) {
            return null;
        }
        // From the content already read: reading the canvas again would double the export's reading.
        return new GapUseCases(workbench).report(content, FeedbackFilter.NONE, CrosshairMode.MIDPOINTS);
    }

    /**
     * The differentiation analysis, with delivery from the customers' feedback where there is some, taken from
     * the gap report the export already made ({@link #gapReport}, null without feedback).
     */
    private DifferentiationReport differentiation(CanvasContent content, GapReport gaps) {
        return new StrategyUseCases(workbench, new GapUseCases(workbench)).differentiation(content, gaps);
    }

    // ---- exports read here and written on another thread (the window's File > Export)

    /** The canvas as a JSON file (without feedback), read now and written later on any thread. */
    public FileExport prepareJsonExport(long canvasId) {
        CanvasContent content = workbench.canvas(canvasId);
        List<WorkshopRecord> workshops = workshops(canvasId);
        CanvasJsonWriter writer = jsonWriter();
        return FileExport.of("The JSON export", out -> writer.write(content, null, workshops, out), files);
    }

    /**
     * The PDF report, read now (canvas and report parts) and laid out and written later on any thread. The
     * fonts are loaded here, on the workbench's thread, the first time.
     */
    public FileExport preparePdfExport(long canvasId, PaperSize paper) {
        CanvasContent content = workbench.canvas(canvasId);
        List<PdfReportPart> parts = reportParts(content);
        ZonedDateTime exportedAt = ZonedDateTime.now(workbench.clock());
        CanvasPdfWriter writer = pdfWriter();
        return FileExport.of("The PDF export",
                out -> writer.write(content, PdfPageFormat.valueOf(paper.name()), exportedAt, parts, out), files);
    }

    /** {@link #preparePdfExport(long, PaperSize)} with the "Changes since …" page (Export ▸ PDF, changes since…). */
    public FileExport preparePdfExport(long canvasId, PaperSize paper, ChangesSince since) {
        CanvasContent content = workbench.canvas(canvasId);
        List<PdfReportPart> parts = withChanges(canvasId, since, reportParts(content));
        ZonedDateTime exportedAt = ZonedDateTime.now(workbench.clock());
        CanvasPdfWriter writer = pdfWriter();
        return FileExport.of("The PDF export",
                out -> writer.write(content, PdfPageFormat.valueOf(paper.name()), exportedAt, parts, out), files);
    }

    public FileExport prepareMarkdownExport(long canvasId) {
        CanvasContent content = workbench.canvas(canvasId);
        GapReport gaps = gapReport(content);
        DifferentiationReport differentiation = differentiation(content, gaps);
        List<WorkshopRecord> workshops = workshops(canvasId);
        return FileExport.of("The Markdown export",
                out -> markdownWriter.write(content, differentiation, gaps, workshops, out), files);
    }

    /**
     * The board picture ({@link #exportPng(long, Path, double)}), read now and drawn and written later on any
     * thread: the window's File > Export > PNG, the same picture as the command line's.
     */
    public FileExport preparePngExport(long canvasId, double scale) {
        CanvasContent content = workbench.canvas(canvasId);
        CanvasPngRenderer renderer = pngRenderer();
        return FileExport.of("The PNG export", out -> renderer.render(content, scale, out), files);
    }

    // ---- writing

    /**
     * Writes the whole file to a temporary file beside it and moves it into place only when complete, if it
     * may be written at all ({@link ExportFiles}).
     */
    private void toFile(Path file, AtomicFiles.Content content) {
        try {
            files.write(file, content);
        } catch (FormatException e) {
            throw new AppException(e.getMessage(), e);
        }
    }

    private static void writing(String what, Runnable work) {
        try {
            work.run();
        } catch (FormatException e) {
            throw new AppException(e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw new AppException("Cannot write " + what + ": " + e.getCause().getMessage(), e);
        }
    }
}
