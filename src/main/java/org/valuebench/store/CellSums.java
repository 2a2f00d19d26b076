package org.valuebench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.valuebench.domain.Feedback;

/**
 * Changes to the running sums ({@code feedback_cell}, per promise, voice and day) and to the filter choices
 * ({@code feedback_facet}, per promise, segment and channel) gathered in memory and then written in one go:
 * added records count +1, removed ones −1. Rows whose count falls to zero are deleted, so nothing empty
 * lingers. Written in key order, so SQLite walks its b-trees front to back.
 */
final class CellSums {
    private static final Comparator<CellKey> CELL_ORDER = Comparator.comparingLong(CellKey::canvasId)
            .thenComparingLong(CellKey::promiseItemId).thenComparing(CellKey::voice).thenComparing(CellKey::dayText);
    private static final Comparator<FacetKey> FACET_ORDER = Comparator.comparingLong(FacetKey::canvasId)
            .thenComparing(FacetKey::kind).thenComparing(FacetKey::value).thenComparingLong(FacetKey::promiseItemId);
    private final Map<CellKey, Sums> cells = new HashMap<>();
    private final Map<FacetKey, long[]> facets = new HashMap<>();

    CellSums add(Feedback f, int sign) {
        CellKey key = new CellKey(f.canvasId(), f.promiseItemId(), f.voice().label(), f.date());
        Sums s = cells.computeIfAbsent(key, k -> new Sums());
        double s5 = f.score5();
        Double e5 = f.expectation5();
        s.n += sign;
        s.sum5 += sign * s5;
        s.sumSquares5 += sign * s5 * s5;
        if (e5 != null) {
            s.expectationN += sign;
            s.expectationGapSum += sign * (s5 - e5);
        }
        if (f.scale().isNetPromoterScale()) {
            s.npsN += sign;
            s.promoters += f.score() >= 9 ? sign : 0;
            s.detractors += f.score() <= 6 ? sign : 0;
        }
        if (!f.segment().isEmpty()) {
            facets.computeIfAbsent(new FacetKey(f.canvasId(), f.promiseItemId(), "segment", f.segment()),
                    k -> new long[1])[0] += sign;
        }
        if (!f.channel().isEmpty()) {
            facets.computeIfAbsent(new FacetKey(f.canvasId(), f.promiseItemId(), "channel", f.channel()),
                    k -> new long[1])[0] += sign;
        }
        return this;
    }

    /** Entries held in memory. */
    int size() {
        return cells.size() + facets.size();
    }

    /** Adds the gathered changes to the stored rows and forgets them. */
    CellSums writeTo(Connection connection) {
        try {
            writeCells(connection);
            writeFacets(connection);
        } catch (SQLException e) {
            throw new StoreException("Database error: " + e.getMessage(), e);
        }
        cells.clear();
        facets.clear();
        return this;
    }

    private void writeCells(Connection connection) throws SQLException {
        if (cells.isEmpty()) {
            return;
        }
        List<Map.Entry<CellKey, Sums>> ordered = cells.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(CELL_ORDER)).toList();
        Set<List<Long>> shrunk = new HashSet<>();
        try (PreparedStatement upsert = connection.prepareStatement("""
                INSERT INTO feedback_cell (canvas_id, promise_item_id, voice, day, n, sum5, sum_squares5, expectation_n,
                                           expectation_gap_sum, nps_n, promoters, detractors)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (canvas_id, promise_item_id, voice, day) DO UPDATE SET
                    n = n + excluded.n, sum5 = sum5 + excluded.sum5,
                    sum_squares5 = sum_squares5 + excluded.sum_squares5,
                    expectation_n = expectation_n + excluded.expectation_n,
                    expectation_gap_sum = expectation_gap_sum + excluded.expectation_gap_sum,
                    nps_n = nps_n + excluded.nps_n, promoters = promoters + excluded.promoters,
                    detractors = detractors + excluded.detractors""")) {
            for (Map.Entry<CellKey, Sums> entry : ordered) {
                CellKey k = entry.getKey();
                Sums s = entry.getValue();
                upsert.setLong(1, k.canvasId);
                upsert.setLong(2, k.promiseItemId);
                upsert.setString(3, k.voice);
                upsert.setString(4, k.dayText());
                upsert.setLong(5, s.n);
                upsert.setDouble(6, s.sum5);
                upsert.setDouble(7, s.sumSquares5);
                upsert.setLong(8, s.expectationN);
                upsert.setDouble(9, s.expectationGapSum);
                upsert.setLong(10, s.npsN);
                upsert.setLong(11, s.promoters);
                upsert.setLong(12, s.detractors);
                upsert.addBatch();
                if (s.n < 0) {
                    shrunk.add(List.of(k.canvasId, k.promiseItemId));
                }
            }
            upsert.executeBatch();
        }
        prune(connection, "feedback_cell", shrunk);
    }

    private void writeFacets(Connection connection) throws SQLException {
        if (facets.isEmpty()) {
            return;
        }
        List<Map.Entry<FacetKey, long[]>> ordered = facets.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(FACET_ORDER)).toList();
        Set<List<Long>> shrunk = new HashSet<>();
        try (PreparedStatement upsert = connection.prepareStatement("""
                INSERT INTO feedback_facet (canvas_id, promise_item_id, kind, value, n) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (canvas_id, kind, value, promise_item_id) DO UPDATE SET n = n + excluded.n""")) {
            for (Map.Entry<FacetKey, long[]> entry : ordered) {
                FacetKey k = entry.getKey();
                upsert.setLong(1, k.canvasId);
                upsert.setLong(2, k.promiseItemId);
                upsert.setString(3, k.kind);
                upsert.setString(4, k.value);
                upsert.setLong(5, entry.getValue()[0]);
                upsert.addBatch();
                if (entry.getValue()[0] < 0) {
                    shrunk.add(List.of(k.canvasId, k.promiseItemId));
                }
            }
            upsert.executeBatch();
        }
        prune(connection, "feedback_facet", shrunk);
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

    /** Keyed by the date itself: formatting it for every record would cost more than the rest of the key. */
    private record CellKey(long canvasId, long promiseItemId, String voice, LocalDate day) {
        String dayText() {
            return day == null ? "" : day.toString();
        }
    }

    private record FacetKey(long canvasId, long promiseItemId, String kind, String value) {
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
    }
}
