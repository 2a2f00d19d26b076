package org.valuebench.store;

/** One cell of the ratings grid: an offer ({@code 0} for the canvas's own offering) on a factor. */
public record RatingCell(long factorId, long offerId) {
}
