-- Only for tests: a second schema version, to prove a workspace is backed up before it is migrated.
CREATE TABLE test_future (id INTEGER PRIMARY KEY);
PRAGMA user_version = 2;
