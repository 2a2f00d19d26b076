package org.valuebench.app.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.valuebench.app.FeedbackTestWorkspace.fixture;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuebench.app.FeedbackTestWorkspace;
import org.valuebench.app.TestWorkbenches;
import org.valuebench.app.Workbench;
import org.valuebench.app.Workbenches;
import org.valuebench.domain.Feedback;
import org.valuebench.domain.FeedbackScale;
import org.valuebench.domain.Voice;
import org.valuebench.store.TestPostgres;
import org.valuebench.store.TestWorkspaces;

/**
 * The feedback table of a team workspace has no foreign keys (a large import would pay for them row by row), so
 * whatever deletes a promise, a canvas or an import deletes its feedback itself: no record may be left pointing to
 * nothing, counted by SQL on the database, and undo brings every record back. On PostgreSQL an import and a
 * colleague's delete of one of its promises, in two workbenches at once, end with no orphan either.
 */
class FeedbackOrphansTest {
    /** Records whose promise (an item) or import no longer exists. */
    private static final String ORPHANS = "SELECT count(*) FROM feedback AS f WHERE NOT EXISTS (SELECT 1 FROM item AS i"
            + " WHERE i.id = f.promise_item_id) OR (f.import_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM"
            + " feedback_import AS fi WHERE fi.id = f.import_id))";

    @TempDir
    Path dir;

    private FeedbackTestWorkspace ws;
    private long stock;

