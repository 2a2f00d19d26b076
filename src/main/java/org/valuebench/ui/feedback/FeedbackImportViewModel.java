package org.valuebench.ui.feedback;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.valuebench.app.feedback.FeedbackImportRejectedException;
import org.valuebench.app.feedback.FeedbackUseCases;
import org.valuebench.app.feedback.ImportCancelledException;
import org.valuebench.app.feedback.ImportOptions;
import org.valuebench.app.feedback.ImportOutcome;
import org.valuebench.app.feedback.ImportProgress;
import org.valuebench.app.feedback.ImportReport;
import org.valuebench.domain.Item;
import org.valuebench.domain.SurveyMapping;
import org.valuebench.domain.SurveyPreview;
import org.valuebench.ui.workbench.WorkbenchViewModel;

/**
 * Importing a feedback file into the shown canvas: choose the file, look at its first rows, map a survey
 * export's columns (or choose the options for a long-format file), then import on the database thread with
 * progress and cancel. A refused, failed or cancelled import writes nothing; a refused one shows its row report.
 */
public final class FeedbackImportViewModel {
    static final int PREVIEW_ROWS = 8;
    private final WorkbenchViewModel workbench;
    private final GapDialogs dialogs;
    private final Executor uiThread;
    private final ReadOnlyBooleanWrapper importing = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper("");
    private final AtomicReference<Progress> pending = new AtomicReference<>();
    private volatile AtomicBoolean cancelled = new AtomicBoolean();
    private Path folder;

    /**
     * @param uiThread runs progress updates on the UI thread (Platform::runLater in the window); progress
     *                 arrives on the database thread
     */
    public FeedbackImportViewModel(WorkbenchViewModel workbench, GapDialogs dialogs, Executor uiThread) {
        this.workbench = workbench;
        this.dialogs = dialogs;
        this.uiThread = uiThread;
    }

    public ReadOnlyBooleanProperty importingProperty() {
        return importing.getReadOnlyProperty();
    }

    /** From 0 to 1; -1 while the size is not known yet. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** E.g. "12,000 rows read · 35%". */
    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    /**
     * What the last import did, e.g. "Imported 120 records from survey.csv", with the responses left out as not
     * customers' feedback when there were any; empty before the first.
     */
    public ReadOnlyStringProperty resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** Asks for a file and imports it into the shown canvas. */
    public void chooseAndImport() {
        if (importing.get()) {
            return;
        }
        if (workbench.canvasId() == 0) {
            dialogs.showError("Import feedback", "Open or create a canvas first: feedback is given on its promises.");
            return;
        }
        dialogs.chooseFeedbackFile(folder).ifPresent(this::importFile);
    }

    /** Previews {@code file}, asks how to read it, and imports it into the shown canvas. */
    public void importFile(Path file) {
        long canvasId = workbench.canvasId();
        if (importing.get() || canvasId == 0) {
            return;
        }
        folder = file.toAbsolutePath().getParent();
        workbench.onDatabase(session -> {
            FeedbackUseCases feedback = new FeedbackUseCases(session.current());
            SurveyPreview preview = feedback.preview(file, PREVIEW_ROWS, 0);
            Optional<SurveyMapping> suggestion = preview.shape().isWide()
                    ? feedback.suggestMapping(canvasId, preview) : Optional.empty();
            return new Prepared(preview, suggestion, session.current().canvas(canvasId).promises());
        }, prepared -> ask(canvasId, file, prepared),
                error -> dialogs.showError("Cannot import " + file.getFileName(), WorkbenchViewModel.messageOf(error)));
    }

    private record Prepared(SurveyPreview preview, Optional<SurveyMapping> suggestion, List<Item> promises) {
    }

    private void ask(long canvasId, Path file, Prepared prepared) {
        if (prepared.promises().isEmpty()) {
            dialogs.showError("Import feedback", "This canvas has no promises yet. Mark an offering item as a"
                    + " promise in the Details pane, then import the feedback on it.");
            return;
        }
        Optional<ImportOptions> options;
        if (prepared.preview().shape().isWide()) {
            SurveyMappingViewModel mapping = new SurveyMappingViewModel(prepared.preview(), prepared.promises(),
                    prepared.suggestion(), dialogs, mappingFiles(canvasId, file), folder);
            options = dialogs.mapSurvey(mapping);
        } else {
            // A long-format sheet of a workbook is read as the preview read it.
            options = dialogs.longFormatOptions(prepared.preview()).map(o -> o.withFormat(prepared.preview().format())
                    .withSheet(prepared.preview().sheet()));
        }
        options.ifPresent(o -> start(canvasId, file, o));
    }

    /** Imports at once with the given options (no questions asked), as the last step of the flow. */
    public void start(long canvasId, Path file, ImportOptions options) {
        if (importing.get()) {
            return;
        }
        AtomicBoolean stop = new AtomicBoolean();
        cancelled = stop;
        importing.set(true);
        progress.set(-1);
        progressText.set("Importing " + file.getFileName() + "…");
        ImportProgress listener = new ImportProgress() {
            @Override
            public void progress(long bytesDone, long bytesTotal, long rowsRead) {
                // Called on the database thread every thousand rows: hand over only the latest figures.
                if (pending.getAndSet(new Progress(bytesDone, bytesTotal, rowsRead)) == null) {
                    uiThread.execute(FeedbackImportViewModel.this::showProgress);
                }
            }

            @Override
            public void finishing(long records) {
                uiThread.execute(() -> showFinishing(records));
            }

            @Override
            public boolean isCancelled() {
                return stop.get();
            }
        };
        AtomicReference<ImportOutcome> outcome = new AtomicReference<>();
        String name = file.getFileName().toString();
        workbench.edit(session -> {
            ImportOutcome done = new FeedbackUseCases(session.current()).importFile(canvasId, file, options, listener);
            outcome.set(done);
            return done.change();
        }, change -> finished(name, outcome.get()), error -> failed(name, error));
    }

