package org.valuebench.domain.history;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.valuebench.domain.CanvasContent;
import org.valuebench.domain.Factor;
import org.valuebench.domain.FactorLink;
import org.valuebench.domain.FitLink;
import org.valuebench.domain.Item;
import org.valuebench.domain.Rating;
import org.valuebench.domain.Strategy;
import org.valuebench.domain.workshop.WorkshopRecord;

/** Computes a {@link CanvasDiff}: matches items and factors, then compares everything in the after's ids. */
final class CanvasDiffer {
    private final Map<Long, Long> itemMatch;
    private final Map<Long, Long> factorMatch;

    private CanvasDiffer(Map<Long, Long> itemMatch, Map<Long, Long> factorMatch) {
        this.itemMatch = itemMatch;
        this.factorMatch = factorMatch;
    }

    static CanvasDiff diff(CanvasContent a, CanvasContent b, List<WorkshopRecord> workshopsA,
                           List<WorkshopRecord> workshopsB) {
        boolean same = a.canvas().id() == b.canvas().id();
        Map<Long, Long> items = same ? byId(a.items(), b.items(), Item::id)
                : byKey(a.items(), b.items(), Item::id, i -> i.section() + "\u0000" + i.text().strip());
        Map<Long, Long> factors = same ? byId(a.strategy().factors(), b.strategy().factors(), Factor::id)
                : byKey(a.strategy().factors(), b.strategy().factors(), Factor::id, f -> f.name().strip());
        return new CanvasDiffer(items, factors).diff(same, a, b, workshopsA, workshopsB);
    }

    private CanvasDiff diff(boolean same, CanvasContent a, CanvasContent b, List<WorkshopRecord> workshopsA,
                            List<WorkshopRecord> workshopsB) {
        Map<Long, Item> itemsB = b.itemsById();
        Set<Long> matchedB = new HashSet<>(itemMatch.values());
        List<Item> removed = a.items().stream().filter(i -> !itemMatch.containsKey(i.id())).toList();
        List<Item> added = b.items().stream().filter(i -> !matchedB.contains(i.id())).toList();
        List<ItemChange> pairs = new ArrayList<>();
        for (Item before : a.items()) {
            Long afterId = itemMatch.get(before.id());
            if (afterId != null && !before.equals(itemsB.get(afterId))) {
                pairs.add(new ItemChange(before, itemsB.get(afterId)));
            }
        }
        Set<FitLink> linksB = new HashSet<>(b.links());
        Set<FitLink> linksAMapped = new HashSet<>();
        List<FitLink> linksRemoved = new ArrayList<>();
        for (FitLink link : a.links()) {
            FitLink mapped = mapped(link);
            if (mapped != null && linksB.contains(mapped)) {
                linksAMapped.add(mapped);
            } else {
                linksRemoved.add(link);
            }
        }
        List<FitLink> linksAdded = b.links().stream().filter(l -> !linksAMapped.contains(l)).toList();

        Strategy sa = a.strategy();
        Strategy sb = b.strategy();
        Set<Long> factorsMatchedB = new HashSet<>(factorMatch.values());
        List<Factor> factorsRemoved = sa.factors().stream().filter(f -> !factorMatch.containsKey(f.id())).toList();
        List<Factor> factorsAdded = sb.factors().stream().filter(f -> !factorsMatchedB.contains(f.id())).toList();
        List<FactorChange> factorPairs = new ArrayList<>();
        for (Factor before : sa.factors()) {
            Long afterId = factorMatch.get(before.id());
            if (afterId != null) {
                Factor after = sb.factor(afterId).orElseThrow();
                if (!before.equals(after)) {
                    factorPairs.add(new FactorChange(before, after, source(before) != after.sourceItemId()));
                }
            }
        }

        Set<FactorLink> factorLinksB = new HashSet<>(sb.links());
        Set<FactorLink> factorLinksKept = new HashSet<>();
        List<FactorLink> factorLinksRemoved = new ArrayList<>();
        for (FactorLink link : sa.links()) {
            Long factor = factorMatch.get(link.factorId());
            Long item = itemMatch.get(link.customerItemId());
            FactorLink mapped = factor == null || item == null ? null : new FactorLink(factor, item);
            if (mapped != null && factorLinksB.contains(mapped)) {
                factorLinksKept.add(mapped);
            } else {
                factorLinksRemoved.add(link);
            }
        }
        List<FactorLink> factorLinksAdded = sb.links().stream().filter(l -> !factorLinksKept.contains(l)).toList();

        Map<List<Long>, Rating> ratingsB = new LinkedHashMap<>();
        sb.ratings().forEach(r -> ratingsB.put(List.of(r.factorId(), r.offerId()), r));
        Set<List<Long>> ratingsKept = new HashSet<>();
        List<Rating> ratingsRemoved = new ArrayList<>();
        List<RatingChange> ratingsChanged = new ArrayList<>();
        for (Rating rating : sa.ratings()) {
            Long factor = factorMatch.get(rating.factorId());
            Long offer = rating.offerId() == 0 ? Long.valueOf(0) : itemMatch.get(rating.offerId());
            Rating after = factor == null || offer == null ? null : ratingsB.get(List.of(factor, offer));
            if (after == null) {
                ratingsRemoved.add(rating);
                continue;
            }
            ratingsKept.add(List.of(factor, offer));
            if (rating.score() != after.score() || !rating.note().equals(after.note())) {
                ratingsChanged.add(new RatingChange(rating, after));
            }
        }
        List<Rating> ratingsAdded = ratingsB.entrySet().stream().filter(e -> !ratingsKept.contains(e.getKey()))
                .map(Map.Entry::getValue).toList();

        // Workshops are matched only within one canvas: another canvas's workshops are other meetings.
        Map<Long, WorkshopRecord> workshopsById = new HashMap<>();
        (same ? workshopsA : List.<WorkshopRecord>of()).forEach(w -> workshopsById.put(w.workshop().id(), w));
        Set<Long> workshopIdsB = new HashSet<>(workshopsB.stream().map(w -> w.workshop().id()).toList());
        List<WorkshopRecord> workshopsAdded = workshopsB.stream()
                .filter(w -> !workshopsById.containsKey(w.workshop().id())).toList();
        List<WorkshopRecord> workshopsUpdated = workshopsB.stream()
                .filter(w -> workshopsById.containsKey(w.workshop().id()))
                .filter(w -> !w.equals(workshopsById.get(w.workshop().id()))).toList();
        List<WorkshopRecord> workshopsRemoved = workshopsA.stream()
                .filter(w -> !same || !workshopIdsB.contains(w.workshop().id())).toList();

        return new CanvasDiff(same, a.canvas(), b.canvas(), added, removed, pairs, linksAdded, linksRemoved,
                factorsAdded, factorsRemoved, factorPairs, factorLinksAdded, factorLinksRemoved, ratingsAdded,
                ratingsRemoved, ratingsChanged, workshopsAdded, workshopsRemoved, workshopsUpdated, itemMatch,
                factorMatch);
    }

