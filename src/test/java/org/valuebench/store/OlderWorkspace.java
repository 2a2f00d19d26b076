package org.valuebench.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;

/** Workspace files as an earlier ValueBench wrote them, for tests of what opening one does. */
public final class OlderWorkspace {
    private OlderWorkspace() {
    }

    /** Creates {@code file} as an empty workspace at {@code schema}, through the shipped migrations up to it. */
    public static Path atSchema(Path file, int schema) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("PRAGMA application_id = " + WorkspaceHeader.APPLICATION_ID);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        Flyway.configure().dataSource("jdbc:sqlite:" + file, null, null).locations("classpath:db/migration")
                .target(String.valueOf(schema)).load().migrate();
        return file;
    }
}