    /** Asks the running import to stop; it rolls back and writes nothing. */
    public void cancel() {
        if (importing.get()) {
            cancelled.set(true);
            progressText.set("Cancelling…");
        }
    }

    private void showProgress() {
        Progress p = pending.getAndSet(null);
        if (p == null || !importing.get() || cancelled.get()) {
            return;
        }
        progress.set(p.bytesTotal() > 0 ? Math.min(1, (double) p.bytesDone() / p.bytesTotal()) : -1);
        progressText.set(String.format(Locale.ROOT, "%,d rows read", p.rows())
                + (p.bytesTotal() > 0 ? String.format(Locale.ROOT, " · %.0f%%", 100.0 * p.bytesDone() / p.bytesTotal())
                : ""));
    }

    /** Building the indexes and committing report no figures, so the bar turns indeterminate. */
    private void showFinishing(long records) {
        if (!importing.get() || cancelled.get()) {
            return;
        }
        progress.set(-1);
        progressText.set(String.format(Locale.ROOT, "Saving %,d record%s…", records, records == 1 ? "" : "s"));
    }

    private record Progress(long bytesDone, long bytesTotal, long rows) {
    }

    private void finished(String name, ImportOutcome done) {
        importing.set(false);
        progress.set(1);
        ImportReport report = done.report();
        String text = String.format(Locale.ROOT, "Imported %,d record%s from %s", done.imported(),
                done.imported() == 1 ? "" : "s", name);
        if (report.hasProblems()) {
            text += String.format(Locale.ROOT, "; %,d skipped", report.refused());
        }
        if (!report.excluded().isEmpty()) {
            // Previews, tests, spam or unfinished responses: said at once, so no one wonders where rows went.
            text += ". " + report.excluded().describe();
        }
        progressText.set("");
        result.set(text);
        workbench.notice(text);
        if (report.hasProblems()) {
            dialogs.showImportReport("Imported with rows skipped", text + ". The skipped rows:", report.lines());
        }
    }

    private void failed(String name, RuntimeException error) {
        importing.set(false);
        progress.set(0);
        progressText.set("");
        if (error instanceof ImportCancelledException) {
            result.set("Import of " + name + " cancelled; nothing was imported");
        } else if (error instanceof FeedbackImportRejectedException rejected) {
            result.set(name + " was not imported: " + rejected.getMessage());
            dialogs.showImportReport("Feedback not imported", rejected.getMessage()
                    + "\nNothing was imported. Fix these rows, or import with \"Skip invalid rows\".",
                    rejected.report() == null ? List.of() : rejected.report().lines());
        } else {
            result.set(name + " was not imported: " + WorkbenchViewModel.messageOf(error));
            dialogs.showError("Cannot import " + name, WorkbenchViewModel.messageOf(error) + "\nNothing was imported.");
        }
        workbench.notice(result.get());
    }

    private SurveyMappingViewModel.MappingFiles mappingFiles(long canvasId, Path survey) {
        return new SurveyMappingViewModel.MappingFiles() {
            @Override
            public void read(Path file, Consumer<SurveyMapping> onRead, Consumer<String> onFailure) {
                workbench.onDatabase(session -> new FeedbackUseCases(session.current()).readMapping(file), onRead,
                        error -> onFailure.accept(WorkbenchViewModel.messageOf(error)));
            }

            @Override
            public void write(SurveyMapping mapping, Path file, Runnable onWritten, Consumer<String> onFailure) {
                workbench.onDatabase(session -> {
                    new FeedbackUseCases(session.current()).writeMapping(mapping, file);
                    return file;
                }, written -> onWritten.run(), error -> onFailure.accept(WorkbenchViewModel.messageOf(error)));
            }

            @Override
            public void preview(String sheet, int headerRows, Consumer<SurveyPreview> onRead,
                                Consumer<String> onFailure) {
                workbench.onDatabase(session -> new FeedbackUseCases(session.current()).preview(survey, null, sheet,
                        PREVIEW_ROWS, headerRows), onRead, error -> onFailure.accept(WorkbenchViewModel.messageOf(error)));
            }

            @Override
            public void sheet(String sheet, Consumer<SurveyMappingViewModel.SheetRead> onRead,
                              Consumer<String> onFailure) {
                workbench.onDatabase(session -> {
                    FeedbackUseCases feedback = new FeedbackUseCases(session.current());
                    SurveyPreview read = feedback.preview(survey, null, sheet, PREVIEW_ROWS, 0);
                    return new SurveyMappingViewModel.SheetRead(read, read.shape().isWide()
                            ? feedback.suggestMapping(canvasId, read) : Optional.empty());
                }, onRead, error -> onFailure.accept(WorkbenchViewModel.messageOf(error)));
            }
        };
    }
}
