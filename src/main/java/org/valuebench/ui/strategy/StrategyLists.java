package org.valuebench.ui.strategy;

import static org.valuebench.ui.strategy.ListReplacement.replace;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.valuebench.domain.CanvasContent;
import org.valuebench.domain.Factor;
import org.valuebench.domain.Item;
import org.valuebench.domain.Offer;
import org.valuebench.domain.Rating;
import org.valuebench.domain.Section;
import org.valuebench.domain.Strategy;
import org.valuebench.ui.fx.GapLabels;

/**
 * What the ratings grid, the strategy canvas and "Add from canvas" list, taken from the committed canvas: the
 * offers, the factors with their ratings, the items that are not factors yet, the chart's axis labels and the
 * value curves.
 */
final class StrategyLists {
    private final ObservableList<Offer> offers = FXCollections.observableArrayList();
    private final ObservableList<StrategyRow> rows = FXCollections.observableArrayList();
    private final ObservableList<Item> candidates = FXCollections.observableArrayList();
    private final ObservableList<StrategyCurve> curves = FXCollections.observableArrayList();
    private final ObservableList<String> factorLabels = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper hasDelivered = new ReadOnlyBooleanWrapper();

    ObservableList<Offer> offers() {
        return offers;
    }

    ObservableList<StrategyRow> rows() {
        return rows;
    }

    ObservableList<Item> candidates() {
        return candidates;
    }

    ObservableList<StrategyCurve> curves() {
        return curves;
    }

    ObservableList<String> factorLabels() {
        return factorLabels;
    }

    ReadOnlyBooleanProperty hasDelivered() {
        return hasDelivered.getReadOnlyProperty();
    }

    /** No canvas: nothing to list. */
    void clear() {
        offers.clear();
        rows.clear();
        candidates.clear();
        factorLabels.clear();
        curves.clear();
    }

    /** Takes the canvas's offers, factors with their ratings, and the items that could become factors. */
    void take(CanvasContent content) {
        List<Offer> nextOffers = content.offers();
        if (!offers.equals(nextOffers)) {
            offers.setAll(nextOffers);
        }
        Strategy strategy = content.strategy();
        List<StrategyRow> nextRows = strategy.factors().stream().map(f -> new StrategyRow(f,
                nextOffers.stream().map(o -> strategy.rating(f.id(), o.id())).toList())).toList();
        replace(rows, nextRows);
        replace(candidates, candidates(content));
    }

    /** Takes the factors' names for the chart's axis. */
    void takeLabels(List<Factor> factors) {
        List<String> nextLabels = labels(factors);
        if (!factorLabels.equals(nextLabels)) {
            factorLabels.setAll(nextLabels); // at once: a chart axis refuses a moment with a name twice
        }
    }

    /** Draws one curve per offer from the ratings, and our delivered one beside ours when it is asked for. */
    void updateCurves(Map<Long, Double> deliveredByFactor, boolean showDelivered) {
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
        if (showDelivered && hasDelivered.get() && !offers.isEmpty()) {
            next.add(1, new StrategyCurve(offers.get(0), delivered, true));
        }
        replace(curves, next);
    }

    /** A new canvas: no delivered levels until its analysis answers. */
    void forgetDelivered() {
        hasDelivered.set(false);
    }

    Optional<StrategyRow> row(long factorId) {
        return rows.stream().filter(r -> r.factorId() == factorId).findFirst();
    }

    Optional<Factor> factor(long factorId) {
        return row(factorId).map(StrategyRow::factor);
    }

    Set<Long> factorIds() {
        return rows.stream().map(StrategyRow::factorId).collect(Collectors.toSet());
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
            String name = GapLabels.shortText(factor.name(), StrategyViewModel.LABEL_LENGTH);
            String label = name;
            for (int n = 2; labels.contains(label); n++) {
                label = name + " (" + n + ")";
            }
            labels.add(label);
        }
        return labels;
    }
}
