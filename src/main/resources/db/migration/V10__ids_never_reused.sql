-- ValueBench workspace schema 10: a deleted card's or factor's id is never given to a new one. SQLite gives a new
-- row max(id) + 1, which is the id of the newest row when that was just deleted; canvas versions and comparisons
-- match cards and factors by id, so "Warm deleted, Eggs added" read as one card edited. The highest id ever used
-- is kept here (raised by every insert, also undo's inserts under an old id) and new rows take the next one
-- (store.SqlDialect.newId). A team workspace needs none of this: PostgreSQL's identity never goes back.
CREATE TABLE id_high_water (
    name  TEXT PRIMARY KEY,
    value INTEGER NOT NULL
);
INSERT INTO id_high_water (name, value) SELECT 'item', coalesce(max(id), 0) FROM item;
INSERT INTO id_high_water (name, value) SELECT 'factor', coalesce(max(id), 0) FROM factor;
CREATE TRIGGER item_high_water AFTER INSERT ON item
BEGIN
    UPDATE id_high_water SET value = max(value, NEW.id) WHERE name = 'item';
END;
CREATE TRIGGER factor_high_water AFTER INSERT ON factor
BEGIN
    UPDATE id_high_water SET value = max(value, NEW.id) WHERE name = 'factor';
END;
PRAGMA user_version = 10;
