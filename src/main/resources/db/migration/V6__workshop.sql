-- ValueBench workspace schema 6: leadership workshops held on a canvas. Plain INTEGER/TEXT, CHECKs and foreign
-- keys only, so a PostgreSQL edition of the schema can follow it. Times are ISO-8601 instants as TEXT; sections
-- are section names separated by commas. See docs/decisions/0007-workshops-in-the-workspace.md.
CREATE TABLE workshop (
    id                   INTEGER PRIMARY KEY,
    canvas_id            INTEGER NOT NULL REFERENCES canvas (id) ON DELETE CASCADE,
    title                TEXT    NOT NULL CHECK (trim(title) <> ''),
    started_at           TEXT    NOT NULL,
    ended_at             TEXT,
    state                TEXT    NOT NULL CHECK (state IN ('RUNNING', 'FINISHED')),
    -- Index into the agenda of the step shown; its timer runs since timer_running_since (NULL: paused).
    current_step         INTEGER NOT NULL DEFAULT 0 CHECK (current_step >= 0),
    timer_running_since  TEXT,
    timer_extra_seconds  INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX workshop_by_canvas ON workshop (canvas_id, started_at);

CREATE TABLE agenda_step (
    id               INTEGER PRIMARY KEY,
    workshop_id      INTEGER NOT NULL REFERENCES workshop (id) ON DELETE CASCADE,
    position         INTEGER NOT NULL CHECK (position >= 0),
    title            TEXT    NOT NULL CHECK (trim(title) <> ''),
    sections         TEXT    NOT NULL CHECK (sections <> ''),
    prompt           TEXT    NOT NULL DEFAULT '',
    kind             TEXT    NOT NULL CHECK (kind IN ('BRAINSTORM', 'FIT', 'PROMISES', 'VOTE')),
    planned_seconds  INTEGER NOT NULL CHECK (planned_seconds >= 0),
    actual_seconds   INTEGER NOT NULL DEFAULT 0 CHECK (actual_seconds >= 0),
    is_private       INTEGER NOT NULL DEFAULT 0 CHECK (is_private IN (0, 1)),
    is_anonymous     INTEGER NOT NULL DEFAULT 0 CHECK (is_anonymous IN (0, 1)),
    is_skipped       INTEGER NOT NULL DEFAULT 0 CHECK (is_skipped IN (0, 1))
);
CREATE INDEX agenda_step_by_workshop ON agenda_step (workshop_id, position);

CREATE TABLE workshop_participant (
    id           INTEGER PRIMARY KEY,
    workshop_id  INTEGER NOT NULL REFERENCES workshop (id) ON DELETE CASCADE,
    position     INTEGER NOT NULL CHECK (position >= 0),
    name         TEXT    NOT NULL CHECK (trim(name) <> ''),
    role         TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX participant_by_workshop ON workshop_participant (workshop_id, position);

-- Which step a card came from and who gave it. participant_id is NULL for an anonymous step: nothing about the
-- author is stored. A merged card keeps the contributions of both cards.
CREATE TABLE contribution (
    id              INTEGER PRIMARY KEY,
    item_id         INTEGER NOT NULL REFERENCES item (id) ON DELETE CASCADE,
    step_id         INTEGER NOT NULL REFERENCES agenda_step (id) ON DELETE CASCADE,
    participant_id  INTEGER REFERENCES workshop_participant (id) ON DELETE CASCADE,
    is_hidden       INTEGER NOT NULL DEFAULT 0 CHECK (is_hidden IN (0, 1))
);
CREATE INDEX contribution_by_item ON contribution (item_id);
CREATE INDEX contribution_by_step ON contribution (step_id);

CREATE TABLE vote (
    id                    INTEGER PRIMARY KEY,
    workshop_id           INTEGER NOT NULL REFERENCES workshop (id) ON DELETE CASCADE,
    step_id               INTEGER NOT NULL REFERENCES agenda_step (id) ON DELETE CASCADE,
    sections              TEXT    NOT NULL CHECK (sections <> ''),
    dots_per_participant  INTEGER NOT NULL CHECK (dots_per_participant >= 1),
    one_dot_per_card      INTEGER NOT NULL DEFAULT 0 CHECK (one_dot_per_card IN (0, 1)),
    is_anonymous          INTEGER NOT NULL DEFAULT 0 CHECK (is_anonymous IN (0, 1)),
    is_open               INTEGER NOT NULL DEFAULT 1 CHECK (is_open IN (0, 1))
);
CREATE INDEX vote_by_workshop ON vote (workshop_id);

-- Dots on a card from one ballot. A named vote's ballot carries participant_id; an anonymous vote's ballot is a
-- key unrelated to the participant rows and participant_id stays NULL; a typed paper tally is the ballot 'paper'.
CREATE TABLE dot (
    id              INTEGER PRIMARY KEY,
    vote_id         INTEGER NOT NULL REFERENCES vote (id) ON DELETE CASCADE,
    item_id         INTEGER NOT NULL REFERENCES item (id) ON DELETE CASCADE,
    ballot          TEXT    NOT NULL CHECK (ballot <> ''),
    participant_id  INTEGER REFERENCES workshop_participant (id) ON DELETE CASCADE,
    dots            INTEGER NOT NULL CHECK (dots >= 1)
);
CREATE INDEX dot_by_vote ON dot (vote_id);
CREATE INDEX dot_by_item ON dot (item_id);

-- What a vote decided for a card: IMPORTANCE (value 1-5) or PROMISE (value the target level).
CREATE TABLE decision (
    id           INTEGER PRIMARY KEY,
    workshop_id  INTEGER NOT NULL REFERENCES workshop (id) ON DELETE CASCADE,
    vote_id      INTEGER NOT NULL REFERENCES vote (id) ON DELETE CASCADE,
    item_id      INTEGER NOT NULL REFERENCES item (id) ON DELETE CASCADE,
    kind         TEXT    NOT NULL CHECK (kind IN ('IMPORTANCE', 'PROMISE')),
    value        INTEGER NOT NULL CHECK (value BETWEEN 1 AND 5)
);
CREATE INDEX decision_by_workshop ON decision (workshop_id);
CREATE INDEX decision_by_item ON decision (item_id);

-- The workshop setup saved on a canvas to reuse: vote options here, the agenda in workshop_plan_step.
CREATE TABLE workshop_plan (
    canvas_id             INTEGER PRIMARY KEY REFERENCES canvas (id) ON DELETE CASCADE,
    dots_per_participant  INTEGER NOT NULL CHECK (dots_per_participant >= 1),
    one_dot_per_card      INTEGER NOT NULL DEFAULT 0 CHECK (one_dot_per_card IN (0, 1)),
    anonymous_vote        INTEGER NOT NULL DEFAULT 0 CHECK (anonymous_vote IN (0, 1))
);

CREATE TABLE workshop_plan_step (
    canvas_id        INTEGER NOT NULL REFERENCES workshop_plan (canvas_id) ON DELETE CASCADE,
    position         INTEGER NOT NULL CHECK (position >= 0),
    title            TEXT    NOT NULL CHECK (trim(title) <> ''),
    sections         TEXT    NOT NULL CHECK (sections <> ''),
    prompt           TEXT    NOT NULL DEFAULT '',
    kind             TEXT    NOT NULL CHECK (kind IN ('BRAINSTORM', 'FIT', 'PROMISES', 'VOTE')),
    planned_seconds  INTEGER NOT NULL CHECK (planned_seconds >= 0),
    is_private       INTEGER NOT NULL DEFAULT 0 CHECK (is_private IN (0, 1)),
    is_anonymous     INTEGER NOT NULL DEFAULT 0 CHECK (is_anonymous IN (0, 1)),
    PRIMARY KEY (canvas_id, position)
);

PRAGMA user_version = 6;
