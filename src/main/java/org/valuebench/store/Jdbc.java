package org.valuebench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Small helpers so repositories read as SQL plus mapping, with SQLException turned into StoreException. */
final class Jdbc {
    private final Connection connection;
    private final SqlDialect dialect;

    Jdbc(Connection connection) {
        this.connection = connection;
        this.dialect = SqlDialect.of(connection);
    }

    SqlDialect dialect() {
        return dialect;
    }

    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    <T> List<T> query(String sql, RowMapper<T> mapper, Object... args) {
        try (PreparedStatement statement = prepare(sql, args); ResultSet rows = statement.executeQuery()) {
            List<T> result = new ArrayList<>();
            while (rows.next()) {
                result.add(mapper.map(rows));
            }
            return result;
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    int update(String sql, Object... args) {
        try (PreparedStatement statement = prepare(sql, args)) {
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** Runs an INSERT into a table with an id column and returns the id the database assigned (or the one given). */
    long insert(String sql, Object... args) {
        if (dialect == SqlDialect.POSTGRESQL) {
            return insertAll(sql, List.<Object[]>of(args))[0];
        }
        try (PreparedStatement statement = prepare(sql, args)) {
            statement.executeUpdate();
            try (ResultSet keys = connection.createStatement().executeQuery("SELECT last_insert_rowid()")) {
                keys.next();
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /**
     * Runs one INSERT for each row of arguments through a single prepared statement (a whole canvas at once
     * costs one prepare, not one per row); returns the row ids SQLite assigned, in order.
     */
    long[] insertAll(String sql, List<Object[]> rows) {
        if (dialect == SqlDialect.POSTGRESQL) {
            return insertAllReturning(sql, rows);
        }
        long[] ids = new long[rows.size()];
        try (PreparedStatement statement = connection.prepareStatement(sql);
             PreparedStatement lastId = connection.prepareStatement("SELECT last_insert_rowid()")) {
            for (int r = 0; r < ids.length; r++) {
                Object[] args = rows.get(r);
                for (int i = 0; i < args.length; i++) {
                    bind(statement, i + 1, args[i]);
                }
                statement.executeUpdate();
                try (ResultSet key = lastId.executeQuery()) {
                    key.next();
                    ids[r] = key.getLong(1);
                }
            }
            return ids;
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** PostgreSQL has no last_insert_rowid(): the driver adds RETURNING id to the INSERT and reads it back. */
    private long[] insertAllReturning(String sql, List<Object[]> rows) {
        long[] ids = new long[rows.size()];
        try (PreparedStatement statement = connection.prepareStatement(sql, new String[] {"id"})) {
            for (int r = 0; r < ids.length; r++) {
                Object[] args = rows.get(r);
                for (int i = 0; i < args.length; i++) {
                    bind(statement, i + 1, args[i]);
                }
                statement.executeUpdate();
                try (ResultSet key = statement.getGeneratedKeys()) {
                    key.next();
                    ids[r] = key.getLong(1);
                }
            }
            return ids;
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** Runs one statement for each row of arguments through a single prepared statement. */
    void updateAll(String sql, List<Object[]> rows) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (Object[] args : rows) {
                for (int i = 0; i < args.length; i++) {
                    bind(statement, i + 1, args[i]);
                }
                statement.executeUpdate();
            }
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    private PreparedStatement prepare(String sql, Object... args) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < args.length; i++) {
            bind(statement, i + 1, args[i]);
        }
        return statement;
    }

    private void bind(PreparedStatement statement, int index, Object arg) throws SQLException {
        if (dialect == SqlDialect.POSTGRESQL && arg instanceof String text && text.indexOf('\u0000') >= 0) {
            statement.close();
            throw TeamFailures.nulRefused(text);
        }
        statement.setObject(index, arg);
    }

    private static StoreException failed(SQLException e) {
        if (TeamFailures.connectionLost(e)) {
            // A team workspace's connection says this in the user's words already (ReconnectingConnection).
            return new StoreException(e.getMessage(), e);
        }
        return new StoreException("Database error: " + e.getMessage(), e);
    }
}
