package org.valuebench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.valuebench.domain.Feedback;

/**
 * Changes to the running sums gathered in memory and then written in one go: per promise, voice and day
 * ({@code feedback_cell}), and per promise, voice, month, segment and channel ({@code feedback_month_cell}).
 * Added records count +1, removed ones −1. Rows whose count falls to zero are deleted, so nothing empty
 * lingers. Written in key order, so SQLite walks its b-trees front to back.
 */
final class CellSums {
    private static final Comparator<DayKey> DAY_ORDER = Comparator.comparingLong(DayKey::canvasId)
            .thenComparingLong(DayKey::promiseItemId).thenComparing(DayKey::voice).thenComparing(DayKey::periodText);
    private static final Comparator<MonthKey> MONTH_ORDER = Comparator.comparingLong(MonthKey::canvasId)
            .thenComparingLong(MonthKey::promiseItemId).thenComparing(MonthKey::voice)
            .thenComparing(MonthKey::periodText).thenComparing(MonthKey::segment).thenComparing(MonthKey::channel);
    private static final String SUM_COLUMNS = "n, sum5, sum_squares5, expectation_n, expectation_gap_sum, nps_n,"
            + " promoters, detractors";
    private static final String[] SUMMED = {"n", "sum5", "sum_squares5", "expectation_n", "expectation_gap_sum",
        "nps_n", "promoters", "detractors"};
    private static final String DAY_KEYS = "canvas_id, promise_item_id, voice, day";
    private static final String MONTH_KEYS = "canvas_id, promise_item_id, voice, month, segment, channel";
    private static final String UPSERT_DAY = addToDays("VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    private static final String UPSERT_MONTH = addToMonths("VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    private final Map<DayKey, Sums> days = new HashMap<>();
    private final Map<MonthKey, Sums> months = new HashMap<>();

    /**
     * An upsert that adds the rows {@code rows} gives (VALUES or a SELECT of the key columns, then the sums) to
     * the per-day sums.
     */
    static String addToDays(String rows) {
        return "INSERT INTO feedback_cell (" + DAY_KEYS + ", " + SUM_COLUMNS + ") " + rows + " ON CONFLICT ("
                + DAY_KEYS + ")" + addSums("feedback_cell");
    }

    /** As {@link #addToDays}, to the per-month sums; their rows end with the count of commented records. */
    static String addToMonths(String rows) {
        return "INSERT INTO feedback_month_cell (" + MONTH_KEYS + ", " + SUM_COLUMNS + ", commented) " + rows
                + " ON CONFLICT (" + MONTH_KEYS + ")" + addSums("feedback_month_cell")
                + ", commented = feedback_month_cell.commented + excluded.commented";
    }

    /** Adds the new row's sums to the stored row's, which is named by its table (PostgreSQL requires that). */
    private static String addSums(String table) {
        StringBuilder sql = new StringBuilder(" DO UPDATE SET ");
        for (int i = 0; i < SUMMED.length; i++) {
            sql.append(i == 0 ? "" : ", ").append(SUMMED[i]).append(" = ").append(table).append('.').append(SUMMED[i])
                    .append(" + excluded.").append(SUMMED[i]);
        }
        return sql.toString();
    }

    CellSums add(Feedback f, int sign) {
        String voice = f.voice().label();
        LocalDate day = f.date();
        double s5 = f.score5();
        Double e5 = f.expectation5();
        days.computeIfAbsent(new DayKey(f.canvasId(), f.promiseItemId(), voice, day), k -> new Sums())
                .add(f, s5, e5, sign);
        MonthKey month = new MonthKey(f.canvasId(), f.promiseItemId(), voice, day == null ? null : YearMonth.from(day),
                f.segment(), f.channel());
        months.computeIfAbsent(month, k -> new Sums()).add(f, s5, e5, sign);
        return this;
    }

    /** Entries held in memory. */
    int size() {
        return days.size() + months.size();
    }

    /** Adds the gathered changes to the stored rows and forgets them. */
    CellSums writeTo(Connection connection) {
        try {
            write(connection, days, DAY_ORDER, UPSERT_DAY, "feedback_cell", false);
            // Only the month sums count commented records: the comment index already counts them per day.
            write(connection, months, MONTH_ORDER, UPSERT_MONTH, "feedback_month_cell", true);
        } catch (SQLException e) {
            throw new StoreException("Database error: " + e.getMessage(), e);
        }
        days.clear();
        months.clear();
        return this;
    }

    private static <K extends Key> void write(Connection connection, Map<K, Sums> sums, Comparator<K> order,
                                              String upsertSql, String table, boolean withCommented)
            throws SQLException {
        if (sums.isEmpty()) {
            return;
        }
        List<Map.Entry<K, Sums>> ordered = sums.entrySet().stream().sorted(Map.Entry.comparingByKey(order)).toList();
        Set<List<Long>> shrunk = new HashSet<>();
        try (PreparedStatement upsert = connection.prepareStatement(upsertSql)) {
            for (Map.Entry<K, Sums> entry : ordered) {
                K key = entry.getKey();
                entry.getValue().bind(upsert, key.bind(upsert), withCommented);
                upsert.addBatch();
                if (entry.getValue().n < 0) {
                    shrunk.add(List.of(key.canvasId(), key.promiseItemId()));
                }
            }
            upsert.executeBatch();
        }
        prune(connection, table, shrunk);
    }

    /** Deletes the rows of the given (canvas, promise) pairs whose count fell to zero. */
    private static void prune(Connection connection, String table, Set<List<Long>> pairs) throws SQLException {
        if (pairs.isEmpty()) {
            return;
        }
        try (PreparedStatement prune = connection.prepareStatement("DELETE FROM " + table
                + " WHERE canvas_id = ? AND promise_item_id = ? AND n <= 0")) {
            for (List<Long> pair : pairs) {
                prune.setLong(1, pair.get(0));
                prune.setLong(2, pair.get(1));
                prune.addBatch();
            }
            prune.executeBatch();
        }
    }

    /** A row's key columns, bound first in its upsert. */
    private interface Key {
        long canvasId();

        long promiseItemId();

        String voice();

        /** The key's day or month as its table stores it; '' for undated records. */
        String periodText();

        /** Binds the key's columns from parameter 1; returns the next free parameter. */
        default int bind(PreparedStatement upsert) throws SQLException {
            upsert.setLong(1, canvasId());
            upsert.setLong(2, promiseItemId());
            upsert.setString(3, voice());
            upsert.setString(4, periodText());
            return 5;
        }
    }

    /** Keyed by the date itself: formatting it for every record would cost more than the rest of the key. */
    private record DayKey(long canvasId, long promiseItemId, String voice, LocalDate day) implements Key {
        @Override
        public String periodText() {
            return day == null ? "" : day.toString();
        }
    }

    private record MonthKey(long canvasId, long promiseItemId, String voice, YearMonth month, String segment,
                            String channel) implements Key {
        @Override
        public String periodText() {
            return month == null ? "" : month.toString();
        }

        /**
         * YearMonth's own hash keeps the month in bits 27 to 30, which HashMap drops for a map of this size: all
         * months of a promise and segment shared one bucket, and an import spent a quarter of its reading thread
         * looking through them. The month counted from year 0 spreads.
         */
        @Override
        public int hashCode() {
            int h = Long.hashCode(canvasId) * 31 + Long.hashCode(promiseItemId);
            h = h * 31 + Objects.hashCode(voice);
            h = h * 31 + (month == null ? -1 : month.getYear() * 12 + month.getMonthValue());
            h = h * 31 + Objects.hashCode(segment);
            return h * 31 + Objects.hashCode(channel);
        }

        @Override
        public int bind(PreparedStatement upsert) throws SQLException {
            int next = Key.super.bind(upsert);
            upsert.setString(next, segment);
            upsert.setString(next + 1, channel);
            return next + 2;
        }
    }

    private static final class Sums {
        long n;
        double sum5;
        double sumSquares5;
        long expectationN;
        double expectationGapSum;
        long npsN;
        long promoters;
        long detractors;
        long commented;

        void add(Feedback f, double s5, Double e5, int sign) {
            n += sign;
            commented += f.comment().isEmpty() ? 0 : sign;
            sum5 += sign * s5;
            sumSquares5 += sign * s5 * s5;
            if (e5 != null) {
                expectationN += sign;
                expectationGapSum += sign * (s5 - e5);
            }
            if (f.scale().isNetPromoterScale()) {
                npsN += sign;
                promoters += f.score() >= 9 ? sign : 0;
                detractors += f.score() <= 6 ? sign : 0;
            }
        }

        /** Binds the sums from parameter {@code first}, {@code commented} last if asked. */
        void bind(PreparedStatement upsert, int first, boolean withCommented) throws SQLException {
            upsert.setLong(first, n);
            upsert.setDouble(first + 1, sum5);
            upsert.setDouble(first + 2, sumSquares5);
            upsert.setLong(first + 3, expectationN);
            upsert.setDouble(first + 4, expectationGapSum);
            upsert.setLong(first + 5, npsN);
            upsert.setLong(first + 6, promoters);
            upsert.setLong(first + 7, detractors);
            if (withCommented) {
                upsert.setLong(first + 8, commented);
            }
        }
    }
}
