package org.valuebench.analysis;

import org.valuebench.domain.Voice;

/**
 * The gap figures of one promise from one voice.
 * <ul>
 *   <li>delivered = mean of s5 (scores on the 1-5 scale), with sd and 95% CI ({@link SampleStatistics})</li>
 *   <li>gap = target − delivered</li>
 *   <li>deficit = importance × max(0, gap)</li>
 *   <li>servqual = mean(s5 − e5) over the records that carry an expectation (SERVQUAL: negative means
 *       delivery fell short of what was expected)</li>
 * </ul>
 * Every figure is null when there is no record to compute it from.
 */
public record VoiceFigures(Voice voice, SampleStatistics delivery, Double gap, Double deficit, Double servqual,
                           long servqualN, NetPromoterScore nps) {

    public long n() {
        return delivery.n();
    }

    public Double delivered() {
        return delivery.mean();
    }

    public Double sd() {
        return delivery.sd();
    }

    public ConfidenceInterval ci95() {
        return delivery.ci95();
    }

    public Evidence evidence() {
        return Evidence.of(n());
    }

    /** n &lt; 5, as the issue defines thin evidence (also true when there is no record). */
    public boolean thinEvidence() {
        return n() < Evidence.THIN_BELOW;
    }
}
