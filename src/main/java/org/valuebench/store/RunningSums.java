package org.valuebench.store;

import org.valuebench.domain.FeedbackScale;

/**
 * The running sums ({@code feedback_cell} per day, {@code feedback_month_cell} per month, segment and channel)
 * kept in step in SQL when many records come or go at once: an import undone, parked feedback put back, a
 * recovery. Single records and a writer's batches gather theirs in memory instead ({@link CellSums}).
 */
final class RunningSums {
    /** s5 and e5 in SQL, the same formula as {@link FeedbackScale#toFive}. */
    private static final String LOW = "(CASE scale WHEN '0-10' THEN 0.0 ELSE 1.0 END)";
    private static final String HIGH = "(CASE scale WHEN '1-5' THEN 5.0 WHEN '1-7' THEN 7.0 ELSE 10.0 END)";
    private static final String S5 = "(1 + 4 * (score - " + LOW + ") / (" + HIGH + " - " + LOW + "))";
    private static final String E5 = "(1 + 4 * (expectation - " + LOW + ") / (" + HIGH + " - " + LOW + "))";

    private final Jdbc jdbc;

    RunningSums(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Adds the rows of {@code table} that pass {@code condition} to the running sums ({@code sign} 1), or takes
     * them off (−1), summed in SQL: the cost follows those rows, not the whole canvas. Reading the rows into Java
     * to sum them cost as much (a million rows: 8 s, and 15 s with the window's C1-only JIT, against about 9 s).
     */
    void add(String table, String condition, int sign, Object... args) {
        jdbc.update(CellSums.addToDays(ofRecords(table, condition, "day", sign, false)), args);
        jdbc.update(CellSums.addToMonths(ofRecords(table, condition, "month, segment, channel", sign, true)),
                args);
        if (sign < 0) {
            jdbc.update("DELETE FROM feedback_cell WHERE n <= 0");
            jdbc.update("DELETE FROM feedback_month_cell WHERE n <= 0");
        }
    }

    /** Sums every record afresh: for records copied in without their sums, as a recovery copies them. */
    void rebuild() {
        jdbc.update("DELETE FROM feedback_cell");
        jdbc.update("DELETE FROM feedback_month_cell");
        add("feedback", "true", 1);
    }

    /**
     * The running sums' columns computed from the rows of {@code table} (feedback or its trash) that pass a
     * condition, per promise, voice and the given keys ({@code day}, or {@code month, segment, channel}), times
     * {@code sign}, with the count of commented records if asked. Written in SQL both engines accept: counts by
     * CASE (PostgreSQL does not sum truth values) and a named subquery.
     */
    static String ofRecords(String table, String condition, String keys, int sign, boolean withCommented) {
        return """
                SELECT canvas_id, promise_item_id, voice, %2$s, %5$d * count(*) AS n, %5$d * sum(s5) AS sum5,
                       %5$d * sum(s5 * s5) AS sum_squares5, %5$d * count(e5) AS expectation_n,
                       %5$d * coalesce(sum(s5 - e5), 0) AS expectation_gap_sum, %5$d * sum(nps) AS nps_n,
                       %5$d * sum(CASE WHEN nps = 1 AND score >= 9 THEN 1 ELSE 0 END) AS promoters,
                       %5$d * sum(CASE WHEN nps = 1 AND score <= 6 THEN 1 ELSE 0 END) AS detractors%6$s
                FROM (SELECT canvas_id, promise_item_id, voice, coalesce(day, '') AS day,
                             coalesce(substr(day, 1, 7), '') AS month, segment, channel, score, comment, %3$s AS s5,
                             %4$s AS e5, CASE WHEN scale = '0-10' THEN 1 ELSE 0 END AS nps
                      FROM %7$s WHERE %1$s) AS records
                WHERE true
                GROUP BY canvas_id, promise_item_id, voice, %2$s""".formatted(condition, keys, S5, E5, sign,
                withCommented ? ", %d * sum(CASE WHEN comment <> '' THEN 1 ELSE 0 END) AS commented".formatted(sign) : "", table);
    }
}
