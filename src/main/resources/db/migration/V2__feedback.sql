-- ValueBench workspace schema 2: delivery feedback on promises, the files it was imported from, and running
-- sums per promise, voice and day so gap figures never need to read every record.

CREATE TABLE feedback_import (
    id            INTEGER PRIMARY KEY,
    canvas_id     INTEGER NOT NULL REFERENCES canvas (id) ON DELETE CASCADE,
    file_name     TEXT    NOT NULL,
    content_hash  TEXT    NOT NULL,           -- SHA-256 of the file's bytes: the same content is refused twice
    imported_at   TEXT    NOT NULL,
    row_count     INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX feedback_import_by_canvas ON feedback_import (canvas_id, content_hash);

-- The checks are written with OR, not IN (...): SQLite evaluates a constant IN list far more slowly, and these
-- run for every imported row.
CREATE TABLE feedback (
    id               INTEGER PRIMARY KEY,
    canvas_id        INTEGER NOT NULL,        -- the promise's canvas, for reading a canvas's feedback at once
    promise_item_id  INTEGER NOT NULL REFERENCES item (id) ON DELETE CASCADE,
    score            REAL    NOT NULL,
    scale            TEXT    NOT NULL CHECK (scale = '1-5' OR scale = '1-7' OR scale = '0-10' OR scale = '1-10'),
    expectation      REAL,                    -- on the same scale; NULL when not asked
    voice            TEXT    NOT NULL DEFAULT 'customer'
                             CHECK (voice = 'customer' OR voice = 'employee' OR voice = 'partner'
                                    OR voice = 'community'),
    channel          TEXT    NOT NULL DEFAULT '',
    segment          TEXT    NOT NULL DEFAULT '',
    day              TEXT,                    -- ISO date; NULL when the source gave none
    respondent       TEXT    NOT NULL DEFAULT '',
    comment          TEXT    NOT NULL DEFAULT '',
    import_id        INTEGER REFERENCES feedback_import (id) ON DELETE CASCADE
);
CREATE INDEX feedback_by_promise ON feedback (promise_item_id);
CREATE INDEX feedback_by_canvas ON feedback (canvas_id);
CREATE INDEX feedback_by_import ON feedback (import_id);

-- Sums of the feedback per promise, voice and day (s5 = score on the 1-5 scale, e5 the expectation), kept in
-- step with feedback by the repository in the same transaction as every write: gap figures read a few
-- thousand of these instead of every record.
CREATE TABLE feedback_cell (
    canvas_id            INTEGER NOT NULL REFERENCES canvas (id) ON DELETE CASCADE,
    promise_item_id      INTEGER NOT NULL REFERENCES item (id) ON DELETE CASCADE,
    voice                TEXT    NOT NULL,
    day                  TEXT    NOT NULL,    -- '' for records without a date
    n                    INTEGER NOT NULL,
    sum5                 REAL    NOT NULL,
    sum_squares5         REAL    NOT NULL,
    expectation_n        INTEGER NOT NULL,
    expectation_gap_sum  REAL    NOT NULL,    -- sum of (s5 - e5)
    nps_n                INTEGER NOT NULL,    -- records on the 0-10 scale
    promoters            INTEGER NOT NULL,    -- of those, 9-10
    detractors           INTEGER NOT NULL,    -- of those, 0-6
    PRIMARY KEY (canvas_id, promise_item_id, voice, day)
) WITHOUT ROWID;
CREATE INDEX feedback_cell_by_promise ON feedback_cell (promise_item_id);

-- How many records of each promise carry each segment and channel: the choices the filters offer.
CREATE TABLE feedback_facet (
    canvas_id        INTEGER NOT NULL REFERENCES canvas (id) ON DELETE CASCADE,
    promise_item_id  INTEGER NOT NULL REFERENCES item (id) ON DELETE CASCADE,
    kind             TEXT    NOT NULL CHECK (kind = 'segment' OR kind = 'channel'),
    value            TEXT    NOT NULL,
    n                INTEGER NOT NULL,
    PRIMARY KEY (canvas_id, kind, value, promise_item_id)
) WITHOUT ROWID;
CREATE INDEX feedback_facet_by_promise ON feedback_facet (promise_item_id);

-- Feedback set aside while the item or canvas it belongs to is deleted, so undoing the delete brings it back.
-- Nothing here outlives the session's undo history; the workspace empties it when it is opened.
CREATE TABLE feedback_trash (
    trash_id         INTEGER NOT NULL,
    id               INTEGER NOT NULL,
    canvas_id        INTEGER NOT NULL,
    promise_item_id  INTEGER NOT NULL,
    score            REAL    NOT NULL,
    scale            TEXT    NOT NULL,
    expectation      REAL,
    voice            TEXT    NOT NULL,
    channel          TEXT    NOT NULL,
    segment          TEXT    NOT NULL,
    day              TEXT,
    respondent       TEXT    NOT NULL,
    comment          TEXT    NOT NULL,
    import_id        INTEGER
);
CREATE INDEX feedback_trash_by_trash ON feedback_trash (trash_id);

CREATE TABLE feedback_import_trash (
    trash_id      INTEGER NOT NULL,
    id            INTEGER NOT NULL,
    canvas_id     INTEGER NOT NULL,
    file_name     TEXT    NOT NULL,
    content_hash  TEXT    NOT NULL,
    imported_at   TEXT    NOT NULL,
    row_count     INTEGER NOT NULL
);
CREATE INDEX feedback_import_trash_by_trash ON feedback_import_trash (trash_id);

PRAGMA user_version = 2;
