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
}
