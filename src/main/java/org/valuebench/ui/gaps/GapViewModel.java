package org.valuebench.ui.gaps;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.valuebench.analysis.CrosshairMode;
import org.valuebench.analysis.GapReport;
import org.valuebench.analysis.PromiseGap;
import org.valuebench.app.feedback.FeedbackUseCases;
import org.valuebench.app.feedback.GapUseCases;
import org.valuebench.domain.CanvasContent;
import org.valuebench.domain.Feedback;
import org.valuebench.domain.FeedbackChannels;
import org.valuebench.domain.FeedbackFilter;
import org.valuebench.domain.FeedbackScale;
import org.valuebench.domain.InvalidInputException;
import org.valuebench.domain.Item;
import org.valuebench.domain.Voice;
import org.valuebench.ui.feedback.GapDialogs;
import org.valuebench.ui.workbench.WorkbenchViewModel;

/**
 * The gap view's state: the filter, the gap report of the shown canvas under it, the ranking as formatted rows,
 * the selected promise and a page of the records behind it, and commands to add, edit and delete records.
 * Every query runs on the database thread; while one runs, further changes are gathered into one more query,
 * and only the answer to the latest filter is shown.
 */
public final class GapViewModel {

    /**
     * What the view shows: the figures (READY), the figures' frame while the first report is read (LOADING), or
     * what to do instead.
     */
    public enum State { LOADING, NO_CANVAS, NO_PROMISES, NO_FEEDBACK, READY }

    public static final int PAGE_SIZE = 50;
    private final WorkbenchViewModel workbench;
    private final GapDialogs dialogs;
    private final Clock clock;

    private final ObjectProperty<LocalDate> since = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> until = new SimpleObjectProperty<>();
    private final StringProperty segment = new SimpleStringProperty("");
    private final StringProperty channel = new SimpleStringProperty("");
    private final ObjectProperty<Voice> voice = new SimpleObjectProperty<>(Voice.CUSTOMER);
    private final ObjectProperty<CrosshairMode> crosshairs = new SimpleObjectProperty<>(CrosshairMode.MIDPOINTS);
    private final BooleanProperty active = new SimpleBooleanProperty(true);

