package org.valuebench.app.feedback;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.valuebench.app.AppException;
import org.valuebench.app.UndoableCommand;
import org.valuebench.domain.CanvasContent;
import org.valuebench.domain.ExcludedResponses;
import org.valuebench.domain.Feedback;
import org.valuebench.domain.FeedbackImport;
import org.valuebench.domain.Item;
import org.valuebench.io.feedback.FeedbackCandidate;
import org.valuebench.io.feedback.FeedbackFormatException;
import org.valuebench.io.feedback.FeedbackSource;
import org.valuebench.io.feedback.FeedbackSources;
import org.valuebench.store.FeedbackWriter;
import org.valuebench.store.Workspace;

/** Undoable edits of feedback: single records, and whole imports. Each returns the canvas to show. */
final class FeedbackCommands {

    private FeedbackCommands() {
    }

    static final class AddFeedback implements UndoableCommand {
        private Feedback feedback;

        AddFeedback(Feedback draft) {
            this.feedback = draft;
        }

        @Override
        public String label() {
            return "Add feedback";
        }

        @Override
        public long apply(Workspace workspace) {
            feedback = workspace.feedback().insert(feedback);
            return feedback.canvasId();
        }

        @Override
        public long revert(Workspace workspace) {
            workspace.feedback().delete(feedback.id());
            return feedback.canvasId();
        }

        Feedback stored() {
            return feedback;
        }
    }

    static final class EditFeedback implements UndoableCommand {
        private final Feedback before;
        private final Feedback after;

        EditFeedback(Feedback before, Feedback after) {
            this.before = before;
            this.after = after;
        }

        @Override
        public String label() {
            return "Edit feedback";
        }

        @Override
        public long apply(Workspace workspace) {
            workspace.feedback().update(after);
            return after.canvasId();
        }

        @Override
        public long revert(Workspace workspace) {
            workspace.feedback().update(before);
            return before.canvasId();
        }
    }

    static final class DeleteFeedback implements UndoableCommand {
        private final Feedback feedback;

        DeleteFeedback(Feedback feedback) {
            this.feedback = feedback;
        }

        @Override
        public String label() {
            return "Delete feedback";
        }

        @Override
        public long apply(Workspace workspace) {
            workspace.feedback().delete(feedback.id());
            return feedback.canvasId();
        }

        @Override
        public long revert(Workspace workspace) {
            workspace.feedback().insert(feedback);
            return feedback.canvasId();
        }
    }

    /**
     * Imports a file in the history's one transaction, streaming: each row is checked and written as it is
     * read, so memory stays flat however long the file is. Any refusal, failure or cancel throws, and the
     * transaction rolls back: no partial import is ever left. Undo deletes the import with its records; redo
     * reads the file again (refused if its content changed) and restores the same ids.
     */
    static final class ImportFeedback implements UndoableCommand {
        /** Rows read before the import's size is estimated from how far through the file they reach. */
        private static final long ESTIMATE_AFTER = 20_000;
        private final long canvasId;
        private final Path file;
        private final ImportOptions options;
        private final Clock clock;
        private ImportProgress progress;
        private FeedbackImport stored;
        private long firstRecordId;
        private ImportReport report;

        ImportFeedback(long canvasId, Path file, ImportOptions options, Clock clock, ImportProgress progress) {
            this.canvasId = canvasId;
            this.file = file;
            this.options = options;
            this.clock = clock;
            this.progress = progress;
        }

        @Override
        public String label() {
            return "Import feedback from " + file.getFileName();
        }

        @Override
        public long apply(Workspace workspace) {
            try {
                if (stored == null) {
                    stored = run(workspace, 0, 0);
                } else {
                    progress = ImportProgress.NONE;
                    run(workspace, stored.id(), firstRecordId);
                }
                return canvasId;
            } catch (FeedbackFormatException e) {
                throw new AppException(e.getMessage(), e);
            }
        }

        @Override
        public long revert(Workspace workspace) {
            workspace.feedback().deleteImport(stored.id());
            return canvasId;
        }

        FeedbackImport stored() {
            return stored;
        }

        ImportReport report() {
            return report;
        }

