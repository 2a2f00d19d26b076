package org.valuebench.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Everything on one canvas at one moment: the canvas, its items in section order, its fit links, and its
 * strategy (competing factors and the ratings of every offer on them).
 */
public record CanvasContent(Canvas canvas, List<Item> items, List<FitLink> links, Strategy strategy) {

    /** A canvas without competing factors. */
    public CanvasContent(Canvas canvas, List<Item> items, List<FitLink> links) {
        this(canvas, items, links, Strategy.NONE);
    }

    public CanvasContent {
        strategy = strategy == null ? Strategy.NONE : strategy;
        items = items.stream()
                .sorted(Comparator.comparing(Item::section).thenComparingInt(Item::position).thenComparingLong(Item::id))
                .toList();
        links = List.copyOf(links);
    }

    public List<Item> itemsIn(Section section) {
        return items.stream().filter(i -> i.section() == section).toList();
    }

    public Optional<Item> item(long id) {
        return items.stream().filter(i -> i.id() == id).findFirst();
    }

    public Map<Long, Item> itemsById() {
        return items.stream().collect(Collectors.toMap(Item::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    /** The ids of the items on the other end of every link that touches this item. */
    public Set<Long> linkedTo(long itemId) {
        return links.stream()
                .filter(l -> l.offeringItemId() == itemId || l.customerItemId() == itemId)
                .map(l -> l.offeringItemId() == itemId ? l.customerItemId() : l.offeringItemId())
                .collect(Collectors.toUnmodifiableSet());
    }

    public List<Item> promises() {
        return items.stream().filter(Item::promise).toList();
    }

    /** The offers compared on the strategy canvas: ours first, then competitors, then substitutes. */
    public List<Offer> offers() {
        List<Offer> offers = new ArrayList<>();
        offers.add(Offer.ours(canvas));
        itemsIn(Section.COMPETITORS).forEach(i -> offers.add(Offer.of(i)));
        itemsIn(Section.SUBSTITUTES).forEach(i -> offers.add(Offer.of(i)));
        return List.copyOf(offers);
    }

    public CanvasContent withStrategy(Strategy newStrategy) {
        return new CanvasContent(canvas, items, links, newStrategy);
    }
}
