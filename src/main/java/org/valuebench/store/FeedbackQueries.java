package org.valuebench.store;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.valuebench.domain.FeedbackFilter;
import org.valuebench.domain.Voice;

/**
 * The statements that read feedback under a filter: a page of records, a count, the cells the gap figures are
 * summed from; each reads the running sums where they can answer ({@link SumSource}) and the records otherwise.
 * Kept apart from running them so a test can ask SQLite for each statement's plan.
 */
final class FeedbackQueries {
    private FeedbackQueries() {
    }

    /** A statement and its arguments. */
    record Query(String sql, Object... args) {
    }

    static Query listQuery(SqlDialect dialect, long canvasId, long promiseItemId, FeedbackFilter filter, Voice voice,
                           boolean withCommentOnly, int offset, int limit) {
        Where where = where(dialect, canvasId, promiseItemId, filter, voice, withCommentOnly);
        where.args.add(limit);
        where.args.add(offset);
        // SQLite sorts NULL lowest, so undated records come last; this is also the comment index's own order.
        return new Query("SELECT " + FeedbackRepository.COLUMNS + " FROM feedback WHERE " + where.sql
                + " ORDER BY " + dialect.descendingNullsLast("day") + ", id DESC LIMIT ? OFFSET ?", where.args.toArray());
    }

    /**
     * Counts from the running sums when they hold the answer: all records under any filter the sums can serve
     * (see {@link SumSource}), commented records only when segment or channel is filtered over whole months.
     * Commented records otherwise come from the comment index, which counts them without reading a record.
     */
    static Query countQuery(SqlDialect dialect, long canvasId, long promiseItemId, FeedbackFilter filter, Voice voice,
                            boolean withCommentOnly) {
        SumSource source = SumSource.of(filter);
        if (source == SumSource.RECORDS || withCommentOnly && source == SumSource.DAYS) {
            Where where = where(dialect, canvasId, promiseItemId, filter, voice, withCommentOnly);
            return new Query("SELECT count(*) FROM feedback WHERE " + where.sql, where.args.toArray());
        }
        Where where = source.where(dialect, canvasId, filter);
        if (promiseItemId != 0) {
            where.and("promise_item_id = ?", promiseItemId);
        }
        if (voice != null) {
            where.and("voice = ?", voice.label());
        }
        return new Query("SELECT coalesce(sum(" + (withCommentOnly ? "commented" : "n") + "), 0) FROM "
                + source.table + " WHERE " + where.sql, where.args.toArray());
    }

    /** The conditions of a page or a count read from the records themselves. */
    private static Where where(SqlDialect dialect, long canvasId, long promiseItemId, FeedbackFilter filter, Voice voice,
                               boolean withCommentOnly) {
        // Without statistics SQLite may read a promise's records through the canvas index, which holds every
        // record of the canvas: three times the rows with three promises. The unary + keeps canvas_id out of the
        // index choice so the promise index is read; the comment index starts with canvas_id, so it keeps it.
        boolean byPromise = promiseItemId != 0 && !withCommentOnly;
        Where where = new Where(byPromise ? "+canvas_id = ?" : "canvas_id = ?", canvasId);
        if (promiseItemId != 0) {
            where.and("promise_item_id = ?", promiseItemId);
        }
        if (voice != null) {
            where.and("voice = ?", voice.label());
        }
        if (withCommentOnly) {
            where.and("comment <> ''");
        }
        if (filter.since() != null) {
            where.and("day >= ?", filter.since().toString());
        }
        if (filter.until() != null) {
            where.and("day <= ?", filter.until().toString());
        }
        if (filter.segment() != null) {
            where.and(dialect.caselessEquals("segment"), filter.segment());
        }
        if (filter.channel() != null) {
            where.and(dialect.caselessEquals("channel"), filter.channel());
        }
        return where;
    }

    static Query cellsQuery(SqlDialect dialect, long canvasId, FeedbackFilter filter) {
        SumSource source = SumSource.of(filter);
        Where where = source.where(dialect, canvasId, filter);
        String from = source == SumSource.RECORDS
                ? "(" + RunningSums.ofRecords("feedback", where.sql, "day", 1, false) + ") AS sums"
                : source.table + " WHERE " + where.sql;
        // The rows, not their sums per month: MonthCells sums them alike on both engines.
        String month = "substr(" + source.period + ", 1, 7)";
        return new Query("SELECT promise_item_id, voice, " + month + ", n, sum5, sum_squares5, expectation_n,"
                + " expectation_gap_sum, nps_n, promoters, detractors FROM " + from, where.args.toArray());
    }

    /**
     * Where the figures under a filter are read from: the sums per day when neither segment nor channel is
     * filtered, the sums per month, segment and channel when the date range covers whole months, otherwise the
     * records themselves.
     */
    enum SumSource {
        DAYS("feedback_cell", "day"),
        MONTHS("feedback_month_cell", "month"),
        RECORDS("feedback", "day");

        final String table;
        /** The column that dates a row: yyyy-mm-dd per day ('' undated), yyyy-mm per month ('' undated). */
        final String period;

        SumSource(String table, String period) {
            this.table = table;
            this.period = period;
        }

        static SumSource of(FeedbackFilter filter) {
            if (filter.segment() == null && filter.channel() == null) {
                return DAYS;
            }
            return filter.coversWholeMonths() ? MONTHS : RECORDS;
        }

        /** The canvas, date, segment and channel conditions of the filter on this source's rows. */
        Where where(SqlDialect dialect, long canvasId, FeedbackFilter filter) {
            Where where = new Where("canvas_id = ?", canvasId);
            if (filter.since() != null) {
                where.and(period + " >= ?", period(filter.since()));
            }
            if (filter.until() != null) {
                where.and(period + " <= ?", period(filter.until()));
            }
            if (filter.hasDateRange() && this != RECORDS) {
                where.and(period + " <> ''");
            }
            if (filter.segment() != null) {
                where.and(dialect.caselessEquals("segment"), filter.segment());
            }
            if (filter.channel() != null) {
                where.and(dialect.caselessEquals("channel"), filter.channel());
            }
            return where;
        }

        private String period(LocalDate date) {
            return this == MONTHS ? YearMonth.from(date).toString() : date.toString();
        }
    }

    /** A WHERE clause grown condition by condition with its arguments. */
    static final class Where {
        private String sql;
        private final List<Object> args = new ArrayList<>();

        Where(String first, Object arg) {
            this.sql = first;
            args.add(arg);
        }

        void and(String condition, Object... values) {
            sql = sql + " AND " + condition;
            args.addAll(List.of(values));
        }
    }
}