        private FeedbackImport run(Workspace workspace, long importId, long firstId) {
            String fileName = file.getFileName().toString();
            CanvasContent content = workspace.canvases().content(canvasId)
                    .orElseThrow(() -> new AppException("There is no canvas with id " + canvasId));
            holdPromises(workspace, content);
            FeedbackImport started = workspace.feedback().insertImport(
                    new FeedbackImport(importId, canvasId, fileName, "", clock.instant(), 0));
            try (FeedbackSource source = FeedbackSources.open(file, options.format(), options.sheet(),
                    options.mapping());
                 FeedbackWriter writer = workspace.feedback().writer();
                 ImportPipeline pipeline = new ImportPipeline(source,
                         new FeedbackRowValidator(content, source.dateFormat(), options.anyDate()),
                         started.id())) {
                List<ImportProblem> problems = new ArrayList<>();
                long records = 0;
                long refused = 0;
                ImportPipeline.Batch batch;
                while ((batch = pipeline.next()) != null) {
                    for (ImportPipeline.Row row : batch.rows()) {
                        records++;
                        if (row.problem() != null) {
                            refused++;
                            if (problems.size() < ImportReport.MAX_LISTED) {
                                FeedbackCandidate c = row.candidate();
                                problems.add(new ImportProblem(c.row(), c.line(), c.question(), row.problem(), row.cell()));
                            }
                        } else if (stillWriting(refused)) {
                            Feedback feedback = row.feedback();
                            writer.addTallied(firstId == 0 ? feedback : feedback.withId(firstId + writer.written()));
                        }
                    }
                    if (batch.tally() != null && stillWriting(refused)) {
                        writer.write(batch.tally());
                    }
                    report(source, records);
                    if (records >= ESTIMATE_AFTER && source.bytesRead() > 0) {
                        writer.expectAbout((long) ((double) records * source.size() / source.bytesRead()));
                    }
                }
                String hash = source.contentHash();
                writer.flush();
                refuseChangedOrDuplicate(workspace, hash);
                ExcludedResponses excluded = source.excluded();
                report = new ImportReport(fileName, records, refused > 0 && !options.skipInvalid() ? 0 : writer.written(),
                        refused, problems, excluded);
                if (refused > 0 && !options.skipInvalid()) {
                    throw new FeedbackImportRejectedException(fileName + ": " + refused + " of " + records
                            + " records are invalid, so nothing was imported (import the valid ones with"
                            + " --skip-invalid)", report);
                }
                if (writer.written() == 0) {
                    throw new FeedbackImportRejectedException(fileName + (records == 0 ? " has no feedback rows"
                            : ": none of its " + records + " records is valid") + "; nothing was imported"
                            + (excluded.isEmpty() ? "" : ". " + excluded.describe()), report);
                }
                progress.finishing(writer.written());
                long written = writer.finish();
                if (progress.isCancelled()) {
                    throw cancelled();
                }
                workspace.feedback().finishImport(started.id(), hash, written);
                if (firstId == 0) {
                    firstRecordId = workspace.feedback().firstRecordOfImport(started.id());
                }
                return workspace.feedback().findImport(started.id()).orElseThrow();
            }
        }

        /**
         * Holds the canvas's promises against a colleague's delete for the rest of the transaction: the feedback
         * table has no foreign keys, so this is what keeps the records from pointing to a deleted promise. A
         * colleague's delete waits for the import; one that came first refuses the import.
         */
        private void holdPromises(Workspace workspace, CanvasContent content) {
            List<Long> promises = content.items().stream().filter(Item::promise).map(Item::id).toList();
            Set<Long> held = workspace.items().holdAgainstDelete(promises);
            promises.stream().filter(id -> !held.contains(id)).findFirst().ifPresent(gone -> {
                String text = content.items().stream().filter(i -> i.id() == gone).findFirst().orElseThrow().text();
                throw new AppException("Cannot import into '" + content.canvas().name() + "': its promise '" + text
                        + "' was deleted meanwhile (by a colleague?); nothing was imported. Try again.");
            });
        }

        /** The hash is known only once the file is read; the whole import rolls back if it says no. */
        private void refuseChangedOrDuplicate(Workspace workspace, String hash) {
            if (stored != null && !stored.contentHash().equals(hash)) {
                throw new AppException("Cannot redo the import: " + file + " has changed since it was imported");
            }
            if (stored == null && !options.allowDuplicate()) {
                workspace.feedback().findImport(canvasId, hash).ifPresent(earlier -> {
                    throw new AppException(file + " was already imported into this canvas (as " + earlier.fileName()
                            + " on " + earlier.importedAt() + ", " + earlier.rowCount() + " records); import it again"
                            + " only if you mean to count its rows twice (--allow-duplicate)");
                });
            }
        }

        private void report(FeedbackSource source, long records) {
            progress.progress(source.bytesRead(), source.size(), records);
            if (progress.isCancelled()) {
                throw cancelled();
            }
        }

        /** A file that will be refused anyway is only checked from its first bad row on, not written. */
        private boolean stillWriting(long refused) {
            return refused == 0 || options.skipInvalid();
        }

        private ImportCancelledException cancelled() {
            return new ImportCancelledException("The import of " + file.getFileName()
                    + " was cancelled; nothing was imported");
        }
    }
}
