package org.valuebench.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A canvas's comparison with its alternatives: the competing factors in order, the customer items each one
 * matters through, and the ratings of every offer on every factor (blank cells are absent).
 */
public record Strategy(List<Factor> factors, List<FactorLink> links, List<Rating> ratings) {
    public static final Strategy NONE = new Strategy(List.of(), List.of(), List.of());

    public Strategy {
        factors = factors.stream()
                .sorted(Comparator.comparingInt(Factor::position).thenComparingLong(Factor::id))
                .toList();
        links = List.copyOf(links);
        ratings = ratings.stream().filter(r -> !r.isBlank()).toList();
    }

    public boolean isEmpty() {
        return factors.isEmpty();
    }

    public Optional<Factor> factor(long id) {
        return factors.stream().filter(f -> f.id() == id).findFirst();
    }

    /** The rating in one cell; a blank one when nothing is stored there. */
    public Rating rating(long factorId, long offerId) {
        return ratings.stream()
                .filter(r -> r.factorId() == factorId && r.offerId() == offerId)
                .findFirst()
                .orElseGet(() -> new Rating(factorId, offerId, Rating.UNKNOWN, ""));
    }

    /** The customer items a factor matters through. */
    public Set<Long> customerItemsOf(long factorId) {
        return links.stream().filter(l -> l.factorId() == factorId).map(FactorLink::customerItemId)
                .collect(Collectors.toUnmodifiableSet());
    }

    public List<Factor> factorsWith(FourAction action) {
        return factors.stream().filter(f -> f.action() == action).toList();
    }
}
