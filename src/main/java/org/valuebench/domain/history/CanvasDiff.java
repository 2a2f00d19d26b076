package org.valuebench.domain.history;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.valuebench.domain.Canvas;
import org.valuebench.domain.CanvasContent;
import org.valuebench.domain.Factor;
import org.valuebench.domain.FactorLink;
import org.valuebench.domain.FitLink;
import org.valuebench.domain.Item;
import org.valuebench.domain.Rating;
import org.valuebench.domain.Section;
import org.valuebench.domain.Strategy;
import org.valuebench.domain.workshop.WorkshopRecord;

/**
 * What changed from one snapshot to another. Two snapshots of <b>one canvas</b> (the same canvas id) match items and
 * factors by id, so an edited card is one change. Two <b>different canvases</b> share no ids: items are matched by
 * section and text (the n-th card with a text in a section to the n-th with the same text there), factors by name,
 * so an item whose text changed reads as one removed and one added, and workshops are not matched at all.
 *
 * <p>Everything is kept, so that {@link #applyTo} gives back the after content exactly; what a user calls a change
 * is narrower: a card merely moved within its column ({@link ItemField#POSITION}) or a factor merely moved along
 * the axis is not in {@link #changed()} / {@link #changedFactors()}, and the canvas's timestamps are not in
 * {@link #canvasFields()}. Links, factor links and ratings are sets: {@code applyTo} gives them in a fixed order
 * (by their ids).
 *
 * @param pairs        every matched item whose record differs at all (its id too, between two canvases)
 * @param factorPairs  every matched factor whose record differs at all
 * @param itemMatch    the before id of every matched item to its after id
 * @param factorMatch  the before id of every matched factor to its after id
 * @param linksRemoved links of the before snapshot (its ids) that the after one lacks
 * @param linksAdded   links of the after snapshot (its ids) that the before one lacks
 */
