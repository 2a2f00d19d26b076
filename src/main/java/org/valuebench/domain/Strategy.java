package org.valuebench.domain;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A canvas's comparison with its alternatives: the competing factors in order, the customer items each one
 * matters through, and the ratings of every offer on every factor (blank cells are absent).
 */
public final class Strategy {
    public static final Strategy NONE = new Strategy(List.of(), List.of(), List.of());

    private final List<Factor> factors;
    private final List<FactorLink> links;
    private final List<Rating> ratings;
    /**
     * The stored ratings by factor and offer: reports look a cell up for every factor and offer, which a scan of
     * every rating made grow with factors x offers x ratings (12 x 125 x 1,500 on a big canvas).
     */
    private final Map<Long, Map<Long, Rating>> cells = new HashMap<>();

    public Strategy(List<Factor> factors, List<FactorLink> links, List<Rating> ratings) {
        this.factors = factors.stream()
                .sorted(Comparator.comparingInt(Factor::position).thenComparingLong(Factor::id))
                .toList();
        this.links = List.copyOf(links);
        this.ratings = ratings.stream().filter(r -> !r.isBlank()).toList();
        for (Rating rating : this.ratings) {
            // The first stored rating of a cell is the one shown, as it always was.
            cells.computeIfAbsent(rating.factorId(), id -> new HashMap<>()).putIfAbsent(rating.offerId(), rating);
        }
    }

    public List<Factor> factors() {
        return factors;
    }

    public List<FactorLink> links() {
        return links;
    }

    public List<Rating> ratings() {
        return ratings;
    }

    public boolean isEmpty() {
        return factors.isEmpty();
    }

    public Optional<Factor> factor(long id) {
        return factors.stream().filter(f -> f.id() == id).findFirst();
    }

    /** The rating in one cell; a blank one when nothing is stored there. */
    public Rating rating(long factorId, long offerId) {
        Rating stored = cells.getOrDefault(factorId, Map.of()).get(offerId);
        return stored != null ? stored : new Rating(factorId, offerId, Rating.UNKNOWN, "");
    }

    /** The customer items a factor matters through. */
    public Set<Long> customerItemsOf(long factorId) {
        return links.stream().filter(l -> l.factorId() == factorId).map(FactorLink::customerItemId)
                .collect(Collectors.toUnmodifiableSet());
    }

    public List<Factor> factorsWith(FourAction action) {
        return factors.stream().filter(f -> f.action() == action).toList();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Strategy that && factors.equals(that.factors) && links.equals(that.links)
                && ratings.equals(that.ratings);
    }

    @Override
    public int hashCode() {
        return Objects.hash(factors, links, ratings);
    }

    @Override
    public String toString() {
        return "Strategy[factors=" + factors + ", links=" + links + ", ratings=" + ratings + "]";
    }
}
