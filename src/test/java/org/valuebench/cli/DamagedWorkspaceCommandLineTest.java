package org.valuebench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuebench.store.DamagedWorkspace;

/** A workspace damaged on disk: writes are refused with advice, and recover saves what can still be read. */
@Tag("sqlite-only") // damage on disk and recover are a file's
class DamagedWorkspaceCommandLineTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-06-15T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private Path ws;
    private Path canvasJson;
    private Path feedbackCsv;

    @BeforeEach
    void workspaceWithFeedback() throws IOException {
        ws = DamagedWorkspace.withSampleFeedback(dir.resolve("ws.db"), CLOCK);
        canvasJson = dir.resolve("canvas.json");
        assertThat(run("--db", ws.toString(), "export-json", "1", "-o", canvasJson.toString()).exit()).isZero();
        feedbackCsv = dir.resolve("more.csv");
        Files.writeString(feedbackCsv, "promise,score\nAlways in stock,4\nAlways in stock,5\n");
    }

    private CommandLineRunner.Result run(String... args) {
        return new CommandLineRunner(Map.of(), dir.resolve("home"), CLOCK).run(args);
    }

    @Test
    void importFeedbackIntoAWorkspaceWithADamagedFeedbackPageIsRefusedWithAdviceAndWritesNothing() throws IOException {
        DamagedWorkspace.damageFeedbackLeaf(ws);
        byte[] before = Files.readAllBytes(ws);

        CommandLineRunner.Result result = run("--db", ws.toString(), "import-feedback", "1", feedbackCsv.toString());

        assertThat(result.exit()).isEqualTo(1);
        assertDamageAdvice(result.err());
        assertThat(Files.readAllBytes(ws)).isEqualTo(before);
    }

    @Test
    void importJsonIntoAWorkspaceWithADamagedFeedbackPageIsRefusedWithAdviceAndWritesNothing() throws IOException {
        DamagedWorkspace.damageFeedbackLeaf(ws);
        byte[] before = Files.readAllBytes(ws);

        CommandLineRunner.Result result = run("--db", ws.toString(), "import-json", canvasJson.toString());

        assertThat(result.exit()).isEqualTo(1);
        assertDamageAdvice(result.err());
        assertThat(Files.readAllBytes(ws)).isEqualTo(before);
    }

    @Test
    void theAdviceNamesTheNewestBackupBesideTheDamagedFile() throws IOException {
        DamagedWorkspace.damageFeedbackLeaf(ws);
        Files.writeString(dir.resolve("ws.db.before-migration-20240101-090000.bak"), "older");
        Files.writeString(dir.resolve("ws.db.before-migration-20240301-090000.bak"), "newest");

        CommandLineRunner.Result result = run("--db", ws.toString(), "import-json", canvasJson.toString());

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err()).contains(dir.resolve("ws.db.before-migration-20240301-090000.bak").toString())
                .doesNotContain("20240101-090000");
    }

    @Test
    void aWorkspaceWhoseSchemaPageIsDamagedIsRefusedAtOpenWithAdvice() throws IOException {
        DamagedWorkspace.damageSchemaPage(ws);
        byte[] before = Files.readAllBytes(ws);

        CommandLineRunner.Result list = run("--db", ws.toString(), "list");
        CommandLineRunner.Result importJson = run("--db", ws.toString(), "import-json", canvasJson.toString());

        assertThat(list.exit()).isEqualTo(1);
        assertDamageAdvice(list.err());
        assertThat(importJson.exit()).isEqualTo(1);
        assertDamageAdvice(importJson.err());
        assertThat(Files.readAllBytes(ws)).isEqualTo(before);
    }

    @Test
    void recoverCopiesTheReadableRecordsIntoANewWorkspaceAndLeavesTheDamagedFileUntouched() throws Exception {
        long recordsBefore = count(ws, "SELECT count(*) FROM feedback");
        DamagedWorkspace.Page damaged = DamagedWorkspace.damageFeedbackLeaf(ws);
        byte[] before = Files.readAllBytes(ws);
        Path recovered = dir.resolve("recovered.db");

        CommandLineRunner.Result result = run("recover", ws.toString(), "-o", recovered.toString());

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(Files.readAllBytes(ws)).isEqualTo(before);
        assertThat(dir.resolve("ws.db-wal")).doesNotExist();
        assertThat(dir.resolve("ws.db-shm")).doesNotExist();
        long kept = recordsBefore - damaged.records();
        assertThat(result.out()).containsPattern("feedback\\s+" + kept + "\\s+" + damaged.records() + "\\b")
                .containsPattern("canvas\\s+4\\s+0\\b");
        CommandLineRunner.Result list = run("--db", recovered.toString(), "list");
        assertThat(list.exit()).isZero();
        assertThat(list.out()).contains("Corner café", "Everyday low prices", "Best-in-class customer service",
                "Hall of Fame dealership");
        assertThat(count(recovered, "SELECT count(*) FROM feedback")).isEqualTo(kept);
        // The running sums the gap figures read agree with the records copied.
        assertThat(count(recovered, "SELECT sum(n) FROM feedback_cell")).isEqualTo(kept);
        assertThat(count(recovered, "SELECT sum(n) FROM feedback_month_cell")).isEqualTo(kept);
        assertThat(run("--db", recovered.toString(), "gaps", "1").exit()).isZero();
        assertThat(run("--db", recovered.toString(), "import-json", canvasJson.toString()).exit()).isZero();
    }

    @Test
    void recoverSavesEveryTableOfAWorkspaceWhoseSchemaPageIsDamaged() throws Exception {
        long records = count(ws, "SELECT count(*) FROM feedback");
        DamagedWorkspace.damageSchemaPage(ws);
        byte[] before = Files.readAllBytes(ws);
        Path recovered = dir.resolve("recovered.db");

        CommandLineRunner.Result result = run("recover", ws.toString(), "-o", recovered.toString());

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(Files.readAllBytes(ws)).isEqualTo(before);
        assertThat(result.out()).containsPattern("feedback\\s+" + records + "\\s+0\\b");
        CommandLineRunner.Result list = run("--db", recovered.toString(), "list");
        assertThat(list.exit()).isZero();
        assertThat(list.out()).contains("Corner café", "Hall of Fame dealership");
        assertThat(count(recovered, "SELECT sum(n) FROM feedback_cell")).isEqualTo(records);
    }

    @Test
    void recoverRefusesToWriteOverAnExistingFile() throws IOException {
        DamagedWorkspace.damageFeedbackLeaf(ws);
        Path existing = dir.resolve("existing.db");
        Files.writeString(existing, "keep me");

        CommandLineRunner.Result result = run("recover", ws.toString(), "-o", existing.toString());

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err()).contains(existing.toString(), "already exists");
        assertThat(Files.readString(existing)).isEqualTo("keep me");
    }

    private void assertDamageAdvice(String err) {
        assertThat(err).contains(ws.toString(), "damaged", "valuebench recover " + ws + " -o ")
                .doesNotContain("[SQLITE_", "Exception");
    }

    private static long count(Path file, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
             ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
