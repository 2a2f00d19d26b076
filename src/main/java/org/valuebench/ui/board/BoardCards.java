package org.valuebench.ui.board;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.valuebench.domain.Item;
import org.valuebench.domain.Section;

/**
 * The board's cards: the one shown for each item, kept by item id between updates so a card keeps its focus and
 * its open editor while the board is redrawn around it, and the cards whose items are gone, hidden in their
 * sections to show items to come.
 */
final class BoardCards {
    private static final int SPARE_PER_SECTION = 24;
    private final Map<Long, CardView> byItem = new HashMap<>();
    private final Map<Section, Deque<CardView>> spare = new EnumMap<>(Section.class);

    /** The card showing the item, or null. */
    CardView get(long itemId) {
        return byItem.get(itemId);
    }

    /** Every card showing an item. */
    Collection<CardView> shown() {
        return byItem.values();
    }

    boolean isShown(CardView card) {
        return byItem.containsValue(card);
    }

    /** The item's card: the one it has, else one set aside for reuse in {@code section}, else a new one. */
    CardView cardFor(Item item, Section section, Function<Item, CardView> newCard) {
        CardView view = byItem.get(item.id());
        if (view == null) {
            view = reuse(section).orElseGet(() -> newCard.apply(item));
            byItem.put(item.id(), view);
        }
        return view;
    }

    /**
     * Sets aside the cards whose items are gone, hidden in the section they were in, to show other items later:
     * opening another canvas then changes what cards say instead of making new ones. A new card costs the JavaFX
     * thread its styling, and a card taken out of the window its removal from the style cache: most of opening a
     * canvas. Hidden cards keep their styles. A card that is not {@code reusable} (the focused card, one being
     * edited or dragged: it would go on as another item) is dropped instead, and so are those past
     * {@link #SPARE_PER_SECTION}.
     */
    void putAside(Set<Long> present, Collection<SectionPane> sections, Predicate<CardView> reusable) {
        // In the order they are shown, so that the cards reused in a section keep their places among its nodes.
        for (SectionPane pane : sections) {
            Deque<CardView> aside = spare.computeIfAbsent(pane.section(), k -> new ArrayDeque<>());
            List<CardView> hiddenBefore = List.copyOf(aside);
            aside.clear();
            for (CardView card : pane.cards()) {
                if (!present.contains(card.itemId()) && byItem.get(card.itemId()) == card) {
                    byItem.remove(card.itemId());
                    if (reusable.test(card) && aside.size() < SPARE_PER_SECTION) {
                        aside.add(card);
                    }
                }
            }
            for (CardView card : hiddenBefore) {
                if (aside.size() < SPARE_PER_SECTION) {
                    aside.add(card);
                }
            }
        }
    }

    /** The cards set aside in {@code section}, to stay there hidden. */
    Collection<CardView> asideIn(Section section) {
        Deque<CardView> aside = spare.get(section);
        return aside == null ? List.of() : aside;
    }

    /** A card set aside in {@code section}, else in its group (same colours), else in any section. */
    private Optional<CardView> reuse(Section section) {
        Deque<CardView> same = spare.get(section);
        if (same != null && !same.isEmpty()) {
            return Optional.of(same.poll());
        }
        return spare.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .min(Comparator.comparing(e -> e.getKey().group() == section.group() ? 0 : 1))
                .map(e -> e.getValue().poll());
    }
}
