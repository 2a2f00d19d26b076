package org.valuebench.analysis;

/**
 * Net Promoter Score of the records given on the 0-10 scale: % promoters (9-10) − % detractors (0-6), from
 * −100 to +100.
 */
public record NetPromoterScore(long respondents, long promoters, long detractors) {

    public long passives() {
        return respondents - promoters - detractors;
    }

    /** The score, or null when no record was on the 0-10 scale. */
    public Double score() {
        if (respondents == 0) {
            return null;
        }
        return 100.0 * (promoters - detractors) / respondents;
    }
}
