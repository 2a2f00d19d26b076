-- ValueBench workspace schema 7: a version on the rows people edit (canvas, item), starting at 1 and raised by
-- every update, so an update made from an older read is refused instead of silently overwriting a colleague's
-- change. See docs/decisions/0010-row-versions.md. The same column in the team workspace: postgresql/V3.
ALTER TABLE canvas ADD COLUMN version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1);
ALTER TABLE item ADD COLUMN version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1);
PRAGMA user_version = 7;
