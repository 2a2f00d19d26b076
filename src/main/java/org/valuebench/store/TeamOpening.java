package org.valuebench.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Opens a team workspace in a PostgreSQL database. An empty database is made one by the PostgreSQL migrations
 * (all pending ones in one transaction, so a failed upgrade leaves the old schema); a database holding other
 * tables, or a workspace of a newer version, is refused untouched. A user the server lets only read gets a
 * read-only workspace that says so.
 */
final class TeamOpening {
    /** The newest team workspace schema this version reads and writes; equals the highest PostgreSQL migration. */
    static final int SCHEMA_VERSION = 5;
    static final List<String> MIGRATIONS = List.of("classpath:db/postgresql");
    private static final String HISTORY = "flyway_schema_history";
    /** The first word of every ValueBench connection's application_name; the session follows. */
    static final String APPLICATION = "ValueBench";
    /** The last word of the application_name of a window's listening connection. */
    static final String LISTENING = "listening";

    private TeamOpening() {
    }

    static Workspace open(TeamServer server, char[] password, List<String> migrations, int newestSchema) {
        String session = ChangeLog.newSession();
        PGSimpleDataSource dataSource = dataSource(server, password, APPLICATION + " " + session);
        ReconnectingConnection reconnecting;
        try {
            reconnecting = ReconnectingConnection.over(dataSource.getConnection(), dataSource::getConnection,
                    server.toString());
        } catch (SQLException e) {
            throw TeamFailures.cannotConnect(server.toString(), e);
        }
        Connection connection = reconnecting.connection();
        try {
            Schema schema = inspect(connection, server, newestSchema);
            boolean mayWrite = mayWrite(connection);
            if (schema.version() < newestSchema) {
                if (!mayWrite) {
                    throw new StoreException(schema.version() == 0
                            ? "The database of " + server + " is empty and " + server.user() + " may not create"
                            + " tables in it, so it cannot become a team workspace. An administrator grants that"
                            + " right (see docs/team-workspace.md). Nothing was changed."
                            : "The team workspace " + server + " must be upgraded before this version can use it,"
                            + " and " + server.user() + " may only read it. Ask an editor to open it once.");
                }
                migrate(dataSource, migrations, server);
            }
            Optional<String> readOnly = mayWrite ? Optional.empty()
                    : Optional.of("Read-only: " + server.user() + " may read the team workspace " + server
                    + " but the server grants no right to change it.");
            TeamEngine engine = new TeamEngine(server, connection, reconnecting, session,
                    dataSource(server, password, APPLICATION + " " + session + " " + LISTENING));
            return new Workspace(engine, connection, schema.version() == 0, readOnly);
        } catch (SQLException | RuntimeException e) {
            close(connection, e);
            if (e instanceof StoreException store) {
                throw store;
            }
            if (TeamFailures.notPermitted(e)) {
                throw new StoreException("The server does not let " + server.user() + " read the team workspace "
                        + server + ". An administrator grants the viewers' or editors' role (see"
                        + " docs/team-workspace.md). Nothing was changed.", e);
            }
            throw new StoreException("Cannot open the team workspace " + server + ": " + e.getMessage(), e);
        }
    }

    /**
     * How a connection names itself to the server (application_name): the program, the session, and for the
     * listening connection a last word, so presence counts windows and an administrator sees who is connected.
     */
    private static PGSimpleDataSource dataSource(TeamServer server, char[] password,
                                                 String applicationName) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(server.jdbcUrl());
        dataSource.setUser(server.user());
        if (password != null) {
            dataSource.setPassword(new String(password));
        }
        // Otherwise the driver reads PGPASSFILE or ~/.pgpass itself, as libpq does; PGPASSWORD is taken by the
        // caller's address (app.workspace.TeamAddress), with the rest of the environment.
        dataSource.setApplicationName(applicationName);
        dataSource.setConnectTimeout(10);
        return dataSource;
    }

    private record Schema(int version) {
    }

    /** The schema this database holds: 0 when it is empty; refuses a foreign or newer one. */
    private static Schema inspect(Connection connection, TeamServer server, int newestSchema) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement s = connection.createStatement();
             // pg_tables lists every table, also those this user may not read (information_schema hides them).
             ResultSet rows = s.executeQuery("SELECT tablename FROM pg_catalog.pg_tables"
                     + " WHERE schemaname = current_schema() ORDER BY tablename")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        if (tables.isEmpty()) {
            return new Schema(0);
        }
        if (!tables.contains(HISTORY) || !tables.contains("canvas")) {
            throw new StoreException("The database of " + server + " already holds other tables (" + names(tables)
                    + ") and is not a ValueBench team workspace, so it was left untouched. Use an empty database.");
        }
        int version;
        try (Statement s = connection.createStatement();
             ResultSet rows = s.executeQuery("SELECT max(CAST(version AS INTEGER)) FROM " + HISTORY
                     + " WHERE success AND version IS NOT NULL")) {
            version = rows.next() ? rows.getInt(1) : 0;
        }
        if (version > newestSchema) {
            throw new StoreException("The team workspace " + server + " was made by a newer version of ValueBench"
                    + " (schema " + version + "; this version knows up to " + newestSchema + "). Update ValueBench to"
                    + " open it. Nothing was changed.");
        }
        return new Schema(version);
    }

    private static String names(List<String> tables) {
        List<String> shown = tables.subList(0, Math.min(5, tables.size()));
        return String.join(", ", shown) + (tables.size() > shown.size() ? " and " + (tables.size() - shown.size())
                + " more" : "");
    }

    /** Whether the server lets this user change the workspace (or, when empty, create it). */
    private static boolean mayWrite(Connection connection) throws SQLException {
        String sql = "SELECT CASE WHEN to_regclass('item') IS NULL"
                + " THEN has_schema_privilege(current_schema(), 'CREATE')"
                + " ELSE has_table_privilege('item', 'INSERT') AND has_table_privilege('item', 'UPDATE') END";
        try (Statement s = connection.createStatement(); ResultSet rows = s.executeQuery(sql)) {
            return rows.next() && rows.getBoolean(1);
        }
    }

    private static void migrate(PGSimpleDataSource dataSource, List<String> migrations, TeamServer server) {
        Flyway flyway = Flyway.configure()
                .dataSource(dataSource)
                .locations(migrations.toArray(String[]::new))
                .group(true) // all pending migrations in one transaction: a failed upgrade leaves the old schema
                .load();
        try {
            flyway.migrate();
        } catch (FlywayException e) {
            throw new StoreException("Cannot bring the team workspace " + server + " up to date: " + e.getMessage()
                    + ". Nothing was changed.", e);
        }
    }

    private static void close(Connection connection, Exception failure) {
        try {
            connection.close();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }
}
