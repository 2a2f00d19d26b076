package org.valuebench.analysis;

import java.util.List;
import org.valuebench.domain.Factor;
import org.valuebench.domain.Offer;

/**
 * One factor of the differentiation analysis.
 *
 * @param weight          the highest importance among the customer items the factor matters through (3 when none)
 * @param ours            our rating, 1-5, or null when unknown
 * @param delivered       delivered level of the factor's source promise from the gap analysis (1-5), or null
 * @param bestAlternative the highest rating among competitors and substitutes, or null when all are unknown
 * @param leaders         the alternatives rated {@code bestAlternative}
 * @param margin          ours - bestAlternative, or null
 * @param weightedMargin  weight x margin, or null
 * @param deliveredMargin delivered - bestAlternative, or null: what customers get against the best alternative
 */
public record FactorStanding(Factor factor, int weight, Integer ours, Double delivered, Integer bestAlternative,
                             List<Offer> leaders, Double margin, Double weightedMargin, Standing standing,
                             Double deliveredMargin, Standing deliveredStanding) {

    public FactorStanding {
        leaders = List.copyOf(leaders);
    }

    /** A promise that is rated as a lead or a draw but delivered behind the best alternative. */
    public boolean promiseNotKept() {
        return deliveredStanding == Standing.TRAIL && standing != Standing.TRAIL;
    }
}
