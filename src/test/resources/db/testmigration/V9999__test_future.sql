-- Only for tests: a schema version beyond any real one, to prove a workspace is backed up before it is migrated.
CREATE TABLE test_future (id INTEGER PRIMARY KEY);
PRAGMA user_version = 9999;
