package org.valuebench.app.feedback;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.valuebench.app.AppException;
import org.valuebench.app.Change;
import org.valuebench.app.ExportFiles;
import org.valuebench.app.Workbench;
import org.valuebench.app.history.HistoryUseCases;
import org.valuebench.domain.Feedback;
import org.valuebench.domain.FeedbackDates;
import org.valuebench.domain.FeedbackFilter;
import org.valuebench.domain.history.VersionCause;
import org.valuebench.domain.FeedbackImport;
import org.valuebench.domain.InvalidInputException;
import org.valuebench.domain.Item;
import org.valuebench.domain.MessageText;
import org.valuebench.domain.FeedbackFormat;
import org.valuebench.domain.SurveyMapping;
import org.valuebench.domain.SurveyPreview;
import org.valuebench.domain.Voice;
import org.valuebench.io.FormatException;
import org.valuebench.io.feedback.FeedbackFormatException;
import org.valuebench.io.feedback.FeedbackSources;
import org.valuebench.io.feedback.SurveyMappingJson;
import org.valuebench.store.StoreException;

/**
 * Feedback on promises: add, edit and delete single records, import files (long format or survey exports
 * through a mapping), and read records back. Edits and imports go through the workbench's one undo history;
 * like the workbench, this is confined to the database thread.
 */
public final class FeedbackUseCases {
    private final Workbench workbench;

    public FeedbackUseCases(Workbench workbench) {
        this.workbench = workbench;
    }

    // ---- single records

    /**
     * Adds a record to the promise it names (its canvas id is taken from the promise). The change focuses the
     * promise.
     */
    public Change add(Feedback draft) {
        requirePlausibleDate(draft.date());
        Item promise = promise(draft.promiseItemId());
        Feedback feedback = draft.withId(0).withPromise(promise.canvasId(), promise.id());
        return workbench.execute(new FeedbackCommands.AddFeedback(feedback), promise.id());
    }

    /** Stores an edited record (any field but its id and import). */
    public Change update(Feedback edited) {
        Feedback before = record(edited.id());
        Item promise = promise(edited.promiseItemId());
        if (promise.canvasId() != before.canvasId()) {
            throw new AppException("Feedback can only move to a promise on the same canvas");
        }
        Feedback after = edited.withPromise(before.canvasId(), promise.id()).withImport(before.importId());
        if (!Objects.equals(after.date(), before.date())) {
            // Only a new date is judged: a record imported with --any-date keeps its date through other edits.
            requirePlausibleDate(after.date());
        }
        if (after.equals(before)) {
            return workbench.show(before.canvasId());
        }
        return workbench.execute(new FeedbackCommands.EditFeedback(before, after), promise.id());
    }

    /** A typed date is held to the range imports are held to (see {@link FeedbackDates}). */
    private static void requirePlausibleDate(LocalDate date) {
        if (date != null && !FeedbackDates.plausible(date)) {
            throw new AppException("The date " + date + " is " + FeedbackDates.range()
                    + "; feedback is dated within that range.");
        }
    }

    public Change delete(long feedbackId) {
        Feedback feedback = record(feedbackId);
        return workbench.execute(new FeedbackCommands.DeleteFeedback(feedback), feedback.promiseItemId());
    }

    public Optional<Feedback> find(long feedbackId) {
        return read(() -> workbench.workspace().feedback().find(feedbackId));
    }

    /**
     * A page of a canvas's records, newest first.
     *
     * @param promiseItemId 0 for every promise
     * @param filter        null for no filter
     * @param voice         null for every voice
     */
    public List<Feedback> records(long canvasId, long promiseItemId, FeedbackFilter filter, Voice voice, int offset,
                                  int limit) {
        FeedbackFilter effective = filter == null ? FeedbackFilter.NONE : filter;
        return read(() -> workbench.workspace().feedback().list(canvasId, promiseItemId, effective, voice, false,
                Math.max(0, offset), Math.max(0, limit)));
    }

