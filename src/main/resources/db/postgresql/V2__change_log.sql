-- ValueBench team workspace schema 2: the change log. Every committed change is logged here and notified on the
-- channel valuebench_changes in the same transaction; a window that lost its connection reads what it missed by seq.
-- Entries older than a day are dropped as changes are announced (a window away longer reloads everything).
CREATE TABLE change_log (
    seq        BIGSERIAL PRIMARY KEY,
    at         TIMESTAMPTZ NOT NULL DEFAULT now(),
    canvas_id  BIGINT      NOT NULL,
    what       TEXT        NOT NULL,
    session    TEXT        NOT NULL
);
CREATE INDEX change_log_by_at ON change_log (at);
