package org.valuebench.ui.strategy;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.collections.ObservableList;
import org.valuebench.analysis.DifferentiationReport;
import org.valuebench.app.feedback.GapUseCases;
import org.valuebench.app.strategy.StrategyUseCases;
import org.valuebench.domain.CanvasContent;
import org.valuebench.domain.Factor;
import org.valuebench.domain.FourAction;
import org.valuebench.domain.Item;
import org.valuebench.domain.Offer;
import org.valuebench.domain.Rating;
import org.valuebench.domain.Strategy;
import org.valuebench.ui.gaps.figures.GapFigure;
import org.valuebench.ui.workbench.WorkbenchSession;
import org.valuebench.ui.workbench.WorkbenchViewModel;

/**
 * The Strategy tab's state: the offers and factors of the shown canvas as a ratings grid, the value curves
 * ({@link StrategyLists}), the four actions, the differentiation analysis with self-explaining figures
 * ({@link DifferentiationQuery}), and the selected factor and cell ({@link StrategySelection}); with commands for
 * every strategy edit. Edits go through the window's model, so they run on the database thread, join its one
 * undo history and come back as the same committed canvas the other tabs show. The analysis (which needs the
 * feedback's delivered levels) is asked for on the database thread after each change.
 */
public final class StrategyViewModel {

    /** What the tab shows in place of the grid. */
    public enum State { NO_CANVAS, NO_FACTORS, READY }

    /** No curve focused on the strategy canvas. */
    public static final long NO_FOCUS = -1;

    /** A customer item in the selected factor's link list; {@code derived} ones come from its source, fixed. */
    public record LinkChoice(Item item, boolean linked, boolean derived) {
    }

