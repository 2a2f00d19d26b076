-- A migration that fails half-way: the table before the error must not survive (upgrades run in one transaction).
CREATE TABLE half_made (id int);
SELECT no_such_function();
