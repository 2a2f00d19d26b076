-- A migration that fails after the workspace file was made: creating a workspace must then leave no file behind.
CREATE TABLE half_made (id INTEGER PRIMARY KEY);
SELECT * FROM no_such_table;