public record CanvasDiff(boolean sameCanvas, Canvas canvasBefore, Canvas canvasAfter,
                         List<Item> added, List<Item> removed, List<ItemChange> pairs,
                         List<FitLink> linksAdded, List<FitLink> linksRemoved,
                         List<Factor> factorsAdded, List<Factor> factorsRemoved, List<FactorChange> factorPairs,
                         List<FactorLink> factorLinksAdded, List<FactorLink> factorLinksRemoved,
                         List<Rating> ratingsAdded, List<Rating> ratingsRemoved, List<RatingChange> ratingsChanged,
                         List<WorkshopRecord> workshopsAdded, List<WorkshopRecord> workshopsRemoved,
                         List<WorkshopRecord> workshopsUpdated,
                         Map<Long, Long> itemMatch, Map<Long, Long> factorMatch) {

    static final Comparator<FitLink> LINK_ORDER = Comparator.comparingLong(FitLink::offeringItemId)
            .thenComparingLong(FitLink::customerItemId);
    static final Comparator<FactorLink> FACTOR_LINK_ORDER = Comparator.comparingLong(FactorLink::factorId)
            .thenComparingLong(FactorLink::customerItemId);
    static final Comparator<Rating> RATING_ORDER = Comparator.comparingLong(Rating::factorId)
            .thenComparingLong(Rating::offerId);

    public CanvasDiff {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        pairs = List.copyOf(pairs);
        linksAdded = List.copyOf(linksAdded);
        linksRemoved = List.copyOf(linksRemoved);
        factorsAdded = List.copyOf(factorsAdded);
        factorsRemoved = List.copyOf(factorsRemoved);
        factorPairs = List.copyOf(factorPairs);
        factorLinksAdded = List.copyOf(factorLinksAdded);
        factorLinksRemoved = List.copyOf(factorLinksRemoved);
        ratingsAdded = List.copyOf(ratingsAdded);
        ratingsRemoved = List.copyOf(ratingsRemoved);
        ratingsChanged = List.copyOf(ratingsChanged);
        workshopsAdded = List.copyOf(workshopsAdded);
        workshopsRemoved = List.copyOf(workshopsRemoved);
        workshopsUpdated = List.copyOf(workshopsUpdated);
        itemMatch = Map.copyOf(itemMatch);
        factorMatch = Map.copyOf(factorMatch);
    }

    /** The difference between two snapshots, their workshop records included. */
    public static CanvasDiff between(CanvasSnapshot before, CanvasSnapshot after) {
        return CanvasDiffer.diff(before.content(), after.content(), before.workshops(), after.workshops());
    }

    /** The difference between two contents (no workshops). */
    public static CanvasDiff between(CanvasContent before, CanvasContent after) {
        return CanvasDiffer.diff(before, after, List.of(), List.of());
    }

    /** The cards that changed as a user sees it (not those only moved within their column). */
    public List<ItemChange> changed() {
        return pairs.stream().filter(ItemChange::isShown).toList();
    }

    /** The factors renamed, moved on the four actions grid, re-noted or given another source. */
    public List<FactorChange> changedFactors() {
        return factorPairs.stream().filter(FactorChange::isShown).toList();
    }

    /** The canvas's own fields that changed: "name", "segment", "offering", "notes". */
    public List<String> canvasFields() {
        List<String> fields = new ArrayList<>();
        if (!canvasBefore.name().equals(canvasAfter.name())) {
            fields.add("name");
        }
        if (!canvasBefore.segment().equals(canvasAfter.segment())) {
            fields.add("segment");
        }
        if (!canvasBefore.offering().equals(canvasAfter.offering())) {
            fields.add("offering");
        }
        if (!canvasBefore.notes().equals(canvasAfter.notes())) {
            fields.add("notes");
        }
        return List.copyOf(fields);
    }

    public List<Item> addedIn(Section section) {
        return added.stream().filter(i -> i.section() == section).toList();
    }

    public List<Item> removedFrom(Section section) {
        return removed.stream().filter(i -> i.section() == section).toList();
    }

    /** Whether nothing a user calls a change differs (positions and timestamps may). */
    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && changed().isEmpty() && linksAdded.isEmpty()
                && linksRemoved.isEmpty() && factorsAdded.isEmpty() && factorsRemoved.isEmpty()
                && changedFactors().isEmpty() && factorLinksAdded.isEmpty() && factorLinksRemoved.isEmpty()
                && ratingsAdded.isEmpty() && ratingsRemoved.isEmpty() && ratingsChanged.isEmpty()
                && canvasFields().isEmpty() && workshopsAdded.isEmpty() && workshopsRemoved.isEmpty();
    }

    /** The before content with this diff applied: the after content (its sets in a fixed order, see above). */
    public CanvasContent applyTo(CanvasContent before) {
        Set<Long> gone = ids(removed);
        Map<Long, Item> replaced = new HashMap<>();
        pairs.forEach(p -> replaced.put(p.before().id(), p.after()));
        List<Item> items = new ArrayList<>();
        for (Item item : before.items()) {
            if (!gone.contains(item.id())) {
                items.add(replaced.getOrDefault(item.id(), item));
            }
        }
        items.addAll(added);

        Set<FitLink> droppedLinks = new HashSet<>(linksRemoved);
        List<FitLink> links = new ArrayList<>(before.links().stream().filter(l -> !droppedLinks.contains(l))
                .map(l -> new FitLink(item(l.offeringItemId()), item(l.customerItemId()))).toList());
        links.addAll(linksAdded);
        links.sort(LINK_ORDER);

        return new CanvasContent(canvasAfter, items, links, applyTo(before.strategy()));
    }

    private Strategy applyTo(Strategy before) {
        Set<Long> goneFactors = new HashSet<>(factorsRemoved.stream().map(Factor::id).toList());
        Map<Long, Factor> replaced = new HashMap<>();
        factorPairs.forEach(p -> replaced.put(p.before().id(), p.after()));
        List<Factor> factors = new ArrayList<>();
        for (Factor factor : before.factors()) {
            if (!goneFactors.contains(factor.id())) {
                factors.add(replaced.getOrDefault(factor.id(), factor));
            }
        }
        factors.addAll(factorsAdded);

        Set<FactorLink> droppedLinks = new HashSet<>(factorLinksRemoved);
        List<FactorLink> links = new ArrayList<>(before.links().stream().filter(l -> !droppedLinks.contains(l))
                .map(l -> new FactorLink(factor(l.factorId()), item(l.customerItemId()))).toList());
        links.addAll(factorLinksAdded);
        links.sort(FACTOR_LINK_ORDER);

        Set<Rating> droppedRatings = new HashSet<>(ratingsRemoved);
        Map<List<Long>, Rating> changedCells = new HashMap<>();
        ratingsChanged.forEach(c -> changedCells.put(List.of(c.after().factorId(), c.after().offerId()), c.after()));
        List<Rating> ratings = new ArrayList<>();
        for (Rating rating : before.ratings()) {
            if (!droppedRatings.contains(rating)) {
                Rating moved = rating.withIds(factor(rating.factorId()), offer(rating.offerId()));
                ratings.add(changedCells.getOrDefault(List.of(moved.factorId(), moved.offerId()), moved));
            }
        }
        ratings.addAll(ratingsAdded);
        ratings.sort(RATING_ORDER);
        return new Strategy(factors, links, ratings);
    }

    /** The before workshop records with this diff applied, in the order of their ids. */
    public List<WorkshopRecord> applyTo(List<WorkshopRecord> before) {
        Set<Long> gone = new HashSet<>(workshopsRemoved.stream().map(w -> w.workshop().id()).toList());
        Map<Long, WorkshopRecord> updated = new HashMap<>();
        workshopsUpdated.forEach(w -> updated.put(w.workshop().id(), w));
        List<WorkshopRecord> records = new ArrayList<>();
        for (WorkshopRecord record : before) {
            if (!gone.contains(record.workshop().id())) {
                records.add(updated.getOrDefault(record.workshop().id(), record));
            }
        }
        records.addAll(workshopsAdded);
        records.sort(Comparator.comparingLong(w -> w.workshop().id()));
        return List.copyOf(records);
    }

    private long item(long beforeId) {
        return itemMatch.getOrDefault(beforeId, beforeId);
    }

    private long offer(long beforeId) {
        return beforeId == 0 ? 0 : item(beforeId);
    }

    private long factor(long beforeId) {
        return factorMatch.getOrDefault(beforeId, beforeId);
    }

    private static Set<Long> ids(List<Item> items) {
        return new HashSet<>(items.stream().map(Item::id).toList());
    }
}
