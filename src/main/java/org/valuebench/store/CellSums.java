package org.valuebench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import org.valuebench.domain.Feedback;

/**
 * Changes to {@code feedback_cell} gathered in memory and then written in one go: added records count +1,
 * removed ones −1. Cells whose count falls to zero are deleted, so an empty cell never lingers.
 */
final class CellSums {
    private final Map<Key, Sums> sums = new HashMap<>();

    CellSums add(Feedback f, int sign) {
        Key key = new Key(f.canvasId(), f.promiseItemId(), f.voice().label(), f.date() == null ? "" : f.date().toString(),
                f.segment(), f.channel());
        Sums s = sums.computeIfAbsent(key, k -> new Sums());
        double s5 = f.score5();
        Double e5 = f.expectation5();
        boolean nps = f.scale().isNetPromoterScale();
        s.n += sign;
        s.sum5 += sign * s5;
        s.sumSquares5 += sign * s5 * s5;
        if (e5 != null) {
            s.expectationN += sign;
            s.expectationGapSum += sign * (s5 - e5);
        }
        if (nps) {
            s.npsN += sign;
            s.promoters += f.score() >= 9 ? sign : 0;
            s.detractors += f.score() <= 6 ? sign : 0;
        }
        return this;
    }

    int size() {
        return sums.size();
    }

    /** Adds the gathered changes to the stored cells and forgets them. */
    CellSums writeTo(Connection connection) {
        if (sums.isEmpty()) {
            return this;
        }
        try (PreparedStatement upsert = connection.prepareStatement("""
                INSERT INTO feedback_cell (canvas_id, promise_item_id, voice, day, segment, channel, n, sum5,
                                           sum_squares5, expectation_n, expectation_gap_sum, nps_n, promoters,
                                           detractors)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (canvas_id, promise_item_id, voice, day, segment, channel) DO UPDATE SET
                    n = n + excluded.n, sum5 = sum5 + excluded.sum5, sum_squares5 = sum_squares5 + excluded.sum_squares5,
                    expectation_n = expectation_n + excluded.expectation_n,
                    expectation_gap_sum = expectation_gap_sum + excluded.expectation_gap_sum,
                    nps_n = nps_n + excluded.nps_n, promoters = promoters + excluded.promoters,
                    detractors = detractors + excluded.detractors""");
             PreparedStatement prune = connection.prepareStatement("""
                DELETE FROM feedback_cell WHERE canvas_id = ? AND promise_item_id = ? AND voice = ? AND day = ?
                                            AND segment = ? AND channel = ? AND n <= 0""")) {
            boolean removed = false;
            for (Map.Entry<Key, Sums> entry : sums.entrySet()) {
                Key k = entry.getKey();
                Sums s = entry.getValue();
                upsert.setLong(1, k.canvasId);
                upsert.setLong(2, k.promiseItemId);
                upsert.setString(3, k.voice);
                upsert.setString(4, k.day);
                upsert.setString(5, k.segment);
                upsert.setString(6, k.channel);
                upsert.setLong(7, s.n);
                upsert.setDouble(8, s.sum5);
                upsert.setDouble(9, s.sumSquares5);
                upsert.setLong(10, s.expectationN);
                upsert.setDouble(11, s.expectationGapSum);
                upsert.setLong(12, s.npsN);
                upsert.setLong(13, s.promoters);
                upsert.setLong(14, s.detractors);
                upsert.addBatch();
                if (s.n < 0) {
                    removed = true;
                    prune.setLong(1, k.canvasId);
                    prune.setLong(2, k.promiseItemId);
                    prune.setString(3, k.voice);
                    prune.setString(4, k.day);
                    prune.setString(5, k.segment);
                    prune.setString(6, k.channel);
                    prune.addBatch();
                }
            }
            upsert.executeBatch();
            if (removed) {
                prune.executeBatch();
            }
        } catch (SQLException e) {
            throw new StoreException("Database error: " + e.getMessage(), e);
        }
        sums.clear();
        return this;
    }

    private record Key(long canvasId, long promiseItemId, String voice, String day, String segment, String channel) {
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
