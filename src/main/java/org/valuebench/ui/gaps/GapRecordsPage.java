package org.valuebench.ui.gaps;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.valuebench.app.feedback.FeedbackUseCases;
import org.valuebench.app.feedback.GapUseCases;
import org.valuebench.domain.Feedback;
import org.valuebench.domain.FeedbackFilter;
import org.valuebench.domain.Voice;
import org.valuebench.ui.workbench.WorkbenchViewModel;

/**
 * The drill-down's state: a page of the records behind the selected promise, of one voice or all, only those
 * with a comment or every one, read on the database thread.
 */
final class GapRecordsPage {
    private final WorkbenchViewModel workbench;
    private final QuietChanges quiet;
    private final LongSupplier promiseId;
    private final Supplier<Optional<FeedbackFilter>> filter;
    private final Consumer<String> notice;

    private final ObjectProperty<Voice> voice = new SimpleObjectProperty<>(Voice.CUSTOMER);
    private final BooleanProperty onlyWithComments = new SimpleBooleanProperty(true);
    private final IntegerProperty page = new SimpleIntegerProperty();
    private final ObservableList<Feedback> records = FXCollections.observableArrayList();
    private final ReadOnlyLongWrapper recordCount = new ReadOnlyLongWrapper();
    private final ReadOnlyStringWrapper pageText = new ReadOnlyStringWrapper("");
    private final CoalescedQuery query = new CoalescedQuery(this::query);

    /**
     * @param promiseId the selected promise, 0 for none
     * @param filter    the gap view's filter, empty while it is not valid
     * @param notice    where a failed read is told
     */
    GapRecordsPage(WorkbenchViewModel workbench, QuietChanges quiet, LongSupplier promiseId,
                   Supplier<Optional<FeedbackFilter>> filter, Consumer<String> notice) {
        this.workbench = workbench;
        this.quiet = quiet;
        this.promiseId = promiseId;
        this.filter = filter;
        this.notice = notice;
        voice.addListener(o -> readFirstPageUnlessQuiet());
        onlyWithComments.addListener(o -> readFirstPageUnlessQuiet());
        page.addListener(o -> {
            if (!quiet.now()) {
                query.run();
            }
        });
    }

    ObjectProperty<Voice> voice() {
        return voice;
    }

    BooleanProperty onlyWithComments() {
        return onlyWithComments;
    }

    IntegerProperty page() {
        return page;
    }

    ObservableList<Feedback> records() {
        return records;
    }

    ReadOnlyLongProperty recordCount() {
        return recordCount.getReadOnlyProperty();
    }

    ReadOnlyStringProperty pageText() {
        return pageText.getReadOnlyProperty();
    }

    int pageCount() {
        return (int) Math.max(1, (recordCount.get() + GapViewModel.PAGE_SIZE - 1) / GapViewModel.PAGE_SIZE);
    }

    void next() {
        if (page.get() + 1 < pageCount()) {
            page.set(page.get() + 1);
        }
    }

    void previous() {
        if (page.get() > 0) {
            page.set(page.get() - 1);
        }
    }

    /** Reads the first page, unless the change that asks for it is the model's own. */
    void readFirstPageUnlessQuiet() {
        if (!quiet.now()) {
            firstPageQuietly();
            query.run();
        }
    }

    /** Back to the first page without the page's own query: the caller reads the records once itself. */
    void firstPageQuietly() {
        quiet.run(() -> page.set(0));
    }

    /** Reads the page behind the selection. */
    void read() {
        query.run();
    }

    /** Empties the list when there is no canvas; the page's text stays until the next read. */
    void clearRecords() {
        records.clear();
        recordCount.set(0);
    }

    private void query(CoalescedQuery.Done done) {
        long canvasId = workbench.canvasId();
        long promise = promiseId.getAsLong();
        Optional<FeedbackFilter> chosen = filter.get();
        if (canvasId == 0 || promise == 0 || chosen.isEmpty()) {
            records.clear();
            recordCount.set(0);
            pageText.set("");
            done.run();
            return;
        }
        Voice chosenVoice = voice.get();
        boolean comments = onlyWithComments.get();
        int offset = page.get() * GapViewModel.PAGE_SIZE;
        workbench.onDatabase(session -> {
            GapUseCases gaps = new GapUseCases(session.current());
            FeedbackUseCases feedback = new FeedbackUseCases(session.current());
            long total = comments ? gaps.commentCount(canvasId, promise, chosen.get(), chosenVoice)
                    : feedback.count(canvasId, promise, chosen.get(), chosenVoice);
            List<Feedback> shown = comments
                    ? gaps.comments(canvasId, promise, chosen.get(), chosenVoice, offset, GapViewModel.PAGE_SIZE)
                    : feedback.records(canvasId, promise, chosen.get(), chosenVoice, offset, GapViewModel.PAGE_SIZE);
            return new RecordPage(total, shown);
        }, result -> {
            if (done.getAsLatest()) {
                recordCount.set(result.total());
                GapViewModel.replace(records, result.records());
                pageText.set(pageText(offset, result.records().size(), result.total(), comments));
                if (result.records().isEmpty() && page.get() > 0) {
                    page.set(pageCount() - 1);
                }
            }
        }, error -> {
            done.run();
            notice.accept("Cannot list the feedback: " + GapViewModel.messageOf(error));
        });
    }

    private static String pageText(int offset, int shown, long total, boolean comments) {
        String what = comments ? " comments" : " records";
        if (total == 0) {
            return "No" + what;
        }
        return String.format(java.util.Locale.ROOT, "%,d–%,d of %,d%s", offset + 1, offset + shown, total, what);
    }

    private record RecordPage(long total, List<Feedback> records) {
    }
}
