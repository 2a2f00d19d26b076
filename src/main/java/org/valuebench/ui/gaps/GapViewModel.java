package org.valuebench.ui.gaps;

import org.valuebench.ui.gaps.figures.GapRow;
import org.valuebench.ui.gaps.figures.GapFigure;
import org.valuebench.ui.gaps.figures.GapFigures;
import java.time.Clock;
import java.time.LocalDate;
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
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.valuebench.analysis.CrosshairMode;
import org.valuebench.analysis.GapReport;
import org.valuebench.app.feedback.GapUseCases;
import org.valuebench.domain.Feedback;
import org.valuebench.domain.FeedbackFilter;
import org.valuebench.domain.InvalidInputException;
import org.valuebench.domain.Voice;
import org.valuebench.ui.feedback.GapDialogs;
import org.valuebench.ui.workbench.WorkbenchViewModel;

/**
 * The gap view's state: the filter ({@link GapFilter}), the gap report of the shown canvas under it, the ranking
 * as formatted rows, the selected promise and a page of the records behind it ({@link GapRecordsPage}), and
 * commands to add, edit and delete records ({@link FeedbackRecordCommands}). Every query runs on the database
 * thread; while one runs, further changes are gathered into one more query, and only the answer to the latest
 * filter is shown.
 */
public final class GapViewModel {

    /**
     * What the view shows: the figures (READY), the figures' frame while the first report is read (LOADING), or
     * what to do instead.
     */
    public enum State { LOADING, NO_CANVAS, NO_PROMISES, NO_FEEDBACK, READY }

    public static final int PAGE_SIZE = 50;
    private final WorkbenchViewModel workbench;
    private final FeedbackRecordCommands commands;
    private final QuietChanges quiet = new QuietChanges();
    private final GapFilter filter = new GapFilter();
    private final BooleanProperty active = new SimpleBooleanProperty(true);

