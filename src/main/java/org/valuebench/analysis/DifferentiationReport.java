package org.valuebench.analysis;

import java.util.List;

/**
 * What sets the offering apart from its alternatives: every factor with its standing, me-too factors first,
 * then the ones where we trail, then where we lead, then unrated ones; each alternative compared head to head.
 *
 * @param differentiation sum(weight x margin) / sum(weight) over the factors with a margin, or null
 * @param meTooShare      share of that weight on me-too factors, 0..1, or null when nothing is rated
 * @param trailShare      share of that weight on factors where we trail
 * @param leadShare       share of that weight on factors where we lead
 */
public record DifferentiationReport(List<FactorStanding> factors, List<RivalComparison> rivals,
                                    Double differentiation, Double meTooShare, Double trailShare, Double leadShare) {

    public DifferentiationReport {
        factors = List.copyOf(factors);
        rivals = List.copyOf(rivals);
    }

    public List<FactorStanding> with(Standing standing) {
        return factors.stream().filter(f -> f.standing() == standing).toList();
    }
}
