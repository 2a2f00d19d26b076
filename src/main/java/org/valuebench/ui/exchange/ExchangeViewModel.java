package org.valuebench.ui.exchange;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.valuebench.app.history.ChangesSince;
import org.valuebench.app.history.CompareUseCases;
import org.valuebench.app.history.CurrentSnapshots;
import org.valuebench.app.history.HistoryUseCases;
import org.valuebench.domain.history.CanvasVersion;
import org.valuebench.ui.workbench.WorkbenchSession;
import org.valuebench.app.exchange.ExchangeUseCases;
import org.valuebench.app.exchange.ExportCancelledException;
import org.valuebench.app.exchange.FileExport;
import org.valuebench.app.exchange.PaperSize;
import org.valuebench.domain.CanvasContent;
import org.valuebench.ui.settings.WindowSettings;
import org.valuebench.ui.workbench.BackgroundRunner;
import org.valuebench.ui.workbench.ExportFormat;
import org.valuebench.ui.workbench.WorkbenchViewModel;

/**
 * File > Export and File > Import JSON, and files dropped onto the window. An export reads the canvas on the
 * database thread (in order with the edits), then lays out and writes the file on the export thread, so
 * neither the window nor further edits wait for a big PDF. One export runs at a time; it can be cancelled
 * until its file is complete, and a cancelled export leaves no file.
 */
public final class ExchangeViewModel {
    /** PNG exports are twice the size on screen. */
    static final double PNG_SCALE = 2;

    /** What the notification after an export says and offers to open. */
    public record ExportNotice(ExportFormat format, Path file, String canvasName) {
        public String message() {
            return "Exported '" + canvasName + "' as " + format.label() + ": " + file.getFileName();
        }
    }

    private final WorkbenchViewModel workbench;
    private final BackgroundRunner exportRunner;
    private final WindowSettings settings;
    private final DesktopFiles desktop;
    private final PaperSize localePaper;
    private final ReadOnlyBooleanWrapper exporting = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<ExportNotice> notice = new ReadOnlyObjectWrapper<>();
    private AtomicBoolean cancelled = new AtomicBoolean();
    private CopyToWorkspaceViewModel copyToWorkspace;

    /**
     * @param exportRunner writes export files; never touches the workspace
     * @param localePaper  the page size offered when none was chosen before ({@link PaperSize#forLocale})
     */
    public ExchangeViewModel(WorkbenchViewModel workbench, BackgroundRunner exportRunner, WindowSettings settings,
                             DesktopFiles desktop, PaperSize localePaper) {
        this.workbench = workbench;
        this.exportRunner = exportRunner;
        this.settings = settings;
        this.desktop = desktop;
        this.localePaper = localePaper;
    }

    // ---- state

    /** True from the moment an export starts until its file is written, failed or cancelled. */
    public ReadOnlyBooleanProperty exportingProperty() {
        return exporting.getReadOnlyProperty();
    }

    /** "Exporting PDF of 'Corner café'…", for the status bar while exporting. */
    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    /** The last finished export, for the notification with Open and Show in folder; null when dismissed. */
    public ReadOnlyObjectProperty<ExportNotice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    // ---- export

    /**
     * Asks the page size and, among the canvas's versions (read first, on the database thread), one to show the
     * changes since on a page of the report (none by default).
     */
    public void exportPdf() {
        shownCanvas().ifPresent(canvas -> workbench.onDatabase(
                session -> new HistoryUseCases(session.current()).versions(canvas.canvas().id()),
                versions -> exportPdf(canvas, versions), error -> workbench.reportFailure("Cannot export PDF", error)));
    }

    private void exportPdf(CanvasContent canvas, List<CanvasVersion> versions) {
        long id = canvas.canvas().id();
        workbench.dialogs().choosePdfOptions(settings.paperSize().orElse(localePaper), versions).ifPresent(options -> {
            PaperSize paper = options.paper();
            settings.savePaperSize(paper);
            CanvasVersion since = options.changesSince();
            chooseFile(ExportFormat.PDF, canvas).ifPresent(file -> export(ExportFormat.PDF, canvas, file,
                    session -> since == null ? session.exchange().preparePdfExport(id, paper)
                            : session.exchange().preparePdfExport(id, paper, changesSince(session, since))));
        });
    }

    /** The version's side as {@code export-pdf --changes-since CANVAS@VERSION} reads it (one label for both). */
    private static ChangesSince changesSince(WorkbenchSession session, CanvasVersion version) {
        return new CompareUseCases(session.current(), new CurrentSnapshots(session.current()))
                .changesSince(version.canvasId() + "@" + version.number());
    }

    public void exportJson() {
        shownCanvas().ifPresent(canvas -> chooseFile(ExportFormat.JSON, canvas).ifPresent(file ->
                export(ExportFormat.JSON, canvas, file, session -> session.exchange().prepareJsonExport(canvas.canvas().id()))));
    }

    public void exportMarkdown() {
        shownCanvas().ifPresent(canvas -> chooseFile(ExportFormat.MARKDOWN, canvas).ifPresent(file ->
                export(ExportFormat.MARKDOWN, canvas, file,
                        session -> session.exchange().prepareMarkdownExport(canvas.canvas().id()))));
    }