    private final ReadOnlyObjectWrapper<GapReport> report = new ReadOnlyObjectWrapper<>();
    private final ObservableList<GapRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.LOADING);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyLongWrapper queries = new ReadOnlyLongWrapper();

    private final LongProperty selectedPromiseId = new SimpleLongProperty();
    private final ReadOnlyObjectWrapper<GapRow> selectedRow = new ReadOnlyObjectWrapper<>();
    private final GapRecordsPage page;

    private final CoalescedQuery reportQuery = new CoalescedQuery(this::queryReport);
    private long shownCanvas;
    private boolean stale = true;
    private boolean chosenByUser;

    public GapViewModel(WorkbenchViewModel workbench, GapDialogs dialogs, Clock clock) {
        this.workbench = workbench;
        this.commands = new FeedbackRecordCommands(workbench, dialogs, clock);
        this.page = new GapRecordsPage(workbench, quiet, selectedPromiseId::get, this::validFilter, notice::set);
        ObjectProperty<Voice> voice = filter.voice();
        // The drill-down follows the voice quietly, before the filter change queries the report (invalidation
        // listeners run in the order they were added): the report's arrival reads the records anyway, and at a
        // million records each read is a fifth of a second.
        voice.addListener((Observable o) -> quiet.run(() -> page.voice().set(voice.get())));
        for (Observable part : filter.parts()) {
            part.addListener(o -> filterChanged());
        }
        workbench.revisionProperty().addListener(o -> refresh());
        active.addListener((obs, was, now) -> {
            if (now && stale) {
                refresh();
            }
        });
        selectedPromiseId.addListener((obs, old, now) -> {
            updateSelectedRow();
            page.readFirstPageUnlessQuiet();
        });
        refresh();
    }

    // ---- filter

    public ObjectProperty<LocalDate> sinceProperty() {
        return filter.since();
    }

    public ObjectProperty<LocalDate> untilProperty() {
        return filter.until();
    }

    /** The segment to look at; blank for all. */
    public StringProperty segmentProperty() {
        return filter.segment();
    }

    /** The channel to look at; blank for all. */
    public StringProperty channelProperty() {
        return filter.channel();
    }

    /** The headline voice: the ranking, quadrants and trend come from it. */
    public ObjectProperty<Voice> voiceProperty() {
        return filter.voice();
    }

    public ObjectProperty<CrosshairMode> crosshairsProperty() {
        return filter.crosshairs();
    }

    /** False while the gap view is not on screen: queries wait until it shows again. */
    public BooleanProperty activeProperty() {
        return active;
    }

    /** The segments to choose from, "" (all) first. */
    public ObservableList<String> segments() {
        return filter.segments();
    }

    /** The channels to choose from, "" (all) first. */
    public ObservableList<String> channels() {
        return filter.channels();
    }

    public void clearFilter() {
        quiet.run(filter::clear);
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
        return GapFigures.nps(r.nps(), filter.voice().get().label() + " answers");
    }

    /** The number of answers behind {@link #nps()}, marked "thin" when there are few; empty without a report. */
    public String npsEvidence() {
        GapReport r = report.get();
        return r == null ? "" : org.valuebench.report.GapFigures.npsEvidence(r.nps());
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
        return page.voice();
    }

    /** True lists only records with a comment (the verbatim comments); false lists every record. */
    public BooleanProperty onlyWithCommentsProperty() {
        return page.onlyWithComments();
    }

    /** The page of records shown, from 0. */
    public IntegerProperty pageProperty() {
        return page.page();
    }

    public ObservableList<Feedback> records() {
        return page.records();
    }

    public ReadOnlyLongProperty recordCountProperty() {
        return page.recordCount();
    }

    /** E.g. "51–100 of 1,234". */
    public ReadOnlyStringProperty pageTextProperty() {
        return page.pageText();
    }

    public int pageCount() {
        return page.pageCount();
    }

    public void nextPage() {
        page.next();
    }

    public void previousPage() {
        page.previous();
    }

    // ---- records

    /** Asks for a new record on the selected promise (or the first) and adds it, undoably. */
    public void addRecord() {
        Voice drillVoice = page.voice().get();
        commands.add(selectedPromiseId.get(), drillVoice == null ? filter.voice().get() : drillVoice,
                filter.segment().get(), this::selectPromise);
    }

    public void editRecord(Feedback record) {
        commands.edit(record);
    }

    /** Deletes a record; Undo brings it back. */
    public void deleteRecord(Feedback record) {
        commands.delete(record);
    }

    // ---- queries

    /**
     * Queries the report again (and the records behind the selection) for the canvas shown now. While the view is
     * hidden only a newly opened canvas is read, report and records; later changes wait until it is shown.
     */
    public void refresh() {
        if (workbench.canvasId() != 0 && state.get() == State.NO_CANVAS) {
            state.set(State.LOADING); // a canvas is open now; its first report is still to be read
        }
        long canvasId = workbench.canvasId();
        // Why read a new canvas (its report and its page of records) at once: the first visit to the view then
        // only draws. Reading its first report then (the database code's first run, compiled while it ran, and
        // the figures' first styling in the same turn) left the window unresponsive for 177 ms at a million
        // records, against 33 ms with the report read ahead; reading the records ahead too brought it to 17 ms
        // (src/bench/gap-view-responsiveness.sh, the median of three runs each, alternating; issue 29).
        if (!active.get() && canvasId == shownCanvas) {
            stale = true;
            return;
        }
        stale = false;
        if (canvasId != shownCanvas) {
            shownCanvas = canvasId;
            quiet.run(() -> {
                filter.segment().set("");
                filter.channel().set("");
                chosenByUser = false;
                selectedPromiseId.set(0);
                page.page().set(0);
            });
        }
        if (canvasId == 0) {
            report.set(null);
            rows.clear();
            page.clearRecords();
            state.set(State.NO_CANVAS);
            return;
        }
        reportQuery.run();
    }

    private void filterChanged() {
        if (!quiet.now()) {
            page.firstPageQuietly();
            refresh();
        }
    }

    /** The filter for a query, or empty (with a notice saying why) while its date range is not valid. */
    private Optional<FeedbackFilter> validFilter() {
        try {
            FeedbackFilter current = filter.toFeedbackFilter();
            if (notice.get().startsWith("The date range")) {
                notice.set("");
            }
            return Optional.of(current);
        } catch (InvalidInputException e) {
            notice.set(e.getMessage());
            return Optional.empty();
        }
    }

    private void queryReport(CoalescedQuery.Done done) {
        long canvasId = workbench.canvasId();
        Optional<FeedbackFilter> current = validFilter();
        if (canvasId == 0 || current.isEmpty()) {
            done.run();
            return;
        }
        CrosshairMode mode = filter.crosshairs().get();
        loading.set(true);
        // The rows are formatted on the database thread too: the JavaFX thread only puts them in place.
        workbench.onDatabase(
                session -> RankedReport.of(new GapUseCases(session.current()).report(canvasId, current.get(), mode)),
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

    private void show(RankedReport ranked) {
        GapReport result = ranked.report();
        queries.set(queries.get() + 1);
        report.set(result);
        replace(rows, ranked.rows());
        quiet.run(() -> filter.offer(result.facets()));
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
            quiet.run(() -> {
                selectedPromiseId.set(result.promises().isEmpty() ? 0 : result.promises().get(0).promiseId());
                page.page().set(0);
            });
        }
        updateSelectedRow();
        page.read();
    }

    /** Replaces the list's contents, element by element when the size is the same (cheaper for the views). */
    static <T> void replace(ObservableList<T> list, List<T> next) {
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

    private void updateSelectedRow() {
        long id = selectedPromiseId.get();
        selectedRow.set(rows.stream().filter(r -> r.promiseId() == id).findFirst().orElse(null));
    }

    static String messageOf(RuntimeException error) {
        return WorkbenchViewModel.messageOf(error);
    }
}
