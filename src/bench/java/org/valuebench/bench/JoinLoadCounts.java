package org.valuebench.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What the workspace file holds after {@link JoinLoadBenchmark}'s run, read with plain SQL on a connection of its
 * own (not through the app), so a card or dot counted twice or lost by the app's own reading would still show:
 * the workshop's cards (items with a contribution from a participant), their texts against those submitted, and
 * the dots of its vote per participant.
 */
record JoinLoadCounts(int cards, int distinctTexts, int missing, int unexpected, int contributions, int dots,
                      int dotRows, Map<Long, Integer> dotsPerParticipant, String integrity) {

    static JoinLoadCounts read(Path file, Set<String> submitted) throws SQLException {
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
             Statement sql = db.createStatement()) {
            Set<String> texts = new HashSet<>();
            int cards = 0;
            try (ResultSet rows = sql.executeQuery("SELECT i.text FROM item i JOIN workshop w ON w.canvas_id ="
                    + " i.canvas_id")) {
                while (rows.next()) {
                    cards++;
                    texts.add(rows.getString(1));
                }
            }
            Set<String> missing = new HashSet<>(submitted);
            missing.removeAll(texts);
            Set<String> unexpected = new HashSet<>(texts);
            unexpected.removeAll(submitted);
            int contributions = single(sql, "SELECT count(*) FROM contribution WHERE participant_id IS NOT NULL");
            int dots = single(sql, "SELECT coalesce(sum(dots), 0) FROM dot");
            int dotRows = single(sql, "SELECT count(*) FROM dot");
            Map<Long, Integer> perParticipant = new HashMap<>();
            try (ResultSet rows = sql.executeQuery("SELECT participant_id, sum(dots) FROM dot GROUP BY participant_id")) {
                while (rows.next()) {
                    perParticipant.put(rows.getLong(1), rows.getInt(2));
                }
            }
            String integrity;
            try (ResultSet rows = sql.executeQuery("PRAGMA integrity_check")) {
                integrity = rows.next() ? rows.getString(1) : "no answer";
            }
            return new JoinLoadCounts(cards, texts.size(), missing.size(), unexpected.size(), contributions, dots,
                    dotRows, perParticipant, integrity);
        }
    }

    private static int single(Statement sql, String query) throws SQLException {
        try (ResultSet rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getInt(1);
        }
    }

    /** Every card once (its text once, none missing, none extra) and every participant's dots once. */
    boolean exactly(int expectedCards, int participants, int dotsEach) {
        return cards == expectedCards && distinctTexts == expectedCards && missing == 0 && unexpected == 0
                && contributions == expectedCards && dots == participants * dotsEach
                && dotsPerParticipant.size() == participants
                && dotsPerParticipant.values().stream().allMatch(n -> n == dotsEach) && "ok".equals(integrity);
    }

    @Override
    public String toString() {
        return cards + " cards (" + distinctTexts + " distinct texts, " + missing + " submitted but missing, "
                + unexpected + " not submitted), " + contributions + " contributions; " + dots + " dots in " + dotRows
                + " rows from " + dotsPerParticipant.size() + " participants (each "
                + new java.util.TreeSet<>(dotsPerParticipant.values()) + "); integrity_check " + integrity;
    }
}
