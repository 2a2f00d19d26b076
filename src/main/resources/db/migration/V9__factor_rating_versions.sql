-- ValueBench workspace schema 9: a version on the strategy canvas's rows people edit (factor, rating), as schema 7
-- gave canvas and item: 1 when inserted, raised by every update, so an update made from an older read is refused
-- instead of silently overwriting a colleague's change. An empty rating cell has no row: it counts as version 0.
-- The same columns in the team workspace: postgresql/V6. See docs/decisions/0010-row-versions.md.
ALTER TABLE factor ADD COLUMN version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1);
ALTER TABLE rating ADD COLUMN version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1);
PRAGMA user_version = 9;
