-- Team workspace schema 6: a version on the strategy canvas's rows people edit (factor, rating), as schema 3 gave
-- canvas and item: 1 when inserted, raised by every update, so an update made from an older read is refused
-- instead of silently overwriting a colleague's change. An empty rating cell has no row: it counts as version 0.
-- The same columns as the SQLite workspace's schema 9; see docs/decisions/0010-row-versions.md.
ALTER TABLE factor ADD COLUMN version BIGINT NOT NULL DEFAULT 1 CHECK (version >= 1);
ALTER TABLE rating ADD COLUMN version BIGINT NOT NULL DEFAULT 1 CHECK (version >= 1);