    /** The link in the after's ids, or null when one of its ends has no match. */
    private FitLink mapped(FitLink link) {
        Long offering = itemMatch.get(link.offeringItemId());
        Long customer = itemMatch.get(link.customerItemId());
        return offering == null || customer == null ? null : new FitLink(offering, customer);
    }

    /** The factor's source in the after's ids: 0 for none, -1 for a source that has no match. */
    private long source(Factor factor) {
        return factor.sourceItemId() == 0 ? 0 : itemMatch.getOrDefault(factor.sourceItemId(), -1L);
    }

    private static <T> Map<Long, Long> byId(List<T> a, List<T> b, Function<T, Long> id) {
        Set<Long> idsB = new HashSet<>(b.stream().map(id).toList());
        Map<Long, Long> match = new HashMap<>();
        a.stream().map(id).filter(idsB::contains).forEach(i -> match.put(i, i));
        return match;
    }

    /** The n-th of a with a key to the n-th of b with the same key, in their order. */
    private static <T> Map<Long, Long> byKey(List<T> a, List<T> b, Function<T, Long> id, Function<T, String> key) {
        Map<String, Deque<Long>> waiting = new HashMap<>();
        b.forEach(t -> waiting.computeIfAbsent(key.apply(t), k -> new ArrayDeque<>()).add(id.apply(t)));
        Map<Long, Long> match = new HashMap<>();
        for (T t : a) {
            Deque<Long> candidates = waiting.get(key.apply(t));
            if (candidates != null && !candidates.isEmpty()) {
                match.put(id.apply(t), candidates.poll());
            }
        }
        return match;
    }
}
