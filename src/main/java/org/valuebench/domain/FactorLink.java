package org.valuebench.domain;

/** A competing factor matters to the customer through this customer item (want, need or fear). */
public record FactorLink(long factorId, long customerItemId) {
}
