package org.valuebench.analysis;

import java.util.List;
import java.util.Map;
import org.valuebench.domain.Item;
import org.valuebench.domain.Voice;

/**
 * Everything the gap analysis says about one promise.
 *
 * @param importance    the highest importance among the customer items the promise is linked to, or the
 *                      promise's own importance (default 3) when it links to none
 * @param linkedCustomerItems the customer items the promise answers
 * @param headline      the figures from the report's headline voice (customer unless filtered otherwise)
 * @param voices        the figures from every voice, in {@link Voice} order
 * @param quadrant      null when the headline voice gave no record
 * @param trend         the headline voice's delivered score per month, oldest first
 */
public record PromiseGap(Item promise, int importance, List<Item> linkedCustomerItems, VoiceFigures headline,
                         Map<Voice, VoiceFigures> voices, Quadrant quadrant, List<TrendPoint> trend) {

    public PromiseGap {
        linkedCustomerItems = List.copyOf(linkedCustomerItems);
        trend = List.copyOf(trend);
    }

    public long promiseId() {
        return promise.id();
    }

    public String text() {
        return promise.text();
    }

    public int target() {
        return promise.promiseTarget();
    }

    public long n() {
        return headline.n();
    }

    public Double delivered() {
        return headline.delivered();
    }

    public Double gap() {
        return headline.gap();
    }

    public Double deficit() {
        return headline.deficit();
    }

    public ConfidenceInterval ci95() {
        return headline.ci95();
    }

    public Double servqual() {
        return headline.servqual();
    }

    public boolean thinEvidence() {
        return headline.thinEvidence();
    }

    public Evidence evidence() {
        return headline.evidence();
    }

    public VoiceFigures voice(Voice voice) {
        return voices.get(voice);
    }
}
