package org.valuebench.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The scale a feedback score was given on. Every score is compared on the 1-5 scale after {@link #toFive}. */
public enum FeedbackScale {
    ONE_TO_FIVE("1-5", 1, 5),
    ONE_TO_SEVEN("1-7", 1, 7),
    ZERO_TO_TEN("0-10", 0, 10),
    ONE_TO_TEN("1-10", 1, 10);

    private final String label;
    private final int min;
    private final int max;

    FeedbackScale(String label, int min, int max) {
        this.label = label;
        this.min = min;
        this.max = max;
    }

    /** As written in files and shown to users, e.g. {@code 1-5}. */
    public String label() {
        return label;
    }

    public int min() {
        return min;
    }

    public int max() {
        return max;
    }

    public boolean contains(double score) {
        return score >= min && score <= max;
    }

    /** The score normalised to the 1-5 scale: {@code s5 = 1 + 4 × (score − min) / (max − min)}. */
    public double toFive(double score) {
        return 1 + 4 * (score - min) / (max - min);
    }

    /** Net Promoter Score categories only exist on the 0-10 scale. */
    public boolean isNetPromoterScale() {
        return this == ZERO_TO_TEN;
    }

    /**
     * Reads a scale as people write it: {@code 1-5}, {@code 1–5}, {@code 1 to 5}, {@code 0..10}; blank gives
     * the default 1-5.
     */
    public static FeedbackScale parse(String text) {
        if (text == null || text.isEmpty()) {
            return ONE_TO_FIVE;
        }
        for (FeedbackScale scale : values()) {
            if (scale.label.equals(text)) {
                return scale;
            }
        }
        if (text.isBlank()) {
            return ONE_TO_FIVE;
        }
        String compact = text.strip().toLowerCase(Locale.ROOT)
                .replace(" to ", "-").replace("..", "-").replace('\u2013', '-').replace('\u2014', '-')
                .replace(" ", "");
        for (FeedbackScale scale : values()) {
            if (scale.label.equals(compact)) {
                return scale;
            }
        }
        throw new InvalidInputException("scale " + MessageText.quote(text.strip()) + " is not one of " + labels());
    }

    public static String labels() {
        return Arrays.stream(values()).map(FeedbackScale::label).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return label;
    }
}
