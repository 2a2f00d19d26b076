package org.valuebench.app.feedback;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.valuebench.domain.Feedback;
import org.valuebench.io.feedback.FeedbackCandidate;
import org.valuebench.io.feedback.FeedbackSource;
import org.valuebench.store.FeedbackTally;

/**
 * Reads and checks a file's rows on a helper thread while the database thread writes the ones before, so on
 * two cores the import takes little more than the writing alone. The helper reads the file, checks rows and
 * sums the valid ones (no database access); writing is the slower half, so everything that can leave the
 * database thread does. Rows travel in batches through a small bounded queue, so memory stays flat and a slow
 * writer slows the reader down; the sums travel with the batch after which they fill up, and with the last.
 */
final class ImportPipeline implements AutoCloseable {
    static final int BATCH = 1_000;
    private static final int QUEUE = 4;
    private static final Batch END = new Batch(List.of(), null, null);
    private final FeedbackSource source;
    private final FeedbackRowValidator validator;
    private final Long importId;
    private final BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(QUEUE);
    private final Thread reader;
    private volatile boolean stopped;

    /**
     * A row's outcome: the record, or why it was refused.
     *
     * @param cell the workbook cell at fault (e.g. {@code Sheet1!C17}), blank when the file has no sheets
     */
    record Row(FeedbackCandidate candidate, Feedback feedback, String problem, String cell) {
    }

    /**
     * Checked rows, and the sums of the valid rows of this batch and the batches before it since the last sums
     * were handed over (null when they are still being gathered).
     */
    record Batch(List<Row> rows, FeedbackTally tally, RuntimeException failure) {
    }

    ImportPipeline(FeedbackSource source, FeedbackRowValidator validator, Long importId) {
        this.source = source;
        this.validator = validator;
        this.importId = importId;
        this.reader = new Thread(this::read, "feedback-import-reader");
        reader.setDaemon(true);
        reader.start();
    }

    private void read() {
        try {
            List<Row> rows = new ArrayList<>(BATCH);
            FeedbackTally tally = new FeedbackTally();
            FeedbackCandidate candidate;
            while (!stopped && (candidate = source.next()) != null) {
                Row row = check(candidate);
                rows.add(row);
                if (row.feedback() != null) {
                    tally.add(row.feedback());
                }
                if (rows.size() == BATCH) {
                    boolean handOver = tally.isFull();
                    put(new Batch(rows, handOver ? tally : null, null));
                    rows = new ArrayList<>(BATCH);
                    tally = handOver ? new FeedbackTally() : tally;
                }
            }
            put(new Batch(rows, tally, null));
            put(END);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            try {
                put(new Batch(List.of(), null, e));
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private Row check(FeedbackCandidate candidate) {
        try {
            return new Row(candidate, validator.validate(candidate, importId), null, "");
        } catch (FeedbackRowValidator.RowRejected e) {
            return new Row(candidate, null, e.getMessage(), candidate.cells().of(e.field()));
        }
    }

    /** Waits for room, but gives up once the consumer has stopped listening. */
    private void put(Batch batch) throws InterruptedException {
        while (!stopped) {
            if (queue.offer(batch, 50, TimeUnit.MILLISECONDS)) {
                return;
            }
        }
    }

    /** The next batch of checked rows, or null when the file is done; rethrows what stopped the reader. */
    Batch next() {
        Batch batch;
        try {
            batch = queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ImportCancelledException("The import was interrupted; nothing was imported");
        }
        if (batch.failure != null) {
            throw batch.failure;
        }
        return batch == END ? null : batch;
    }

    /** Stops the reader (if it is still reading) and waits for it, so the file can be closed safely. */
    @Override
    public void close() {
        stopped = true;
        queue.clear();
        try {
            reader.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
