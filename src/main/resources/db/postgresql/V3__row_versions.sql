-- Team workspace schema 3: a version on the rows people edit (canvas, item), starting at 1 and raised by every
-- update, so an update made from an older read is refused instead of silently overwriting a colleague's change.
-- The same column as the SQLite workspace's schema 7; see docs/decisions/0010-row-versions.md.
ALTER TABLE canvas ADD COLUMN version BIGINT NOT NULL DEFAULT 1 CHECK (version >= 1);
ALTER TABLE item ADD COLUMN version BIGINT NOT NULL DEFAULT 1 CHECK (version >= 1);
