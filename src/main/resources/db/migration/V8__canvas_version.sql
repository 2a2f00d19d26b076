-- ValueBench workspace schema 8: the history of a canvas. Each row is one version: numbered 1, 2, ... per canvas in
-- the order taken, named by a person or by its cause, and its content (the exchange JSON of the canvas with its
-- workshops and the promises' gap figures as they stood, deflated; see docs/history.md). A deleted version keeps
-- its row without content, so its number is never given again. The versions go with their canvas. The same table
-- in the team workspace: postgresql/V5.
CREATE TABLE canvas_version (
    id          INTEGER PRIMARY KEY,
    canvas_id   INTEGER NOT NULL REFERENCES canvas (id) ON DELETE CASCADE,
    number      INTEGER NOT NULL CHECK (number >= 1),
    name        TEXT    NOT NULL CHECK (trim(name) <> ''),
    cause       TEXT    NOT NULL CHECK (cause IN ('SAVED', 'WORKSHOP_STARTED', 'WORKSHOP_FINISHED', 'JSON_IMPORT',
                                                  'SURVEY_IMPORT', 'VOTE_APPLIED', 'RESTORE', 'FIRST_EDIT_OF_DAY')),
    author      TEXT    NOT NULL DEFAULT '',
    taken_at    TEXT    NOT NULL,
    summary     TEXT    NOT NULL DEFAULT '',
    is_deleted  INTEGER NOT NULL DEFAULT 0 CHECK (is_deleted IN (0, 1)),
    content     BLOB    NOT NULL,
    UNIQUE (canvas_id, number)
);
PRAGMA user_version = 8;
