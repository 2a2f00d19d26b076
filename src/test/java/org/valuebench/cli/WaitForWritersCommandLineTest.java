package org.valuebench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuebench.app.Workbench;
import org.valuebench.app.Workbenches;
import org.valuebench.app.feedback.FeedbackUseCases;
import org.valuebench.app.workspace.WorkbenchOpener;
import org.valuebench.app.workspace.WorkspaceLocation;
import org.valuebench.domain.Section;

/** A command that writes while another program holds the workspace's write lock (a long import, say). */
@Tag("sqlite-only") // SQLite's one writer per file (store.WriteTurn); PostgreSQL runs writers side by side
class WaitForWritersCommandLineTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-06-15T12:00:00Z"), ZoneOffset.UTC);
    private static final String NOTICE = "valuebench: waiting for another import to finish…";

    @TempDir
    Path dir;

    private Path file;
    private long canvas;

    @BeforeEach
    void workspaceWithPromises() {
        file = dir.resolve("ws.db");
        try (Workbench workbench = Workbenches.open(file, false, CLOCK)) {
            canvas = workbench.createCanvas("Corner shop").canvas().orElseThrow().canvas().id();
            for (String promise : List.of("Always in stock", "Low prices", "Quick checkout")) {
                long id = workbench.addItem(canvas, Section.FEATURES, promise, -1).focusItemId();
                workbench.updateItem(workbench.canvas(canvas).item(id).orElseThrow().withPromise(true, 4));
            }
        }
    }

    @Test
    void anImportWaitsForAnotherProgramsWriteSaysSoOnceOnStandardErrorAndThenSucceeds() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement otherWrites = other.createStatement()) {
            otherWrites.execute("BEGIN IMMEDIATE");
            CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> run(out, err,
                    "--db", file.toString(), "import-feedback", "Corner shop", fixture("long-basic.csv").toString()));
            for (int i = 0; i < 600 && !err.toString().contains(NOTICE); i++) {
                Thread.sleep(100);
            }
            assertThat(err.toString()).contains(NOTICE).contains("ws.db");
            assertThat(exit).isNotDone();
            otherWrites.execute("ROLLBACK");
            assertThat(exit.get(1, TimeUnit.MINUTES)).as(err.toString()).isZero();
        }
        assertThat(err.toString().split(NOTICE, -1)).as("said once").hasSize(2);
        assertThat(out.toString()).startsWith("Imported ");
        assertThat(records()).isPositive();
    }

    @Test
    void anImportThatWouldWaitLongerThanWaitAllowsFailsNamingTheFileAndWritesNothing() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit;
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement otherWrites = other.createStatement()) {
            otherWrites.execute("BEGIN IMMEDIATE");
            exit = run(out, err, "--db", file.toString(), "--wait", "0", "import-feedback", "Corner shop",
                    fixture("long-basic.csv").toString());
            otherWrites.execute("ROLLBACK");
        }
        assertThat(exit).isEqualTo(CommandLineMain.EXIT_BAD_INPUT);
        assertThat(err.toString()).contains(file + " is busy: another program has been writing to it")
                .contains("Nothing was written").doesNotContain("SQLITE_BUSY");
        assertThat(records()).isZero();
    }

    @Test
    void aNegativeWaitIsAUsageError() {
        StringWriter err = new StringWriter();
        assertThat(run(new StringWriter(), err, "--db", file.toString(), "list", "--wait", "-5"))
                .isEqualTo(CommandLineMain.EXIT_USAGE);
        assertThat(err.toString()).contains("--wait must be 0 or more seconds");
    }

    private int run(StringWriter out, StringWriter err, String... args) {
        WorkbenchOpener opener = new WorkbenchOpener(CLOCK);
        PrintWriter errWriter = new PrintWriter(err, true);
        WorkbenchSource source = (db, create) -> opener.open(WorkspaceLocation.resolve(db, Map.of(), "Linux",
                dir.resolve("home")), false);
        return CommandLineMain.run(args, new CommandContext(new PrintWriter(out, true), errWriter, source));
    }

    private long records() {
        try (Workbench workbench = Workbenches.open(file, false, CLOCK)) {
            return new FeedbackUseCases(workbench).count(canvas);
        }
    }

    private static Path fixture(String name) {
        try {
            return Path.of(WaitForWritersCommandLineTest.class.getResource("/feedback/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
