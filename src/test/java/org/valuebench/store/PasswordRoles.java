package org.valuebench.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A role on the embedded server that must sign in with its password. The embedded server trusts every local
 * connection (its pg_hba.conf says trust), which would accept any password or none; so a rule asking this one role
 * for its password (scram-sha-256) goes first in pg_hba.conf and the server reloads it. Other roles keep trust.
 */
public final class PasswordRoles {
    private PasswordRoles() {
    }

    /** Creates {@code role} with {@code password}, owner of nothing, allowed to connect only with that password. */
    public static synchronized void create(String role, String password) {
        TestPostgres.admin("postgres", "CREATE ROLE " + role + " LOGIN PASSWORD '" + password + "'");
        requirePassword(role);
    }

    /** Makes the server ask the existing login {@code role} for its password. */
    public static synchronized void requirePassword(String role) {
        try (Connection c = TestPostgres.server().getPostgresDatabase().getConnection();
             Statement s = c.createStatement()) {
            Path hba;
            try (ResultSet rows = s.executeQuery("SHOW hba_file")) {
                rows.next();
                hba = Path.of(rows.getString(1));
            }
            String rules = "host all " + role + " 0.0.0.0/0 scram-sha-256\n"
                    + "host all " + role + " ::/0 scram-sha-256\n"
                    + "local all " + role + " scram-sha-256\n";
            Files.writeString(hba, rules + Files.readString(hba, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
            s.execute("SELECT pg_reload_conf()");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot ask " + role + " for a password: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        awaitPasswordAsked(role);
    }

    /** The server reloads its configuration in the background: wait until it asks this role for a password. */
    private static void awaitPasswordAsked(String role) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < deadline) {
            try (Connection c = java.sql.DriverManager.getConnection("jdbc:postgresql://localhost:"
                    + TestPostgres.server().getPort() + "/postgres", role, "not-" + role)) {
                Thread.sleep(50);
            } catch (SQLException refused) {
                if ("28P01".equals(refused.getSQLState())) {
                    return;
                }
                throw new IllegalStateException(refused);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("The server never asked " + role + " for a password");
    }

    /** The lines of pg_hba.conf that are rules (not comments), to say what the embedded server trusts. */
    public static java.util.List<String> hbaRules() {
        try (Connection c = TestPostgres.server().getPostgresDatabase().getConnection();
             Statement s = c.createStatement(); ResultSet rows = s.executeQuery("SHOW hba_file")) {
            rows.next();
            return Files.readAllLines(Path.of(rows.getString(1))).stream()
                    .filter(l -> !l.isBlank() && !l.strip().startsWith("#")).toList();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
