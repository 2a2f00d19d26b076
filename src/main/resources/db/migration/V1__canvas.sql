-- ValueBench workspace schema 1: canvases, their items and fit links.
CREATE TABLE canvas (
    id          INTEGER PRIMARY KEY,
    name        TEXT    NOT NULL,
    segment     TEXT    NOT NULL DEFAULT '',
    offering    TEXT    NOT NULL DEFAULT '',
    notes       TEXT    NOT NULL DEFAULT '',
    created_at  TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL
);

CREATE TABLE item (
    id              INTEGER PRIMARY KEY,
    canvas_id       INTEGER NOT NULL REFERENCES canvas (id) ON DELETE CASCADE,
    section         TEXT    NOT NULL CHECK (section IN ('WANTS', 'NEEDS', 'FEARS', 'FEATURES', 'BENEFITS',
                                                        'EXPERIENCE', 'COMPETITORS', 'SUBSTITUTES')),
    position        INTEGER NOT NULL CHECK (position >= 0),
    text            TEXT    NOT NULL CHECK (trim(text) <> ''),
    notes           TEXT    NOT NULL DEFAULT '',
    colour          TEXT    NOT NULL DEFAULT 'NONE',
    author          TEXT    NOT NULL DEFAULT '',
    importance      INTEGER NOT NULL DEFAULT 3 CHECK (importance BETWEEN 1 AND 5),
    is_promise      INTEGER NOT NULL DEFAULT 0 CHECK (is_promise IN (0, 1)),
    promise_target  INTEGER NOT NULL DEFAULT 4 CHECK (promise_target BETWEEN 1 AND 5)
);
CREATE INDEX item_by_canvas ON item (canvas_id, section, position);

CREATE TABLE fit_link (
    offering_item_id  INTEGER NOT NULL REFERENCES item (id) ON DELETE CASCADE,
    customer_item_id  INTEGER NOT NULL REFERENCES item (id) ON DELETE CASCADE,
    PRIMARY KEY (offering_item_id, customer_item_id)
);
CREATE INDEX fit_link_by_customer ON fit_link (customer_item_id);

-- Per-workspace state that must survive a restart, such as the canvas last shown.
CREATE TABLE setting (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
);

PRAGMA user_version = 1;
