package org.valuebench.ui.strategy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.valuebench.analysis.DifferentiationAnalysis;
import org.valuebench.analysis.DifferentiationReport;
import org.valuebench.analysis.FactorStanding;
import org.valuebench.app.Change;
import org.valuebench.app.feedback.GapUseCases;
import org.valuebench.app.strategy.StrategyUseCases;
import org.valuebench.domain.CanvasContent;
import org.valuebench.domain.Factor;
import org.valuebench.domain.FourAction;
import org.valuebench.domain.Item;
import org.valuebench.domain.Offer;
import org.valuebench.domain.Rating;
import org.valuebench.domain.Section;
import org.valuebench.domain.Strategy;
import org.valuebench.ui.fx.GapLabels;
import org.valuebench.ui.gaps.GapFigure;
import org.valuebench.ui.workbench.WorkbenchSession;
import org.valuebench.ui.workbench.WorkbenchViewModel;

/**
 * The Strategy tab's state: the offers and factors of the shown canvas as a ratings grid, the value curves, the
 * four actions, the differentiation analysis with self-explaining figures, and the selected factor and cell;
 * with commands for every strategy edit. Edits go through the window's model, so they run on the database
 * thread, join its one undo history and come back as the same committed canvas the other tabs show. The
 * analysis (which needs the feedback's delivered levels) is asked for on the database thread after each change.
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
    private final ObservableList<Offer> offers = FXCollections.observableArrayList();
    private final ObservableList<StrategyRow> rows = FXCollections.observableArrayList();
    private final ObservableList<Item> candidates = FXCollections.observableArrayList();
    private final ObservableList<StrategyCurve> curves = FXCollections.observableArrayList();
    private final ObservableList<String> factorLabels = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<DifferentiationReport> report = new ReadOnlyObjectWrapper<>();
    private final ObservableList<StrategyFigures.StandingRow> standings = FXCollections.observableArrayList();
    private final ObservableList<StrategyFigures.RivalRow> rivals = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<GapFigure> summary =
            new ReadOnlyObjectWrapper<>(StrategyFigures.summary(null));

    private final LongProperty selectedFactorId = new SimpleLongProperty();
    private final LongProperty selectedOfferId = new SimpleLongProperty(Offer.OURS);
    private final ReadOnlyObjectWrapper<Factor> selectedFactor = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Rating> selectedRating = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Offer> selectedOffer = new ReadOnlyObjectWrapper<>();
    private final ObservableList<LinkChoice> linkChoices = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper canMakePromise = new ReadOnlyBooleanWrapper();

    private final BooleanProperty showDelivered = new SimpleBooleanProperty();
    private final ReadOnlyBooleanWrapper hasDelivered = new ReadOnlyBooleanWrapper();
    private final LongProperty focusedOfferId = new SimpleLongProperty(NO_FOCUS);
    private final BooleanProperty active = new SimpleBooleanProperty(true);

    private Map<Long, Double> deliveredByFactor = Map.of();
    private long shownCanvas;
    private boolean stale = true;
    private boolean querying;
    private boolean queryAgain;
    private boolean refreshWaiting;
    private boolean refreshing;

    /**
     * A model that follows each change of the canvas while its tab shows ({@link #activeProperty()}), and
     * catches up with the changes made meanwhile when it is shown again.
     */
    public StrategyViewModel(WorkbenchViewModel workbench) {
        this.workbench = workbench;
        workbench.revisionProperty().addListener(o -> refreshSoon());
        selectedFactorId.addListener(o -> updateSelectionUnlessRefreshing());
        selectedOfferId.addListener(o -> updateSelectionUnlessRefreshing());
        showDelivered.addListener(o -> updateCurves());
        active.addListener((obs, was, now) -> {
            if (now && refreshWaiting) {
                refresh();
            } else if (now && stale) {
                queryReport();
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
        return offers;
    }

    /** The factors in order, each with its ratings in the order of {@link #offers()}. */
    public ObservableList<StrategyRow> rows() {
        return rows;
    }

    /** The promises and customer items that are not factors yet, for "Add from canvas". */
    public ObservableList<Item> candidates() {
        return candidates;
    }

    /** The x axis of the strategy canvas: the factors' names in order, made unique. */
    public ObservableList<String> factorLabels() {
        return factorLabels;
    }

    /** One curve per offer (and our delivered curve while shown), levels in factor order, null where unknown. */
    public ObservableList<StrategyCurve> curves() {
        return curves;
    }

    public ReadOnlyObjectProperty<DifferentiationReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    /** The differentiation panel's rows, in the report's order (me-too first). */
    public ObservableList<StrategyFigures.StandingRow> standings() {
        return standings;
    }

    public ObservableList<StrategyFigures.RivalRow> rivals() {
        return rivals;
    }

    public ReadOnlyObjectProperty<GapFigure> summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** False while the tab is hidden: the analysis waits until it shows again. */
    public BooleanProperty activeProperty() {
        return active;
    }

    // ---- selection

    /** The factor the side panel edits; 0 for none. Views set it from the grid. */
    public LongProperty selectedFactorIdProperty() {
        return selectedFactorId;
    }

    /** The offer of the selected grid cell. */
    public LongProperty selectedOfferIdProperty() {
        return selectedOfferId;
    }

    public ReadOnlyObjectProperty<Factor> selectedFactorProperty() {
        return selectedFactor.getReadOnlyProperty();
    }

    /** The selected cell's rating (blank when nothing is stored), or null when no factor is selected. */
    public ReadOnlyObjectProperty<Rating> selectedRatingProperty() {
        return selectedRating.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Offer> selectedOfferProperty() {
        return selectedOffer.getReadOnlyProperty();
    }

    /** The canvas's wants, needs and fears for the selected factor: which weight it, and which are fixed. */
    public ObservableList<LinkChoice> linkChoices() {
        return linkChoices;
    }

    public ReadOnlyBooleanProperty canMakePromiseProperty() {
        return canMakePromise.getReadOnlyProperty();
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
        return factor(factorId).map(Factor::action).orElse(FourAction.NONE);
    }

    public void select(long factorId, long offerId) {
        selectedOfferId.set(offerId);
        selectedFactorId.set(factorId);
    }

    // ---- chart

    /** Adds our delivered curve (from feedback) beside the promised one. */
    public BooleanProperty showDeliveredProperty() {
        return showDelivered;
    }

    /** True when at least one factor has a delivered level, so the delivered curve has something to show. */
    public ReadOnlyBooleanProperty hasDeliveredProperty() {
        return hasDelivered.getReadOnlyProperty();
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
        long canvasId = workbench.canvasId();
        if (canvasId == 0 || name == null || name.isBlank()) {
            return;
        }
        Set<Long> before = factorIds();
        edit(s -> s.addFactor(canvasId, name, -1), change -> selectNewFactor(before));
    }

    /** Turns a promise or customer item into a factor at the end and selects it. */
    public void addFactorFrom(long itemId) {
        Set<Long> before = factorIds();
        edit(s -> s.addFactorFrom(itemId, -1), change -> selectNewFactor(before));
    }

    public void renameFactor(long factorId, String name) {
        Optional<Factor> factor = factor(factorId);
        if (factor.isEmpty() || name == null || name.strip().equals(factor.get().name())) {
            return;
        }
        edit(s -> s.renameFactor(factorId, name), null);
    }

    /** Deletes a factor with its ratings and links; Undo brings them back. */
    public void deleteFactor(long factorId) {
        if (factor(factorId).isPresent()) {
            edit(s -> s.deleteFactor(factorId), null);
        }
    }

    /** Moves a factor to {@code index} in the order (clamped to the ends). */
    public void moveFactor(long factorId, int index) {
        Optional<Factor> factor = factor(factorId);
        if (factor.isPresent() && index != factor.get().position() && index >= 0 && index < rows.size()) {
            edit(s -> s.moveFactor(factorId, index), null);
        }
    }

    /** Moves the selected factor up (negative) or down (positive) by {@code delta} places. */
    public void moveSelected(int delta) {
        factor(selectedFactorId.get()).ifPresent(f -> moveFactor(f.id(), f.position() + delta));
    }

    /** Rates one cell 1-5, or {@link Rating#UNKNOWN} to blank it. */
    public void rate(long factorId, long offerId, int score) {
        Optional<StrategyRow> row = row(factorId);
        if (row.isEmpty() || row.get().cell(offerId).score() == score) {
            return;
        }
        edit(s -> s.rate(factorId, offerId, score), null);
    }

    /** Sets the evidence note of one cell. */
    public void noteRating(long factorId, long offerId, String note) {
        Optional<StrategyRow> row = row(factorId);
        String text = note == null ? "" : note.strip();
        if (row.isEmpty() || row.get().cell(offerId).note().equals(text)) {
            return;
        }
        edit(s -> s.noteRating(factorId, offerId, text), null);
    }

    /** Puts a factor on the four actions grid (NONE takes it off) with a note saying why. */
    public void setAction(long factorId, FourAction action, String note) {
        Optional<Factor> factor = factor(factorId);
        String text = note == null ? "" : note.strip();
        if (factor.isEmpty() || factor.get().action() == action && factor.get().actionNote().equals(text)) {
            return;
        }
        edit(s -> s.setAction(factorId, action, text), null);
    }

    /** Moves a factor to another box of the four actions grid, keeping its note. */
    public void setAction(long factorId, FourAction action) {
        factor(factorId).ifPresent(f -> setAction(factorId, action, f.actionNote()));
    }

    /** Links or unlinks the selected factor and a customer item, which weights the factor by its importance. */
    public void setLinked(long factorId, long customerItemId, boolean linked) {
        if (factor(factorId).isEmpty()) {
            return;
        }
        edit(s -> linked ? s.linkFactor(factorId, customerItemId) : s.unlinkFactor(factorId, customerItemId), null);
    }

    /** Adds a promise to the canvas for a factor to raise or create; the canvas selects the new promise. */
    public void makePromise(long factorId) {
        edit(s -> s.promiseFromFactor(factorId), change -> change.canvas()
                .flatMap(c -> c.item(change.focusItemId()))
                .ifPresent(p -> workbench.notice("Added the promise “" + p.text() + "” to " + p.section().title()
                        + " with target " + p.promiseTarget() + "; it is selected on the Canvas tab")));
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
        queryReport();
    }

    /** Takes the committed canvas's offers, factors and ratings; false when there is no canvas. */
    private boolean refreshContent() {
        refreshWaiting = false;
        CanvasContent content = workbench.canvas().orElse(null);
        long canvasId = content == null ? 0 : content.canvas().id();
        if (canvasId != shownCanvas) {
            shownCanvas = canvasId;
            deliveredByFactor = Map.of();
            focusedOfferId.set(NO_FOCUS);
            selectedFactorId.set(0);
            selectedOfferId.set(Offer.OURS);
            clearReport();
        }
        if (content == null) {
            offers.clear();
            rows.clear();
            candidates.clear();
            factorLabels.clear();
            curves.clear();
            state.set(State.NO_CANVAS);
            return false;
        }
        List<Offer> nextOffers = content.offers();
        if (!offers.equals(nextOffers)) {
            offers.setAll(nextOffers);
        }
        Strategy strategy = content.strategy();
        List<StrategyRow> nextRows = strategy.factors().stream().map(f -> new StrategyRow(f,
                nextOffers.stream().map(o -> strategy.rating(f.id(), o.id())).toList())).toList();
        replace(rows, nextRows);
        replace(candidates, candidates(content));
        state.set(strategy.isEmpty() ? State.NO_FACTORS : State.READY);
        if (strategy.factor(selectedFactorId.get()).isEmpty()) {
            selectedFactorId.set(strategy.isEmpty() ? 0 : strategy.factors().get(0).id());
        }
        if (nextOffers.stream().noneMatch(o -> o.id() == selectedOfferId.get())) {
            selectedOfferId.set(Offer.OURS);
        }
        if (focusedOfferId.get() != NO_FOCUS && nextOffers.stream().noneMatch(o -> o.id() == focusedOfferId.get())) {
            focusedOfferId.set(NO_FOCUS);
        }
        return true;
    }

    private void updateChart() {
        List<String> nextLabels = workbench.canvas().map(c -> labels(c.strategy().factors())).orElse(List.of());
        if (!factorLabels.equals(nextLabels)) {
            factorLabels.setAll(nextLabels); // at once: a chart axis refuses a moment with a name twice
        }
        updateCurves();
    }

    private void clearReport() {
        report.set(null);
        standings.clear();
        rivals.clear();
        summary.set(StrategyFigures.summary(null));
        hasDelivered.set(false);
    }

    private static List<Item> candidates(CanvasContent content) {
        Set<Long> sources = content.strategy().factors().stream().map(Factor::sourceItemId)
                .collect(Collectors.toSet());
        List<Item> result = new ArrayList<>();
        content.promises().stream().filter(i -> !sources.contains(i.id())).forEach(result::add);
        for (Section section : List.of(Section.WANTS, Section.NEEDS, Section.FEARS)) {
            content.itemsIn(section).stream().filter(i -> !sources.contains(i.id())).forEach(result::add);
        }
        return result;
    }

    /** Factor names for the chart's category axis: short enough to read along it, and unique as it needs them. */
    private static List<String> labels(List<Factor> factors) {
        List<String> labels = new ArrayList<>();
        for (Factor factor : factors) {
            String name = GapLabels.shortText(factor.name(), LABEL_LENGTH);
            String label = name;
            for (int n = 2; labels.contains(label); n++) {
                label = name + " (" + n + ")";
            }
            labels.add(label);
        }
        return labels;
    }

    private void updateSelection() {
        CanvasContent content = workbench.canvas().orElse(null);
        Factor factor = content == null ? null : content.strategy().factor(selectedFactorId.get()).orElse(null);
        Offer offer = content == null ? null : content.offers().stream()
                .filter(o -> o.id() == selectedOfferId.get()).findFirst().orElse(null);
        if (!Objects.equals(selectedFactor.get(), factor)) {
            selectedFactor.set(factor);
        }
        selectedOffer.set(offer);
        Rating rating = factor == null || offer == null ? null : content.strategy().rating(factor.id(), offer.id());
        if (!Objects.equals(selectedRating.get(), rating)) {
            selectedRating.set(rating);
        }
        canMakePromise.set(factor != null && factor.action().asksForMore()
                && content.item(factor.sourceItemId()).map(i -> !i.promise()).orElse(true));
        replace(linkChoices, factor == null ? List.of() : linkChoices(content, factor));
    }

    private static List<LinkChoice> linkChoices(CanvasContent content, Factor factor) {
        Set<Long> linked = content.strategy().customerItemsOf(factor.id());
        Set<Long> all = DifferentiationAnalysis.customerItems(content, factor);
        List<LinkChoice> choices = new ArrayList<>();
        for (Section section : List.of(Section.WANTS, Section.NEEDS, Section.FEARS)) {
            for (Item item : content.itemsIn(section)) {
                boolean derived = all.contains(item.id()) && !linked.contains(item.id());
                choices.add(new LinkChoice(item, linked.contains(item.id()) || derived, derived));
            }
        }
        return choices;
    }

    private void updateCurves() {
        List<StrategyCurve> next = new ArrayList<>();
        for (int column = 0; column < offers.size(); column++) {
            int c = column;
            List<Double> levels = rows.stream().map(r -> {
                Rating rating = r.cells().get(c);
                return rating.isKnown() ? (double) rating.score() : null;
            }).toList();
            next.add(new StrategyCurve(offers.get(c), levels, false));
        }
        List<Double> delivered = rows.stream().map(r -> deliveredByFactor.get(r.factorId())).toList();
        hasDelivered.set(delivered.stream().anyMatch(Objects::nonNull));
        if (showDelivered.get() && hasDelivered.get() && !offers.isEmpty()) {
            next.add(1, new StrategyCurve(offers.get(0), delivered, true));
        }
        replace(curves, next);
    }

    private void queryReport() {
        if (!active.get()) {
            stale = true;
            return;
        }
        stale = false;
        if (querying) {
            queryAgain = true;
            return;
        }
        CanvasContent content = workbench.canvas().orElse(null);
        if (content == null) {
            return;
        }
        querying = true;
        queryAgain = false;
        workbench.onDatabase(s -> strategy(s).differentiation(content), result -> {
            querying = false;
            if (queryAgain) {
                queryReport();
            } else if (content.canvas().id() == workbench.canvasId()) {
                show(content, result);
            }
        }, error -> {
            querying = false;
            workbench.reportFailure("Strategy", error);
        });
    }

    private void show(CanvasContent content, DifferentiationReport result) {
        report.set(result);
        replace(standings, result.factors().stream().map(s -> StrategyFigures.row(s, content)).toList());
        replace(rivals, result.rivals().stream().map(StrategyFigures::rival).toList());
        summary.set(StrategyFigures.summary(result));
        Map<Long, Double> delivered = new HashMap<>();
        for (FactorStanding s : result.factors()) {
            if (s.delivered() != null) {
                delivered.put(s.factor().id(), s.delivered());
            }
        }
        deliveredByFactor = Map.copyOf(delivered);
        updateCurves();
    }

    // ---- helpers

    private static StrategyUseCases strategy(WorkbenchSession session) {
        return new StrategyUseCases(session.current(), new GapUseCases(session.current()));
    }

    private void edit(Function<StrategyUseCases, Change> work, Consumer<Change> onDone) {
        workbench.edit(s -> work.apply(strategy(s)), onDone,
                error -> workbench.reportFailure("Strategy", error));
    }

    private Set<Long> factorIds() {
        return rows.stream().map(StrategyRow::factorId).collect(Collectors.toSet());
    }

    private void selectNewFactor(Set<Long> before) {
        rows.stream().map(StrategyRow::factorId).filter(id -> !before.contains(id)).findFirst()
                .ifPresent(id -> select(id, selectedOfferId.get()));
    }

    private Optional<Factor> factor(long factorId) {
        return row(factorId).map(StrategyRow::factor);
    }

    private Optional<StrategyRow> row(long factorId) {
        return rows.stream().filter(r -> r.factorId() == factorId).findFirst();
    }

    /**
     * Replaces the list's contents in one change: a single element that differs is set in its place (a rating
     * keeps the grid's cell and selection); more are replaced all at once. Setting them one by one made a list
     * change per element, and the views rebuilt themselves for each: opening another canvas with as many factors
     * rebuilt the four actions grid once per factor and the chart once per offer.
     */
    private static <T> void replace(ObservableList<T> list, List<T> next) {
        int differing = -1;
        if (list.size() == next.size()) {
            for (int i = 0; i < next.size(); i++) {
                if (!Objects.equals(list.get(i), next.get(i))) {
                    if (differing >= 0) {
                        list.setAll(next);
                        return;
                    }
                    differing = i;
                }
            }
            if (differing >= 0) {
                list.set(differing, next.get(differing));
            }
        } else {
            list.setAll(next);
        }
    }
}