    /** Factor names longer than this are cut on the strategy canvas's axis. */
    static final int LABEL_LENGTH = 24;
    private final WorkbenchViewModel workbench;

    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.NO_CANVAS);
    private final StrategyLists lists = new StrategyLists();
    private final StrategySelection selection = new StrategySelection();
    private final DifferentiationQuery differentiation;
    private final StrategyEdits edits;

    private final BooleanProperty showDelivered = new SimpleBooleanProperty();
    private final LongProperty focusedOfferId = new SimpleLongProperty(NO_FOCUS);
    private final BooleanProperty active = new SimpleBooleanProperty(true);

    private long shownCanvas;
    private boolean refreshWaiting;
    private boolean refreshing;

    /**
     * A model that follows each change of the canvas while its tab shows ({@link #activeProperty()}), and
     * catches up with the changes made meanwhile when it is shown again.
     */
    public StrategyViewModel(WorkbenchViewModel workbench) {
        this.workbench = workbench;
        this.differentiation = new DifferentiationQuery(workbench, active::get, this::updateCurves);
        this.edits = new StrategyEdits(workbench, lists, selection);
        workbench.revisionProperty().addListener(o -> refreshSoon());
        selection.factorId().addListener(o -> updateSelectionUnlessRefreshing());
        selection.offerId().addListener(o -> updateSelectionUnlessRefreshing());
        showDelivered.addListener(o -> updateCurves());
        active.addListener((obs, was, now) -> {
            if (now && refreshWaiting) {
                refresh();
            } else if (now) {
                differentiation.queryIfStale();
            }
        });
        refresh();
    }

    // ---- state

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** The columns of the grid and the lines of the chart: ours first, then competitors, then substitutes. */
    public ObservableList<Offer> offers() {
        return lists.offers();
    }

    /** The factors in order, each with its ratings in the order of {@link #offers()}. */
    public ObservableList<StrategyRow> rows() {
        return lists.rows();
    }

    /** The promises and customer items that are not factors yet, for "Add from canvas". */
    public ObservableList<Item> candidates() {
        return lists.candidates();
    }

    /** The x axis of the strategy canvas: the factors' names in order, made unique. */
    public ObservableList<String> factorLabels() {
        return lists.factorLabels();
    }

    /** One curve per offer (and our delivered curve while shown), levels in factor order, null where unknown. */
    public ObservableList<StrategyCurve> curves() {
        return lists.curves();
    }

    public ReadOnlyObjectProperty<DifferentiationReport> reportProperty() {
        return differentiation.report();
    }

    /** The differentiation panel's rows, in the report's order (me-too first). */
    public ObservableList<StrategyFigures.StandingRow> standings() {
        return differentiation.standings();
    }

    public ObservableList<StrategyFigures.RivalRow> rivals() {
        return differentiation.rivals();
    }

    public ReadOnlyObjectProperty<GapFigure> summaryProperty() {
        return differentiation.summary();
    }

    /** False while the tab is hidden: the analysis waits until it shows again. */
    public BooleanProperty activeProperty() {
        return active;
    }

    // ---- selection

    /** The factor the side panel edits; 0 for none. Views set it from the grid. */
    public LongProperty selectedFactorIdProperty() {
        return selection.factorId();
    }

    /** The offer of the selected grid cell. */
    public LongProperty selectedOfferIdProperty() {
        return selection.offerId();
    }

    public ReadOnlyObjectProperty<Factor> selectedFactorProperty() {
        return selection.factor();
    }

    /** The selected cell's rating (blank when nothing is stored), or null when no factor is selected. */
    public ReadOnlyObjectProperty<Rating> selectedRatingProperty() {
        return selection.rating();
    }

    public ReadOnlyObjectProperty<Offer> selectedOfferProperty() {
        return selection.offer();
    }

    /** The canvas's wants, needs and fears for the selected factor: which weight it, and which are fixed. */
    public ObservableList<LinkChoice> linkChoices() {
        return selection.linkChoices();
    }

    public ReadOnlyBooleanProperty canMakePromiseProperty() {
        return selection.canMakePromise();
    }

    /** Says which canvas item a factor was made from ("From the promise “Low prices”"), or "" for a free one. */
    public String sourceText(Factor factor) {
        return workbench.canvas().flatMap(c -> c.item(factor.sourceItemId()))
                .map(i -> "From the " + (i.promise() ? "promise" : i.section().title().toLowerCase(java.util.Locale.ROOT)
                        .replaceAll("s$", "")) + " “" + i.text() + "”")
                .orElse("");
    }

    /** The stored four-actions choice of a factor (NONE when it is gone). */
    public FourAction actionOf(long factorId) {
        return lists.factor(factorId).map(Factor::action).orElse(FourAction.NONE);
    }

    public void select(long factorId, long offerId) {
        selection.select(factorId, offerId);
    }

    // ---- chart

    /** Adds our delivered curve (from feedback) beside the promised one. */
    public BooleanProperty showDeliveredProperty() {
        return showDelivered;
    }

    /** True when at least one factor has a delivered level, so the delivered curve has something to show. */
    public ReadOnlyBooleanProperty hasDeliveredProperty() {
        return lists.hasDelivered();
    }

    /** The offer whose curve is focused (the others fade), or {@link #NO_FOCUS}. */
    public LongProperty focusedOfferIdProperty() {
        return focusedOfferId;
    }

    /** Focuses an offer's curve, or unfocuses it when it is focused already. */
    public void toggleFocus(long offerId) {
        focusedOfferId.set(focusedOfferId.get() == offerId ? NO_FOCUS : offerId);
    }

    public void clearFocus() {
        focusedOfferId.set(NO_FOCUS);
    }

    // ---- commands

    /** Adds a free factor at the end and selects it; a blank name adds nothing. */
    public void addFactor(String name) {
        edits.addFactor(name);
    }

    /** Turns a promise or customer item into a factor at the end and selects it. */
    public void addFactorFrom(long itemId) {
        edits.addFactorFrom(itemId);
    }

    public void renameFactor(long factorId, String name) {
        edits.renameFactor(factorId, name);
    }

    /** Deletes a factor with its ratings and links; Undo brings them back. */
    public void deleteFactor(long factorId) {
        edits.deleteFactor(factorId);
    }

    /** Moves a factor to {@code index} in the order (clamped to the ends). */
    public void moveFactor(long factorId, int index) {
        edits.moveFactor(factorId, index);
    }

    /** Moves the selected factor up (negative) or down (positive) by {@code delta} places. */
    public void moveSelected(int delta) {
        edits.moveSelected(delta);
    }

    /** Rates one cell 1-5, or {@link Rating#UNKNOWN} to blank it. */
    public void rate(long factorId, long offerId, int score) {
        edits.rate(factorId, offerId, score);
    }

    /** Sets the evidence note of one cell. */
    public void noteRating(long factorId, long offerId, String note) {
        edits.noteRating(factorId, offerId, note);
    }

    /** Puts a factor on the four actions grid (NONE takes it off) with a note saying why. */
    public void setAction(long factorId, FourAction action, String note) {
        edits.setAction(factorId, action, note);
    }

    /** Moves a factor to another box of the four actions grid, keeping its note. */
    public void setAction(long factorId, FourAction action) {
        edits.setAction(factorId, action);
    }

    /** Links or unlinks the selected factor and a customer item, which weights the factor by its importance. */
    public void setLinked(long factorId, long customerItemId, boolean linked) {
        edits.setLinked(factorId, customerItemId, linked);
    }

    /** Adds a promise to the canvas for a factor to raise or create; the canvas selects the new promise. */
    public void makePromise(long factorId) {
        edits.makePromise(factorId);
    }

    // ---- refreshing from the committed canvas

    private void refreshSoon() {
        if (active.get()) {
            refresh();
        } else {
            refreshWaiting = true; // caught up with when the tab is shown
        }
    }

    /** A refresh may move the selection more than once and shows it once, at its end. */
    private void updateSelectionUnlessRefreshing() {
        if (!refreshing) {
            updateSelection();
        }
    }

    private void refresh() {
        refreshing = true;
        boolean hasCanvas;
        try {
            hasCanvas = refreshContent();
        } finally {
            refreshing = false;
        }
        updateSelection();
        if (!hasCanvas) {
            return;
        }
        updateChart();
        differentiation.query();
    }

    /** Takes the committed canvas's offers, factors and ratings; false when there is no canvas. */
    private boolean refreshContent() {
        refreshWaiting = false;
        CanvasContent content = workbench.canvas().orElse(null);
        long canvasId = content == null ? 0 : content.canvas().id();
        if (canvasId != shownCanvas) {
            shownCanvas = canvasId;
            focusedOfferId.set(NO_FOCUS);
            selection.reset();
            differentiation.clear();
            lists.forgetDelivered();
        }
        if (content == null) {
            lists.clear();
            state.set(State.NO_CANVAS);
            return false;
        }
        lists.take(content);
        Strategy strategy = content.strategy();
        state.set(strategy.isEmpty() ? State.NO_FACTORS : State.READY);
        selection.keepWithin(strategy, content.offers());
        if (focusedOfferId.get() != NO_FOCUS
                && content.offers().stream().noneMatch(o -> o.id() == focusedOfferId.get())) {
            focusedOfferId.set(NO_FOCUS);
        }
        return true;
    }

    private void updateChart() {
        lists.takeLabels(workbench.canvas().map(c -> c.strategy().factors()).orElse(List.of()));
        updateCurves();
    }

    private void updateSelection() {
        selection.update(workbench.canvas().orElse(null));
    }

    private void updateCurves() {
        lists.updateCurves(differentiation.deliveredByFactor(), showDelivered.get());
    }

    // ---- helpers

    static StrategyUseCases strategy(WorkbenchSession session) {
        return new StrategyUseCases(session.current(), new GapUseCases(session.current()));
    }
}
