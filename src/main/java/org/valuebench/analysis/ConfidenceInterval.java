package org.valuebench.analysis;

/** A two-sided interval for a mean, on the 1-5 scale. */
public record ConfidenceInterval(double low, double high) {

    public double halfWidth() {
        return (high - low) / 2;
    }
}
