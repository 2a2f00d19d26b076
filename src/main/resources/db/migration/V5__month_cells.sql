-- ValueBench workspace schema 5: running sums per promise, voice, month, segment and channel, so a segment or
-- channel filter reads sums instead of every record. Before this, such a filter read all records of the canvas:
-- 1 to 2 seconds of a core at 1,000,000 records, during which the gap view's frames waited for a core on a
-- two-core machine. Per month, not per day: the 1,000,000-record benchmark sample has about 4,600 such cells
-- against 128,000 per day, which would cost an import about a second more. A date range that does not cover whole
-- months still reads the records. These sums also hold the filter choices, so feedback_facet goes.
CREATE TABLE feedback_month_cell (
    canvas_id            INTEGER NOT NULL REFERENCES canvas (id) ON DELETE CASCADE,
    promise_item_id      INTEGER NOT NULL REFERENCES item (id) ON DELETE CASCADE,
    voice                TEXT    NOT NULL,
    month                TEXT    NOT NULL,    -- yyyy-mm; '' for records without a date
    segment              TEXT    NOT NULL,
    channel              TEXT    NOT NULL,
    n                    INTEGER NOT NULL,
    sum5                 REAL    NOT NULL,
    sum_squares5         REAL    NOT NULL,
    expectation_n        INTEGER NOT NULL,
    expectation_gap_sum  REAL    NOT NULL,
    nps_n                INTEGER NOT NULL,
    promoters            INTEGER NOT NULL,
    detractors           INTEGER NOT NULL,
    commented            INTEGER NOT NULL,    -- records with a comment: the drill-down's count under a filter
    PRIMARY KEY (canvas_id, promise_item_id, voice, month, segment, channel)
) WITHOUT ROWID;
CREATE INDEX feedback_month_cell_by_promise ON feedback_month_cell (promise_item_id);

-- The same sums as CellSums keeps for every record written (s5 and e5 as in FeedbackScale.toFive).
INSERT INTO feedback_month_cell (canvas_id, promise_item_id, voice, month, segment, channel, n, sum5, sum_squares5,
                                 expectation_n, expectation_gap_sum, nps_n, promoters, detractors, commented)
SELECT canvas_id, promise_item_id, voice, month, segment, channel, count(*), sum(s5), sum(s5 * s5), count(e5),
       coalesce(sum(s5 - e5), 0), sum(nps), sum(nps AND score >= 9), sum(nps AND score <= 6), sum(comment <> '')
FROM (SELECT canvas_id, promise_item_id, voice, coalesce(substr(day, 1, 7), '') AS month, segment, channel, score,
             comment,
             1 + 4 * (score - low) / (high - low) AS s5, 1 + 4 * (expectation - low) / (high - low) AS e5,
             scale = '0-10' AS nps
      FROM (SELECT *, CASE scale WHEN '0-10' THEN 0.0 ELSE 1.0 END AS low,
                      CASE scale WHEN '1-5' THEN 5.0 WHEN '1-7' THEN 7.0 ELSE 10.0 END AS high
            FROM feedback))
GROUP BY canvas_id, promise_item_id, voice, month, segment, channel;

DROP TABLE feedback_facet;

PRAGMA user_version = 5;