    @BeforeEach
    void open() {
        ws = new FeedbackTestWorkspace(dir);
        stock = ws.promise("Always in stock");
        ws.feedback.importFile(ws.canvasId, fixture("long-basic.csv"), ImportOptions.DEFAULT, ImportProgress.NONE);
        ws.feedback.add(new Feedback(0, ws.canvasId, stock, 3, FeedbackScale.ONE_TO_FIVE, null,
                Voice.CUSTOMER, "", "", null, "by hand", "", null));
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void deletingAPromiseDeletesItsFeedbackAndUndoBringsItBack() throws SQLException {
        long before = sql("SELECT count(*) FROM feedback WHERE promise_item_id = ?", stock);
        assertThat(before).isEqualTo(3);
        long all = sql("SELECT count(*) FROM feedback");

        ws.workbench.deleteItem(stock);
        assertThat(sql(ORPHANS)).isZero();
        assertThat(sql("SELECT count(*) FROM feedback WHERE promise_item_id = ?", stock)).isZero();
        assertThat(sql("SELECT count(*) FROM feedback")).isEqualTo(all - before);

        ws.workbench.undo();
        assertThat(sql("SELECT count(*) FROM feedback WHERE promise_item_id = ?", stock)).isEqualTo(before);
        assertThat(ws.feedback.count(ws.canvasId)).isEqualTo(all);
        assertThat(sql(ORPHANS)).isZero();
    }

    @Test
    void deletingACanvasDeletesItsFeedbackAndUndoBringsItBack() throws SQLException {
        long all = sql("SELECT count(*) FROM feedback WHERE canvas_id = ?", ws.canvasId);
        assertThat(all).isEqualTo(6);

        ws.workbench.deleteCanvas(ws.canvasId);
        assertThat(sql(ORPHANS)).isZero();
        assertThat(sql("SELECT count(*) FROM feedback WHERE canvas_id = ?", ws.canvasId)).isZero();

        ws.workbench.undo();
        assertThat(sql("SELECT count(*) FROM feedback WHERE canvas_id = ?", ws.canvasId)).isEqualTo(all);
        assertThat(ws.feedback.count(ws.canvasId)).isEqualTo(all);
        assertThat(sql(ORPHANS)).isZero();
    }

    @Test
    void undoingAnImportDeletesItsRecordsAndRedoBringsThemBack() throws SQLException {
        ImportOutcome second = ws.feedback.importFile(ws.canvasId, fixture("long-basic.csv"),
                ImportOptions.DEFAULT.withAllowDuplicate(true), ImportProgress.NONE);
        long importId = second.stored().id();
        assertThat(sql("SELECT count(*) FROM feedback WHERE import_id = ?", importId)).isEqualTo(5);

        ws.workbench.undo();
        assertThat(sql("SELECT count(*) FROM feedback WHERE import_id = ?", importId)).isZero();
        assertThat(sql(ORPHANS)).isZero();

        ws.workbench.redo();
        assertThat(sql("SELECT count(*) FROM feedback WHERE import_id = ?", importId)).isEqualTo(5);
        assertThat(sql(ORPHANS)).isZero();
    }

    /**
     * A colleague deletes a promise while an import writes records for it: the import holds its promises, so the
     * delete waits for the import's commit and then deletes its records too.
     */
    @Test
    void anImportAndAColleaguesDeleteOfItsPromiseLeaveNoOrphan() throws Exception {
        assumeThat(TestWorkspaces.onTeamServer()).as("two connections at once: the team workspace").isTrue();
        Path csv = dir.resolve("big.csv");
        int rows = 30_000;
        try (Writer out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            out.write("promise,score,scale,respondent\n");
            for (int row = 0; row < rows; row++) {
                out.write((row % 2 == 0 ? "Always in stock" : "Low prices") + "," + (1 + row % 5) + ",1-5,R" + row + "\n");
            }
        }
        ExecutorService colleague = Executors.newSingleThreadExecutor();
        try (Workbench other = TestWorkbenches.open(ws.file, false, FeedbackTestWorkspace.CLOCK)) {
            CompletableFuture<Future<?>> deleting = new CompletableFuture<>();
            ImportProgress startDeleteOnce = new ImportProgress() {
                @Override
                public void progress(long bytesDone, long bytesTotal, long rowsRead) {
                    if (rowsRead > 0 && !deleting.isDone()) {
                        Future<?> delete = colleague.submit(() -> other.deleteItem(stock));
                        deleting.complete(delete);
                        waitUntilWaitingOrDone(delete);
                    }
                }

                @Override
                public boolean isCancelled() {
                    return false;
                }
            };
            ImportOutcome imported = ws.feedback.importFile(ws.canvasId, csv, ImportOptions.DEFAULT, startDeleteOnce);
            assertThat(imported.imported()).isEqualTo(rows);
            deleting.get(1, TimeUnit.MINUTES).get(1, TimeUnit.MINUTES);
        } finally {
            colleague.shutdownNow();
        }
        assertThat(sql(ORPHANS)).isZero();
        assertThat(sql("SELECT count(*) FROM feedback WHERE promise_item_id = ?", stock)).isZero();
        assertThat(sql("SELECT count(*) FROM feedback WHERE promise_item_id = ?", ws.promise("Low prices")))
                .isEqualTo(rows / 2 + 2);
    }

    /** Until the colleague's delete waits for a lock, or ends (two seconds at most). */
    private void waitUntilWaitingOrDone(Future<?> delete) {
        String database = TestPostgres.databaseFor(ws.file).database();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
        try (Connection c = TestPostgres.server().getPostgresDatabase().getConnection();
             PreparedStatement waiting = c.prepareStatement("SELECT count(*) FROM pg_stat_activity WHERE datname = ?"
                     + " AND wait_event_type = 'Lock'")) {
            waiting.setString(1, database);
            while (!delete.isDone() && System.nanoTime() < until) {
                try (ResultSet r = waiting.executeQuery()) {
                    r.next();
                    if (r.getLong(1) > 0) {
                        return;
                    }
                }
                Thread.sleep(20);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A count by SQL on a connection of its own to the workspace's database. */
    private long sql(String query, Object... args) throws SQLException {
        try (Connection c = connection(); PreparedStatement s = c.prepareStatement(query)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private Connection connection() throws SQLException {
        if (TestWorkspaces.onTeamServer()) {
            return TestPostgres.server().getDatabase("postgres", TestPostgres.databaseFor(ws.file).database())
                    .getConnection();
        }
        return DriverManager.getConnection("jdbc:sqlite:" + ws.file);
    }
}
