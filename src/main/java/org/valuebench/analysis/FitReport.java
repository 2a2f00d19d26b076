package org.valuebench.analysis;

import java.util.List;
import org.valuebench.domain.Item;

/**
 * How well the offering answers the customer profile.
 *
 * @param unanswered customer items no offering item answers
 * @param fluff      offering items that answer no customer item
 * @param fitScore   importance-weighted share of customer items answered, 0..1; null when the profile is empty
 */
public record FitReport(List<Item> unanswered, List<Item> fluff, Double fitScore, int answeredWeight, int totalWeight) {

    public boolean isUnanswered(long itemId) {
        return unanswered.stream().anyMatch(i -> i.id() == itemId);
    }

    public boolean isFluff(long itemId) {
        return fluff.stream().anyMatch(i -> i.id() == itemId);
    }
}
