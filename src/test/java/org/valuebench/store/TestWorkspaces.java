package org.valuebench.store;

import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Opens the workspace a test names by its file on the engine the test run is for: the SQLite file itself, or,
 * when the run sets {@code -Dvaluebench.test.engine=postgresql} (the build's team-workspace run of the same
 * tests), a database on the embedded PostgreSQL server that stands for that file, so reopening the same file
 * reopens the same database.
 */
public final class TestWorkspaces {
    public static final String ENGINE_PROPERTY = "valuebench.test.engine";

    private TestWorkspaces() {
    }

    /** True in the run of the tests against the team workspace on PostgreSQL. */
    public static boolean onTeamServer() {
        return "postgresql".equals(System.getProperty(ENGINE_PROPERTY));
    }

    public static Workspace open(Path file, boolean exclusive) {
        return onTeamServer() ? Workspace.openTeam(TestPostgres.databaseFor(file), null)
                : Workspace.open(file, exclusive);
    }

    /** As {@link #open(Path, boolean)}; {@code upgrading} hears of an older file's upgrade (a database has none). */
    public static Workspace open(Path file, boolean exclusive, Consumer<Path> upgrading) {
        return onTeamServer() ? Workspace.openTeam(TestPostgres.databaseFor(file), null)
                : Workspace.open(file, exclusive, upgrading);
    }
}