    public long count(long canvasId, long promiseItemId, FeedbackFilter filter, Voice voice) {
        FeedbackFilter effective = filter == null ? FeedbackFilter.NONE : filter;
        return read(() -> workbench.workspace().feedback().count(canvasId, promiseItemId, effective, voice, false));
    }

    public long count(long canvasId) {
        return read(() -> workbench.workspace().feedback().count(canvasId));
    }

    public List<FeedbackImport> imports(long canvasId) {
        return read(() -> workbench.workspace().feedback().imports(canvasId));
    }

    // ---- import

    /**
     * Imports a feedback file into the canvas as one undoable step. Streams the file; all or nothing unless
     * {@link ImportOptions#skipInvalid()}; refuses content imported before unless
     * {@link ImportOptions#allowDuplicate()}.
     *
     * @throws FeedbackImportRejectedException invalid rows (with the report), or no rows; nothing was written
     * @throws ImportCancelledException        the progress listener asked to stop; nothing was written
     * @throws AppException                    the file cannot be read or is not a feedback file; nothing was written
     */
    public ImportOutcome importFile(long canvasId, Path file, ImportOptions options, ImportProgress progress) {
        workbench.canvas(canvasId);
        FeedbackCommands.ImportFeedback command = new FeedbackCommands.ImportFeedback(canvasId, file, options,
                workbench.clock(), progress == null ? ImportProgress.NONE : progress);
        Change change = workbench.executeImport(new HistoryUseCases(workbench).keepingVersion(canvasId,
                VersionCause.SURVEY_IMPORT, command));
        return new ImportOutcome(change, command.stored(), command.report());
    }

    /**
     * The first rows of a file and its columns, for the mapping step.
     *
     * @param headerRows header rows to assume, or 0 to detect them
     */
    public SurveyPreview preview(Path file, int rows, int headerRows) {
        return preview(file, null, "", rows, headerRows);
    }

    /**
     * The first rows of a file and its columns, for the mapping step.
     *
     * @param format     the kind of file, or null to tell it from the content
     * @param sheet      a workbook's sheet, blank for the first
     * @param headerRows header rows to assume, or 0 to detect them
     */
    public SurveyPreview preview(Path file, FeedbackFormat format, String sheet, int rows, int headerRows) {
        try {
            return FeedbackSources.preview(file, format, sheet, rows, headerRows);
        } catch (FeedbackFormatException e) {
            throw new AppException(e.getMessage(), e);
        }
    }

    /** A first guess at the mapping: question columns matched to promises by their text, scales from the answers. */
    public Optional<SurveyMapping> suggestMapping(long canvasId, SurveyPreview preview) {
        return SurveyMappingSuggester.suggest(workbench.canvas(canvasId), preview);
    }

    public SurveyMapping readMapping(Path file) {
        try {
            return SurveyMappingJson.read(file);
        } catch (FeedbackFormatException e) {
            throw new AppException(e.getMessage(), e);
        }
    }

    /** Saves the mapping under the rules of every export: never over the open workspace or a device. */
    public void writeMapping(SurveyMapping mapping, Path file) {
        try {
            byte[] json = SurveyMappingJson.toJson(mapping).getBytes(StandardCharsets.UTF_8);
            new ExportFiles(workbench.localFile().orElse(null), false, workbench.clock()).write(file, out -> out.write(json));
        } catch (FeedbackFormatException | FormatException e) {
            throw new AppException(e.getMessage(), e);
        }
    }

    // ----

    private Feedback record(long feedbackId) {
        return find(feedbackId).orElseThrow(
                () -> new AppException("There is no feedback record " + feedbackId + " (it may have been deleted)"));
    }

    private Item promise(long itemId) {
        Item item = read(() -> workbench.workspace().items().find(itemId))
                .orElseThrow(() -> new AppException("There is no item with id " + itemId + " (it may have been deleted)"));
        if (!item.promise()) {
            throw new AppException(MessageText.quote(item.text()) + " is not a promise: feedback is given on promises");
        }
        return item;
    }

    public static <T> T read(Supplier<T> query) {
        try {
            return query.get();
        } catch (StoreException | InvalidInputException e) {
            throw new AppException(e.getMessage(), e);
        }
    }
}
