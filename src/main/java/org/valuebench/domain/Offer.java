package org.valuebench.domain;

import java.util.Optional;

/**
 * One column of the ratings grid and one curve on the strategy canvas: the canvas's own offering
 * ({@link #OURS}) or a competitor or substitute item.
 */
public record Offer(long id, String name, Optional<Section> section) {
    public static final long OURS = 0;

    public boolean isOurs() {
        return id == OURS;
    }

    static Offer ours(Canvas canvas) {
        String name = canvas.offering().isBlank() ? "Our offering" : canvas.offering().strip();
        return new Offer(OURS, Factor.shortName(name), Optional.empty());
    }

    static Offer of(Item alternative) {
        return new Offer(alternative.id(), Factor.shortName(alternative.text()), Optional.of(alternative.section()));
    }
}