    /**
     * Exports the board as a picture at twice its size: the same picture as the command line's
     * {@code export-png} (title and the eight sections with their notes, no editing controls, no page footer),
     * read on the database thread and drawn and written on the export thread like the other exports.
     */
    public void exportPng() {
        shownCanvas().ifPresent(canvas -> chooseFile(ExportFormat.PNG, canvas).ifPresent(file ->
                export(ExportFormat.PNG, canvas, file,
                        session -> session.exchange().preparePngExport(canvas.canvas().id(), PNG_SCALE))));
    }

    /** Stops the running export; its file is not written (unless it was already complete). */
    public void cancelExport() {
        if (exporting.get()) {
            cancelled.set(true);
            progressText.set("Cancelling…");
        }
    }

    private Optional<CanvasContent> shownCanvas() {
        if (exporting.get() || workbench.phaseProperty().get() != WorkbenchViewModel.Phase.READY) {
            return Optional.empty();
        }
        return workbench.canvas();
    }

    private Optional<Path> chooseFile(ExportFormat format, CanvasContent canvas) {
        String name = SafeFileName.of(canvas.canvas().name()) + "." + format.extension();
        Optional<Path> file = workbench.dialogs().chooseExportFile(format, startFolder(), name);
        file.ifPresent(this::rememberFolder);
        return file;
    }

    private void export(ExportFormat format, CanvasContent canvas, Path file,
                        Function<WorkbenchSession, FileExport> prepare) {
        AtomicBoolean cancel = begin(format, canvas);
        workbench.onDatabase(prepare,
                prepared -> write(prepared, format, canvas, file, cancel),
                error -> finished(format, error));
    }

    private AtomicBoolean begin(ExportFormat format, CanvasContent canvas) {
        cancelled = new AtomicBoolean();
        notice.set(null);
        exporting.set(true);
        progressText.set("Exporting " + format.label() + " of '" + canvas.canvas().name() + "'…");
        return cancelled;
    }

    private void write(FileExport export, ExportFormat format, CanvasContent canvas, Path file, AtomicBoolean cancel) {
        exportRunner.submit(() -> {
            export.writeTo(file, cancel::get);
            return file;
        }, written -> {
            exporting.set(false);
            notice.set(new ExportNotice(format, written, canvas.canvas().name()));
            workbench.notice(notice.get().message());
        }, error -> finished(format, error));
    }

    private void finished(ExportFormat format, RuntimeException error) {
        exporting.set(false);
        if (error instanceof ExportCancelledException) {
            workbench.notice(format.label() + " export cancelled; no file was written");
        } else {
            workbench.reportFailure(format.label() + " export failed", error);
        }
    }

    // ---- after an export

    public void openExported() {
        Optional.ofNullable(notice.get()).ifPresent(n -> desktop.open(n.file()));
    }

    public void showExportedInFolder() {
        Optional.ofNullable(notice.get()).ifPresent(n -> desktop.showInFolder(n.file()));
    }

    public void dismissNotice() {
        notice.set(null);
    }

    /** Dismisses {@code shown} if it is still the notice (a newer export's notice stays). */
    public void dismissNotice(ExportNotice shown) {
        if (notice.get() == shown) {
            notice.set(null);
        }
    }

    // ---- import

    /** Asks for a canvas file and imports it as a new canvas, which is then shown. */
    public void importCanvas() {
        if (workbench.phaseProperty().get() != WorkbenchViewModel.Phase.READY) {
            return;
        }
        workbench.dialogs().chooseCanvasFileToImport(startFolder()).ifPresent(file -> {
            rememberFolder(file);
            importFile(file);
        });
    }

    /**
     * Imports {@code file} as a new canvas (one undoable step) and shows it. A refused file changes nothing
     * and its message (file, line, column, JSON path) is shown in an alert.
     */
    public void importFile(Path file) {
        if (workbench.phaseProperty().get() != WorkbenchViewModel.Phase.READY) {
            workbench.dialogs().showError("Cannot import canvas",
                    "Open a workspace first (File > Open workspace…), then import " + file.getFileName() + " into it.");
            return;
        }
        notice.set(null);
        workbench.edit(session -> session.exchange().importJson(file),
                change -> change.canvas().ifPresent(c -> workbench.notice("Imported '" + c.canvas().name()
                        + "' from " + file.getFileName() + " · Ctrl+Z takes it out again")),
                error -> workbench.reportFailure("Cannot import canvas", error));
    }

    // ---- copy to another workspace

    /** The model of File ▸ Copy to workspace…, kept for the window's life so the last target is offered again. */
    public CopyToWorkspaceViewModel copyToWorkspace() {
        if (copyToWorkspace == null) {
            copyToWorkspace = new CopyToWorkspaceViewModel(workbench);
        }
        return copyToWorkspace;
    }

    // ---- folders

    private Path startFolder() {
        return settings.exchangeFolder().filter(Files::isDirectory).orElse(null);
    }

    private void rememberFolder(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null) {
            settings.saveExchangeFolder(folder);
        }
    }

    /** Cancels a running export (its file is not written) and stops the export thread. */
    public void close() {
        cancelled.set(true);
        exportRunner.shutdown(Duration.ofSeconds(10));
    }
}
