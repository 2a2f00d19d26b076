package org.valuebench.app.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuebench.app.AppException;
import org.valuebench.app.Workbench;
import org.valuebench.app.Workbenches;
import org.valuebench.app.samples.SampleWorkspace;
import org.valuebench.domain.CanvasContent;
import org.valuebench.domain.Item;
import org.valuebench.store.TeamServer;

/**
 * A feedback import into a team workspace whose server stops half-way (issue 26): the import ends with a message
 * saying the connection was lost and nothing was imported, and once the server is back (on the same data) the
 * canvas has no feedback at all, as its one transaction was never committed. The test runs a PostgreSQL server of
 * its own, as it stops it; it is tagged so the team-workspace run of the suite does not run it a second time.
 */
@Tag("own-server")
class TeamImportConnectionLostTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-04T10:15:00Z"), ZoneOffset.UTC);
    private static final int ROWS = 300_000;

    @TempDir
    Path dir;

    @Test
    void theServerStoppedMidImportLeavesNothingAndSaysSo() throws Exception {
        Path data = dir.resolve("pgdata");
        CanvasContent sample = SampleWorkspace.canvases().get(0);
        Path csv = dir.resolve("feedback.csv");
        generate(csv, sample, ROWS);
        long canvasId;
        AppException failure;
        EmbeddedPostgres server = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).start();
        try {
            createDatabase(server);
            Workbench team = Workbenches.openTeam(address(server), null, CLOCK);
            canvasId = team.addCanvas("Add", sample, sample.canvas().name()).canvas().orElseThrow().canvas().id();
            CountDownLatch underWay = new CountDownLatch(1);
            ImportProgress progress = new ImportProgress() {
                @Override
                public void progress(long bytesDone, long bytesTotal, long rowsRead) {
                    if (rowsRead >= ROWS / 10) {
                        underWay.countDown();
                    }
                }

                @Override
                public boolean isCancelled() {
                    return false;
                }
            };
            CompletableFuture<ImportOutcome> importing = CompletableFuture.supplyAsync(() -> new FeedbackUseCases(team)
                    .importFile(canvasId, csv, ImportOptions.DEFAULT, progress));
            assertThat(underWay.await(60, TimeUnit.SECONDS)).as("the import got under way").isTrue();
            assertThat(importing).as("the import is still running when the server stops").isNotDone();
            server.close();
            Throwable error = importing.handle((outcome, e) -> e).get(60, TimeUnit.SECONDS);
            assertThat(error).as("the import failed").isNotNull();
            failure = error.getCause() instanceof AppException app ? app : null;
            assertThat(failure).as("the import failed with a message for the user, not %s", error.getCause())
                    .isNotNull();
            closeQuietly(team);
        } finally {
            server.close();
        }
        assertThat(failure.getMessage()).contains("connection to the team workspace").contains("was lost")
                .contains("Nothing was imported");

        try (EmbeddedPostgres again = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false)
                .start();
             Workbench team = Workbenches.openTeam(address(again), null, CLOCK)) {
            assertThat(team.library()).hasSize(1);
            assertThat(new FeedbackUseCases(team).count(canvasId)).isZero();
        }
    }

    private static TeamServer address(EmbeddedPostgres server) {
        return new TeamServer("localhost", server.getPort(), "team", "postgres", Map.of());
    }

    private static void createDatabase(EmbeddedPostgres server) throws SQLException {
        try (Connection admin = server.getPostgresDatabase().getConnection(); Statement s = admin.createStatement()) {
            s.execute("CREATE DATABASE team");
        }
    }

    /** The workbench on a stopped server: closing it may find its connection gone, which is what happened. */
    private static void closeQuietly(Workbench team) {
        try {
            team.close();
        } catch (AppException e) {
            assertThat(e.getMessage()).doesNotContain("Exception");
        }
    }

    /** Long-format rows on the canvas's promises: enough for the import to take seconds on the server. */
    private static void generate(Path file, CanvasContent canvas, int rows) throws IOException {
        List<String> promises = canvas.promises().stream().map(Item::text).toList();
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("promise,score,scale,date,voice,channel,segment,respondent,comment\n");
            for (int i = 0; i < rows; i++) {
                out.write("\"" + promises.get(i % promises.size()) + "\"," + (1 + i % 5) + ",1-5,2024-0"
                        + (1 + i % 9) + "-1" + (i % 10) + ",customer,survey,Regulars,R" + i + ",\n");
            }
        }
    }
}
