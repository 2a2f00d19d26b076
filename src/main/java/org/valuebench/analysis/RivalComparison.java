package org.valuebench.analysis;

import org.valuebench.domain.Offer;

/**
 * Our offering against one alternative over the factors both are rated on.
 *
 * @param weightedMargin sum(weight x (ours - theirs)) / sum(weight); negative when the rival is ahead; null
 *                       when no factor is rated for both
 */
public record RivalComparison(Offer rival, int factorsCompared, Double weightedMargin) {
}
