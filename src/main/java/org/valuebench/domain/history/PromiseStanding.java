package org.valuebench.domain.history;

/**
 * A promise's gap figures as they stood when a version was taken (a version keeps these, not the feedback
 * records). The figures are null where the promise had no feedback.
 */
public record PromiseStanding(long promiseItemId, long n, Double delivered, Double gap, Double deficit) {
}
