package org.valuebench.analysis;

/**
 * Mean, standard deviation and 95% confidence interval of the mean of n scores, from their count, sum and sum
 * of squares (so the database can keep running sums instead of every score).
 * <ul>
 *   <li>mean = Σx / n</li>
 *   <li>sd = √((Σx² − (Σx)²/n) / (n − 1)), the sample standard deviation (null for n &lt; 2)</li>
 *   <li>ci95 = mean ± t(0.975, n − 1) × sd / √n with Student's t quantile ({@link StudentT}; null for n &lt; 2)</li>
 * </ul>
 *
 * @param mean null when n = 0
 */
public record SampleStatistics(long n, Double mean, Double sd, ConfidenceInterval ci95) {
    public static final SampleStatistics EMPTY = new SampleStatistics(0, null, null, null);
    static final double CONFIDENCE_QUANTILE = 0.975;

    public static SampleStatistics of(long n, double sum, double sumOfSquares) {
        if (n <= 0) {
            return EMPTY;
        }
        double mean = sum / n;
        if (n == 1) {
            return new SampleStatistics(1, mean, null, null);
        }
        // Rounding can push a zero spread a hair below zero.
        double variance = Math.max(0, (sumOfSquares - sum * sum / n) / (n - 1));
        double sd = Math.sqrt(variance);
        double half = StudentT.quantile(CONFIDENCE_QUANTILE, n - 1) * sd / Math.sqrt(n);
        return new SampleStatistics(n, mean, sd, new ConfidenceInterval(mean - half, mean + half));
    }

    public static SampleStatistics ofScores(double... values) {
        double sum = 0;
        double squares = 0;
        for (double v : values) {
            sum += v;
            squares += v * v;
        }
        return of(values.length, sum, squares);
    }
}
