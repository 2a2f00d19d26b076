package org.valuebench.ui.strategy;

import static org.valuebench.ui.strategy.ListReplacement.replace;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleLongProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.valuebench.analysis.DifferentiationAnalysis;
import org.valuebench.domain.CanvasContent;
import org.valuebench.domain.Factor;
import org.valuebench.domain.Item;
import org.valuebench.domain.Offer;
import org.valuebench.domain.Rating;
import org.valuebench.domain.Section;
import org.valuebench.domain.Strategy;
import org.valuebench.ui.strategy.StrategyViewModel.LinkChoice;

/**
 * The selected grid cell, a factor and an offer, with what the side panel shows of them: the factor, the
 * cell's rating, the customer items the factor can be linked to, and whether it can become a promise.
 */
final class StrategySelection {
    private final LongProperty factorId = new SimpleLongProperty();
    private final LongProperty offerId = new SimpleLongProperty(Offer.OURS);
    private final ReadOnlyObjectWrapper<Factor> factor = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Rating> rating = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Offer> offer = new ReadOnlyObjectWrapper<>();
    private final ObservableList<LinkChoice> linkChoices = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper canMakePromise = new ReadOnlyBooleanWrapper();

    LongProperty factorId() {
        return factorId;
    }

    LongProperty offerId() {
        return offerId;
    }

    ReadOnlyObjectProperty<Factor> factor() {
        return factor.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<Rating> rating() {
        return rating.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<Offer> offer() {
        return offer.getReadOnlyProperty();
    }

    ObservableList<LinkChoice> linkChoices() {
        return linkChoices;
    }

    ReadOnlyBooleanProperty canMakePromise() {
        return canMakePromise.getReadOnlyProperty();
    }

    /** Selects the cell of a factor and an offer. */
    void select(long factorIdToSelect, long offerIdToSelect) {
        offerId.set(offerIdToSelect);
        factorId.set(factorIdToSelect);
    }

    /** A new canvas: no factor, our own offer. */
    void reset() {
        factorId.set(0);
        offerId.set(Offer.OURS);
    }

    /** Keeps the selection on the canvas: the first factor when the selected one is gone, ours for a gone offer. */
    void keepWithin(Strategy strategy, List<Offer> offers) {
        if (strategy.factor(factorId.get()).isEmpty()) {
            factorId.set(strategy.isEmpty() ? 0 : strategy.factors().get(0).id());
        }
        if (offers.stream().noneMatch(o -> o.id() == offerId.get())) {
            offerId.set(Offer.OURS);
        }
    }

    /** Shows the selected factor, offer and rating of {@code content} (null when there is no canvas). */
    void update(CanvasContent content) {
        Factor selected = content == null ? null : content.strategy().factor(factorId.get()).orElse(null);
        Offer cellOffer = content == null ? null : content.offers().stream()
                .filter(o -> o.id() == offerId.get()).findFirst().orElse(null);
        if (!Objects.equals(factor.get(), selected)) {
            factor.set(selected);
        }
        offer.set(cellOffer);
        Rating cell = selected == null || cellOffer == null ? null
                : content.strategy().rating(selected.id(), cellOffer.id());
        if (!Objects.equals(rating.get(), cell)) {
            rating.set(cell);
        }
        canMakePromise.set(selected != null && selected.action().asksForMore()
                && content.item(selected.sourceItemId()).map(i -> !i.promise()).orElse(true));
        replace(linkChoices, selected == null ? List.of() : linkChoices(content, selected));
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
}