    private final ReadOnlyObjectWrapper<GapReport> report = new ReadOnlyObjectWrapper<>();
    private final ObservableList<GapRow> rows = FXCollections.observableArrayList();
    private final ObservableList<String> segments = FXCollections.observableArrayList("");
    private final ObservableList<String> channels = FXCollections.observableArrayList("");
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.LOADING);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyLongWrapper queries = new ReadOnlyLongWrapper();

    private final LongProperty selectedPromiseId = new SimpleLongProperty();
    private final ReadOnlyObjectWrapper<GapRow> selectedRow = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<Voice> drillVoice = new SimpleObjectProperty<>(Voice.CUSTOMER);
    private final BooleanProperty onlyWithComments = new SimpleBooleanProperty(true);
    private final IntegerProperty page = new SimpleIntegerProperty();
    private final ObservableList<Feedback> records = FXCollections.observableArrayList();
    private final ReadOnlyLongWrapper recordCount = new ReadOnlyLongWrapper();
    private final ReadOnlyStringWrapper pageText = new ReadOnlyStringWrapper("");

    private final Coalesced reportQuery = new Coalesced(this::queryReport);
    private final Coalesced recordQuery = new Coalesced(this::queryRecords);
    private long shownCanvas;
    private boolean stale = true;
    private boolean recordsWaiting;
    private boolean quiet;
    private boolean chosenByUser;

    public GapViewModel(WorkbenchViewModel workbench, GapDialogs dialogs, Clock clock) {
        this.workbench = workbench;
        this.dialogs = dialogs;
        this.clock = clock;
        // The drill-down follows the voice quietly, before the filter change queries the report (invalidation
        // listeners run in the order they were added): the report's arrival reads the records anyway, and at a
        // million records each read is a fifth of a second.
        voice.addListener((Observable o) -> quietly(() -> drillVoice.set(voice.get())));
        for (Observable filter : List.of(since, until, segment, channel, voice, crosshairs)) {
            filter.addListener(o -> filterChanged());
        }
        workbench.revisionProperty().addListener(o -> refresh());
        active.addListener((obs, was, now) -> {
            if (now && stale) {
                refresh();
            } else if (now && recordsWaiting) {
                recordsWaiting = false;
                recordQuery.run();
            }
        });
        selectedPromiseId.addListener((obs, old, now) -> {
            updateSelectedRow();
            if (!quiet) {
                firstPageQuietly();
                recordQuery.run();
            }
        });
        drillVoice.addListener(o -> recordsChanged());
        onlyWithComments.addListener(o -> recordsChanged());
        page.addListener(o -> {
            if (!quiet) {
                recordQuery.run();
            }
        });
        refresh();
    }

    // ---- filter

    public ObjectProperty<LocalDate> sinceProperty() {
        return since;
    }

    public ObjectProperty<LocalDate> untilProperty() {
        return until;
    }

    /** The segment to look at; blank for all. */
    public StringProperty segmentProperty() {
        return segment;
    }

    /** The channel to look at; blank for all. */
    public StringProperty channelProperty() {
        return channel;
    }

    /** The headline voice: the ranking, quadrants and trend come from it. */
    public ObjectProperty<Voice> voiceProperty() {
        return voice;
    }

    public ObjectProperty<CrosshairMode> crosshairsProperty() {
        return crosshairs;
    }

    /** False while the gap view is not on screen: queries wait until it shows again. */
    public BooleanProperty activeProperty() {
        return active;
    }

    /** The segments to choose from, "" (all) first. */
    public ObservableList<String> segments() {
        return segments;
    }

    /** The channels to choose from, "" (all) first. */
    public ObservableList<String> channels() {
        return channels;
    }

    public void clearFilter() {
        quietly(() -> {
            since.set(null);
            until.set(null);
            segment.set("");
            channel.set("");
            voice.set(Voice.CUSTOMER);
        });
        filterChanged();
    }

    // ---- report

    public ReadOnlyObjectProperty<GapReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    /** The promises ranked by deficit, with formatted, self-explaining figures. */
    public ObservableList<GapRow> rows() {
        return rows;
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** A remark on the figures (nothing matches the filter, a bad date range, a failed query); empty if none. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** How many report queries ran, for tests and the responsiveness benchmark. */
    public ReadOnlyLongProperty queriesProperty() {
        return queries.getReadOnlyProperty();
    }

    /** The canvas NPS over the headline voice's 0-10 records. */
    public GapFigure nps() {
        GapReport r = report.get();
        if (r == null) {
            return GapFigure.empty("No report yet");
        }
        return GapFigures.nps(r.nps(), voice.get().label() + " answers");
    }

    // ---- selection and the records behind it

    public LongProperty selectedPromiseIdProperty() {
        return selectedPromiseId;
    }

    public ReadOnlyObjectProperty<GapRow> selectedRowProperty() {
        return selectedRow.getReadOnlyProperty();
    }

    /** Selects a promise by the user's choice; it stays selected while it is in the report. */
    public void selectPromise(long promiseId) {
        chosenByUser = promiseId != 0;
        selectedPromiseId.set(promiseId);
    }

    /** The voice whose records the drill-down lists; null for every voice. */
    public ObjectProperty<Voice> drillVoiceProperty() {
        return drillVoice;
    }

    /** True lists only records with a comment (the verbatim comments); false lists every record. */
    public BooleanProperty onlyWithCommentsProperty() {
        return onlyWithComments;
    }

    /** The page of records shown, from 0. */
    public IntegerProperty pageProperty() {
        return page;
    }

    public ObservableList<Feedback> records() {
        return records;
    }

    public ReadOnlyLongProperty recordCountProperty() {
        return recordCount.getReadOnlyProperty();
    }

    /** E.g. "51–100 of 1,234". */
    public ReadOnlyStringProperty pageTextProperty() {
        return pageText.getReadOnlyProperty();
    }

    public int pageCount() {
        return (int) Math.max(1, (recordCount.get() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    public void nextPage() {
        if (page.get() + 1 < pageCount()) {
            page.set(page.get() + 1);
        }
    }

    public void previousPage() {
        if (page.get() > 0) {
            page.set(page.get() - 1);
        }
    }

    // ---- records

    /** Asks for a new record on the selected promise (or the first) and adds it, undoably. */
    public void addRecord() {
        Optional<CanvasContent> content = workbench.canvas();
        if (content.isEmpty() || content.get().promises().isEmpty()) {
            workbench.notice("Feedback is given on promises: mark an offering item as a promise first");
            return;
        }
        List<Item> promises = content.get().promises();
        long promiseId = promises.stream().anyMatch(p -> p.id() == selectedPromiseId.get()) ? selectedPromiseId.get()
                : promises.get(0).id();
        Voice recordVoice = drillVoice.get() == null ? voice.get() : drillVoice.get();
        Feedback draft = new Feedback(0, content.get().canvas().id(), promiseId, 3, FeedbackScale.ONE_TO_FIVE, null,
                recordVoice, FeedbackChannels.SURVEY, segment.get(), LocalDate.now(clock), "", "", null);
        dialogs.editFeedback("Add feedback", draft, promises).ifPresent(record -> workbench.edit(
                session -> new FeedbackUseCases(session.current()).add(record),
                change -> selectPromise(record.promiseItemId()), this::failed));
    }

    public void editRecord(Feedback record) {
        Optional<CanvasContent> content = workbench.canvas();
        if (record == null || content.isEmpty()) {
            return;
        }
        dialogs.editFeedback("Edit feedback", record, content.get().promises()).ifPresent(edited -> workbench.edit(
                session -> new FeedbackUseCases(session.current()).update(edited), null, this::failed));
    }

    /** Deletes a record; Undo brings it back. */
    public void deleteRecord(Feedback record) {
        if (record != null) {
            workbench.edit(session -> new FeedbackUseCases(session.current()).delete(record.id()), null, this::failed);
        }
    }

    // ---- queries

    /**
     * Queries the report again (and the records behind the selection) for the canvas shown now. While the view is
     * hidden only a newly opened canvas is read; later changes wait until it is shown.
     */
    public void refresh() {
        if (workbench.canvasId() != 0 && state.get() == State.NO_CANVAS) {
            state.set(State.LOADING); // a canvas is open now; its first report is still to be read
        }
        long canvasId = workbench.canvasId();
        // Why read a new canvas at once: the first visit to the view then only draws. Reading its first report
        // then (the database code's first run, compiled while it ran) kept both cores busy, and at a million
        // records the JavaFX thread, waiting for its frames to be drawn, sometimes went 50–73 ms without a turn.
        if (!active.get() && canvasId == shownCanvas) {
            stale = true;
            return;
        }
        stale = false;
        if (canvasId != shownCanvas) {
            shownCanvas = canvasId;
            quietly(() -> {
                segment.set("");
                channel.set("");
                chosenByUser = false;
                selectedPromiseId.set(0);
                page.set(0);
            });
        }
        if (canvasId == 0) {
            report.set(null);
            rows.clear();
            records.clear();
            recordCount.set(0);
            state.set(State.NO_CANVAS);
            return;
        }
        reportQuery.run();
    }

    private void filterChanged() {
        if (!quiet) {
            firstPageQuietly();
            refresh();
        }
    }

    private void recordsChanged() {
        if (!quiet) {
            firstPageQuietly();
            recordQuery.run();
        }
    }

    /** Back to the first page without the page's own query: the caller reads the records once itself. */
    private void firstPageQuietly() {
        quietly(() -> page.set(0));
    }

    private void quietly(Runnable change) {
        boolean was = quiet;
        quiet = true;
        try {
            change.run();
        } finally {
            quiet = was;
        }
    }

    private Optional<FeedbackFilter> filter() {
        try {
            FeedbackFilter filter = new FeedbackFilter(since.get(), until.get(), segment.get(), channel.get(),
                    voice.get());
            if (notice.get().startsWith("The date range")) {
                notice.set("");
            }
            return Optional.of(filter);
        } catch (InvalidInputException e) {
            notice.set(e.getMessage());
            return Optional.empty();
        }
    }

    private void queryReport(Coalesced.Done done) {
        long canvasId = workbench.canvasId();
        Optional<FeedbackFilter> filter = filter();
        if (canvasId == 0 || filter.isEmpty()) {
            done.run();
            return;
        }
        CrosshairMode mode = crosshairs.get();
        loading.set(true);
        // The rows are formatted on the database thread too: the JavaFX thread only puts them in place.
        workbench.onDatabase(session -> ranked(new GapUseCases(session.current()).report(canvasId, filter.get(), mode)),
                result -> {
            if (done.getAsLatest() && result.report().canvas().id() == workbench.canvasId()) {
                show(result);
            }
            loading.set(reportQuery.busy());
        }, error -> {
            done.run();
            loading.set(reportQuery.busy());
            notice.set("Cannot compute the gaps: " + messageOf(error));
        });
    }

    private static RankedReport ranked(GapReport result) {
        List<GapRow> shown = new ArrayList<>();
        int rank = 1;
        for (PromiseGap gap : result.promises()) {
            shown.add(GapFigures.row(rank++, gap, result.filter().voice(), result.crosshairs()));
        }
        return new RankedReport(result, List.copyOf(shown));
    }

    /** A report with its ranking rows, formatted away from the JavaFX thread. */
    private record RankedReport(GapReport report, List<GapRow> rows) {
    }

    private void show(RankedReport ranked) {
        GapReport result = ranked.report();
        queries.set(queries.get() + 1);
        report.set(result);
        replace(rows, ranked.rows());
        quietly(() -> {
            replaceChoices(segments, result.facets().segments(), segment.get());
            replaceChoices(channels, result.facets().channels(), channel.get());
        });
        if (result.promises().isEmpty()) {
            state.set(State.NO_PROMISES);
        } else if (result.facets().records() == 0) {
            state.set(State.NO_FEEDBACK);
        } else {
            state.set(State.READY);
        }
        notice.set(state.get() == State.READY && result.headlineRecords() == 0
                ? "No " + result.filter().voice().label() + " feedback matches the filter" : "");
        if (!chosenByUser || result.promise(selectedPromiseId.get()).isEmpty()) {
            chosenByUser = false;
            quietly(() -> {
                selectedPromiseId.set(result.promises().isEmpty() ? 0 : result.promises().get(0).promiseId());
                page.set(0);
            });
        }
        updateSelectedRow();
        // While the view is hidden (a canvas opened on the Canvas tab) the page of records waits until it is
        // shown: at a million records it is a sort of a fifth of a million rows that nobody looks at yet.
        if (active.get()) {
            recordsWaiting = false;
            recordQuery.run();
        } else {
            recordsWaiting = true;
            records.clear();
            recordCount.set(0);
            pageText.set("");
        }
    }

    /** Replaces the list's contents, element by element when the size is the same (cheaper for the views). */
    private static <T> void replace(ObservableList<T> list, List<T> next) {
        if (list.size() != next.size()) {
            list.setAll(next);
            return;
        }
        for (int i = 0; i < next.size(); i++) {
            if (!list.get(i).equals(next.get(i))) {
                list.set(i, next.get(i));
            }
        }
    }

    private static void replaceChoices(ObservableList<String> choices, List<String> values, String chosen) {
        List<String> next = new ArrayList<>();
        next.add("");
        next.addAll(values);
        if (chosen != null && !chosen.isBlank() && next.stream().noneMatch(chosen::equalsIgnoreCase)) {
            next.add(chosen);
        }
        if (!choices.equals(next)) {
            choices.setAll(next);
        }
    }

    private void updateSelectedRow() {
        long id = selectedPromiseId.get();
        selectedRow.set(rows.stream().filter(r -> r.promiseId() == id).findFirst().orElse(null));
    }

    private void queryRecords(Coalesced.Done done) {
        long canvasId = workbench.canvasId();
        long promiseId = selectedPromiseId.get();
        Optional<FeedbackFilter> filter = filter();
        if (canvasId == 0 || promiseId == 0 || filter.isEmpty()) {
            records.clear();
            recordCount.set(0);
            pageText.set("");
            done.run();
            return;
        }
        Voice chosenVoice = drillVoice.get();
        boolean comments = onlyWithComments.get();
        int offset = page.get() * PAGE_SIZE;
        workbench.onDatabase(session -> {
            GapUseCases gaps = new GapUseCases(session.current());
            FeedbackUseCases feedback = new FeedbackUseCases(session.current());
            long total = comments ? gaps.commentCount(canvasId, promiseId, filter.get(), chosenVoice)
                    : feedback.count(canvasId, promiseId, filter.get(), chosenVoice);
            List<Feedback> shown = comments
                    ? gaps.comments(canvasId, promiseId, filter.get(), chosenVoice, offset, PAGE_SIZE)
                    : feedback.records(canvasId, promiseId, filter.get(), chosenVoice, offset, PAGE_SIZE);
            return new RecordPage(total, shown);
        }, result -> {
            if (done.getAsLatest()) {
                recordCount.set(result.total());
                replace(records, result.records());
                pageText.set(pageText(offset, result.records().size(), result.total(), comments));
                if (result.records().isEmpty() && page.get() > 0) {
                    page.set(pageCount() - 1);
                }
            }
        }, error -> {
            done.run();
            notice.set("Cannot list the feedback: " + messageOf(error));
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

    private void failed(RuntimeException error) {
        workbench.reportFailure("Feedback", error);
    }

    static String messageOf(RuntimeException error) {
        return WorkbenchViewModel.messageOf(error);
    }

    /**
     * One kind of query at a time: a request while one runs is remembered, and when the running one answers,
     * its answer is dropped and the query runs once more with the latest state.
     */
    private static final class Coalesced {
        private final java.util.function.Consumer<Done> query;
        private boolean running;
        private boolean again;

        Coalesced(java.util.function.Consumer<Done> query) {
            this.query = query;
        }

        void run() {
            if (running) {
                again = true;
                return;
            }
            running = true;
            again = false;
            query.accept(new Done());
        }

        boolean busy() {
            return running;
        }

        /** Handed to the query: call it when it ends. */
        final class Done implements Runnable {
            @Override
            public void run() {
                finish();
            }

            /** Ends the query; true when its answer is the latest and should be shown. */
            boolean getAsLatest() {
                return finish();
            }
        }

        private boolean finish() {
            running = false;
            if (again) {
                run();
                return false;
            }
            return true;
        }
    }
}
