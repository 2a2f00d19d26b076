package org.valuebench.store;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import org.valuebench.domain.FeedbackCell;
import org.valuebench.domain.Voice;

/**
 * Folds the running sums' rows (per day, or per month, segment and channel) into one cell per promise, voice and
 * month, in Java rather than with SQL's sum(): SQLite sums floating point with compensation and PostgreSQL without,
 * each in an order of its own, so the same feedback gave figures that differed in the last digit by engine. Here
 * the sums are exact and then rounded once, whatever the order the rows came in, and the cells come out in one
 * order (promise, voice, month), so both engines give the same figures to the last bit.
 */
final class MonthCells {
    private final TreeMap<Key, Sums> cells = new TreeMap<>();

    private record Key(long promiseItemId, String voice, String month) implements Comparable<Key> {
        private static final Comparator<Key> ORDER = Comparator.comparingLong(Key::promiseItemId)
                .thenComparing(Key::voice).thenComparing(Key::month);

        @Override
        public int compareTo(Key other) {
            return ORDER.compare(this, other);
        }
    }

    /** Exact sums of one cell: the doubles as BigDecimal, rounded once when the cell is handed out. */
    private static final class Sums {
        long n;
        BigDecimal sum5 = BigDecimal.ZERO;
        BigDecimal sumSquares5 = BigDecimal.ZERO;
        long expectationN;
        BigDecimal expectationGapSum = BigDecimal.ZERO;
        long npsN;
        long promoters;
        long detractors;
    }

    /** Adds one row; {@code month} is yyyy-mm, or '' for records without a date. */
    void add(long promiseItemId, String voice, String month, long n, double sum5, double sumSquares5,
             long expectationN, double expectationGapSum, long npsN, long promoters, long detractors) {
        Sums sums = cells.computeIfAbsent(new Key(promiseItemId, voice, month == null ? "" : month), k -> new Sums());
        sums.n += n;
        sums.sum5 = sums.sum5.add(new BigDecimal(sum5));
        sums.sumSquares5 = sums.sumSquares5.add(new BigDecimal(sumSquares5));
        sums.expectationN += expectationN;
        sums.expectationGapSum = sums.expectationGapSum.add(new BigDecimal(expectationGapSum));
        sums.npsN += npsN;
        sums.promoters += promoters;
        sums.detractors += detractors;
    }

    /** The cells, each dated the first day of its month (null for undated records), in key order. */
    List<FeedbackCell> cells() {
        List<FeedbackCell> out = new ArrayList<>(cells.size());
        cells.forEach((key, s) -> out.add(new FeedbackCell(key.promiseItemId(), Voice.parse(key.voice()),
                firstDay(key.month()), s.n, s.sum5.doubleValue(), s.sumSquares5.doubleValue(), s.expectationN,
                s.expectationGapSum.doubleValue(), s.npsN, s.promoters, s.detractors)));
        return out;
    }

    private static LocalDate firstDay(String month) {
        if (month.isEmpty()) {
            return null;
        }
        return LocalDate.of(Integer.parseInt(month, 0, 4, 10), Integer.parseInt(month, 5, 7, 10), 1);
    }
}
