package org.valuebench.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The few places where SQLite and PostgreSQL need different SQL; everything else is written once in SQL both
 * accept (ON CONFLICT … DO NOTHING, coalesce, …).
 */
enum SqlDialect {
    SQLITE {
        @Override
        String caseless(String expression) {
            return expression + " COLLATE NOCASE";
        }

        @Override
        String descendingNullsLast(String column) {
            return column + " DESC"; // SQLite sorts NULL lowest already, and so uses an index for this order
        }

        @Override
        String newId(String table) {
            return "(SELECT value + 1 FROM id_high_water WHERE name = '" + table + "')";
        }
    },
    POSTGRESQL {
        @Override
        String caseless(String expression) {
            return "lower(" + expression + ")";
        }

        @Override
        String descendingNullsLast(String column) {
            return column + " DESC NULLS LAST";
        }

        @Override
        String newId(String table) {
            return "NULL"; // the fill_new_id trigger takes the identity's next value, which never goes back
        }
    };

    /** The dialect of the database behind {@code connection}. */
    static SqlDialect of(Connection connection) {
        try {
            return connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT)
                    .contains("postgres") ? POSTGRESQL : SQLITE;
        } catch (SQLException e) {
            throw new StoreException("Cannot tell which database holds the workspace: " + e.getMessage(), e);
        }
    }

    /**
     * {@code expression} compared and sorted without regard to case: SQLite's NOCASE collation, PostgreSQL's
     * lower() (used on both sides of a comparison).
     */
    abstract String caseless(String expression);

    /** The condition "{@code column} equals the argument, ignoring case". */
    String caselessEquals(String column) {
        return caseless(column) + " = " + caseless("?");
    }

    /** An ORDER BY term: newest first, rows without a value last, as SQLite sorts them. */
    abstract String descendingNullsLast(String column);

    /**
     * The id a new row of {@code table} (item or factor) gets: one above any id the table ever held, so a deleted
     * row's id is never given again (workspace schema 10).
     */
    abstract String newId(String table);

    /**
     * The id to insert, one placeholder either way: the one given (undo puts a row back under its old id), or a new
     * one for an id of 0 (its placeholder then takes NULL).
     */
    String givenOrNewId(String table, long id) {
        return id != 0 ? "?" : "coalesce(CAST(? AS BIGINT), " + newId(table) + ")";
    }
}
