package org.valuebench.ui.board;

import java.util.Map;
import java.util.OptionalLong;

/**
 * Where the arrow keys go on the board: to the nearest card in that direction as the cards are laid out, so
 * left and right walk along a section's row of cards and on into the neighbouring section, and up and down
 * move between rows of cards and sections.
 */
public final class BoardNavigator {

    public enum Direction { UP, DOWN, LEFT, RIGHT }

    /** A card's place on the board. */
    public record Box(double minX, double minY, double maxX, double maxY) {
        double centerX() {
            return (minX + maxX) / 2;
        }

        double centerY() {
            return (minY + maxY) / 2;
        }
    }

    private static final double SLACK = 2;
    /** Straying sideways costs more than going further, so a move keeps to its row or column. */
    private static final double SIDEWAYS_WEIGHT = 3;

    private BoardNavigator() {
    }

    public static OptionalLong next(Map<Long, Box> cards, long fromId, Direction direction) {
        Box from = cards.get(fromId);
        if (from == null) {
            return OptionalLong.empty();
        }
        long best = 0;
        double bestScore = Double.MAX_VALUE;
        for (Map.Entry<Long, Box> entry : cards.entrySet()) {
            if (entry.getKey() == fromId) {
                continue;
            }
            Box to = entry.getValue();
            double ahead;
            double sideways;
            switch (direction) {
                case UP -> {
                    ahead = from.minY() - to.maxY();
                    sideways = overlapGap(from.minX(), from.maxX(), to.minX(), to.maxX());
                }
                case DOWN -> {
                    ahead = to.minY() - from.maxY();
                    sideways = overlapGap(from.minX(), from.maxX(), to.minX(), to.maxX());
                }
                case LEFT -> {
                    ahead = from.minX() - to.maxX();
                    sideways = overlapGap(from.minY(), from.maxY(), to.minY(), to.maxY());
                }
                default -> {
                    ahead = to.minX() - from.maxX();
                    sideways = overlapGap(from.minY(), from.maxY(), to.minY(), to.maxY());
                }
            }
            if (ahead < -SLACK) {
                continue;
            }
            double score = Math.max(0, ahead) + SIDEWAYS_WEIGHT * sideways;
            boolean tie = score == bestScore && (direction == Direction.LEFT || direction == Direction.RIGHT
                    ? to.minY() < cards.get(best).minY() : to.minX() < cards.get(best).minX());
            if (score < bestScore || tie) {
                bestScore = score;
                best = entry.getKey();
            }
        }
        return best == 0 ? OptionalLong.empty() : OptionalLong.of(best);
    }

    /** How far apart two spans are on the other axis; 0 when they overlap. */
    private static double overlapGap(double aMin, double aMax, double bMin, double bMax) {
        if (bMax < aMin) {
            return aMin - bMax;
        }
        if (bMin > aMax) {
            return bMin - aMax;
        }
        return 0;
    }
}
