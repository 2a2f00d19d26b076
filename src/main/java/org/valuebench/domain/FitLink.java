package org.valuebench.domain;

/** An offering item answers a customer item. */
public record FitLink(long offeringItemId, long customerItemId) {
}
