package org.valuebench.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import org.postgresql.PGConnection;
import org.valuebench.analysis.CrosshairMode;
import org.valuebench.analysis.GapReport;
import org.valuebench.app.Workbench;
import org.valuebench.app.feedback.FeedbackUseCases;
import org.valuebench.app.feedback.GapUseCases;
import org.valuebench.app.samples.SampleWorkspace;
import org.valuebench.cli.CommandContext;
import org.valuebench.cli.CommandLineMain;
import org.valuebench.domain.CanvasContent;
import org.valuebench.domain.FeedbackFilter;
import org.valuebench.store.TeamServer;

/**
 * The feedback import into a team workspace measured against PostgreSQL's own {@code COPY} of the same file, in
 * one run on one local server (issue 26: within 2×). Not a test: run it with {@code src/bench/team-import.sh}.
 * <ol>
 *   <li>{@code COPY feedback_raw FROM STDIN (FORMAT csv, HEADER)} through the driver's CopyManager into a plain
 *       table with the file's columns, in a database of its own (run before and after ours; the faster counts)</li>
 *   <li>the {@code import-feedback} subcommand (parse, check every row, write the records and the running sums in
 *       one transaction) on a team workspace on the same server, opened as {@code --db} will open an address</li>
 * </ol>
 * Afterwards the gap report must count every row: the running sums were kept in step. Last, the same records are
 * copied into a table with the feedback table's indexes, checks and foreign keys: what the server needs for them
 * whoever sends them (the foreign keys, checked row by row, are most of it).
 * Arguments: [rows (default 1000000)] [work folder (default: a new temporary folder)].
 */
public final class TeamImportBenchmark {

    private TeamImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 1_000_000;
        Path work = args.length > 1 ? Files.createDirectories(Path.of(args[1])) : Files.createTempDirectory("vb-team");
        CanvasContent sample = SampleWorkspace.canvases().get(0);
        Path csv = work.resolve("feedback-" + rows + ".csv");
        if (!Files.exists(csv)) {
            FeedbackBenchmark.generate(csv, sample, rows, 1);
        }
        System.out.printf(Locale.ROOT, "%,d long-format rows for '%s' (%,d bytes): %s%n", rows, sample.canvas().name(),
                Files.size(csv), csv);
        try (EmbeddedPostgres server = EmbeddedPostgres.builder()
                .setDataDirectory(work.resolve("pgdata")).setCleanDataDirectory(true).start()) {
            System.out.println(machine(server));
            admin(server, "CREATE DATABASE baseline", "CREATE DATABASE team");

            double copyBefore = copy(server, csv, rows);
            TeamServer team = new TeamServer("localhost", server.getPort(), "team", "postgres", Map.of());
            long canvasId;
            try (Workbench workbench = Workbench.openTeam(team, null, Clock.systemUTC())) {
                canvasId = workbench.addCanvas("Add", sample, sample.canvas().name()).canvas().orElseThrow().canvas().id();
            }
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            CommandContext context = new CommandContext(new PrintWriter(out), new PrintWriter(err),
                    (db, create) -> Workbench.openTeam(team, null, Clock.systemUTC()));
            long cpuBefore = processCpu();
            long start = System.nanoTime();
            int code = CommandLineMain.run(new String[] {"import-feedback", String.valueOf(canvasId), csv.toString()},
                    context);
            double ours = (System.nanoTime() - start) / 1e9;
            double ourCpu = (processCpu() - cpuBefore) / 1e9;
            if (code != 0) {
                throw new IllegalStateException("import-feedback exited " + code + ": " + err);
            }
            System.out.print("  " + out);
            try (Workbench workbench = Workbench.openTeam(team, null, Clock.systemUTC())) {
                long stored = new FeedbackUseCases(workbench).count(canvasId);
                GapReport report = new GapUseCases(workbench).report(canvasId, FeedbackFilter.NONE,
                        CrosshairMode.MIDPOINTS);
                if (stored != rows || report.facets().records() != rows) {
                    throw new IllegalStateException("Stored " + stored + " records, the running sums count "
                            + report.facets().records() + ", of " + rows);
                }
            }
            double copyAfter = copy(server, csv, rows);
            double copy = Math.min(copyBefore, copyAfter);
            double floor = copyWithFeedbacksConstraints(server, work.resolve("feedback-rows.copy"), rows);
            System.out.println();
            System.out.printf(Locale.ROOT, "COPY feedback_raw FROM STDIN: %.2f s, %.2f s (best %.2f s)%n", copyBefore,
                    copyAfter, copy);
            System.out.printf(Locale.ROOT, "import-feedback on the team workspace: %.2f s wall, %.2f s CPU in the"
                    + " client; running sums checked (%,d records)%n", ours, ourCpu, rows);
            System.out.printf(Locale.ROOT, "COPY of the same records into a table like feedback (its indexes, checks"
                    + " and both foreign keys, checked per row): %.2f s%n", floor);
            System.out.printf(Locale.ROOT, "ratio %.2f to the plain COPY (target <= 2); %.2f to the COPY with"
                    + " feedback's constraints%n", ours / copy, ours / floor);
        }
    }

    /** COPY of the whole file into a fresh plain table with the file's columns; seconds, checked by a count. */
    private static double copy(EmbeddedPostgres server, Path csv, int rows) throws SQLException, IOException {
        try (Connection c = server.getDatabase("postgres", "baseline").getConnection()) {
            try (Statement s = c.createStatement()) {
                s.execute("DROP TABLE IF EXISTS feedback_raw");
                s.execute("CREATE TABLE feedback_raw (promise TEXT, score DOUBLE PRECISION, scale TEXT, day DATE,"
                        + " voice TEXT, channel TEXT, segment TEXT, respondent TEXT, comment TEXT)");
            }
            long start = System.nanoTime();
            long copied;
            try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
                copied = c.unwrap(PGConnection.class).getCopyAPI()
                        .copyIn("COPY feedback_raw FROM STDIN (FORMAT csv, HEADER true)", in);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            if (copied != rows) {
                throw new IllegalStateException("COPY took " + copied + " of " + rows + " rows");
            }
            return seconds;
        }
    }

    /**
     * What the server itself needs to load the imported records into a table with everything the feedback table
     * has (indexes, checks, the foreign keys to item and feedback_import, which PostgreSQL checks row by row): the
     * records are copied out of feedback and timed while they are copied into such a table.
     */
    private static double copyWithFeedbacksConstraints(EmbeddedPostgres server, Path file, int rows)
            throws SQLException, IOException {
        String columns = "canvas_id, promise_item_id, score, scale, expectation, voice, channel, segment, day,"
                + " respondent, comment, import_id";
        try (Connection c = server.getDatabase("postgres", "team").getConnection()) {
            try (var out = Files.newOutputStream(file)) {
                c.unwrap(PGConnection.class).getCopyAPI().copyOut("COPY (SELECT " + columns + " FROM feedback) TO STDOUT",
                        out);
            }
            try (Statement s = c.createStatement()) {
                s.execute("DROP TABLE IF EXISTS feedback_floor");
                s.execute("CREATE TABLE feedback_floor (LIKE feedback INCLUDING ALL)");
                s.execute("ALTER TABLE feedback_floor ADD FOREIGN KEY (promise_item_id) REFERENCES item (id)"
                        + " ON DELETE CASCADE, ADD FOREIGN KEY (import_id) REFERENCES feedback_import (id)"
                        + " ON DELETE CASCADE");
            }
            c.setAutoCommit(false);
            long start = System.nanoTime();
            long copied;
            try (var in = Files.newInputStream(file)) {
                copied = c.unwrap(PGConnection.class).getCopyAPI()
                        .copyIn("COPY feedback_floor (" + columns + ") FROM STDIN", in);
            }
            c.commit();
            double seconds = (System.nanoTime() - start) / 1e9;
            c.setAutoCommit(true);
            try (Statement s = c.createStatement()) {
                s.execute("DROP TABLE feedback_floor");
            }
            Files.delete(file);
            if (copied != rows) {
                throw new IllegalStateException("COPY took " + copied + " of " + rows + " rows");
            }
            return seconds;
        }
    }

    private static void admin(EmbeddedPostgres server, String... statements) throws SQLException {
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    private static String machine(EmbeddedPostgres server) throws SQLException, IOException {
        String cpu = "";
        Path cpuinfo = Path.of("/proc/cpuinfo");
        if (Files.isReadable(cpuinfo)) {
            cpu = Files.readAllLines(cpuinfo).stream().filter(l -> l.startsWith("model name")).findFirst()
                    .map(l -> l.substring(l.indexOf(':') + 1).strip() + ", ").orElse("");
        }
        String version;
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SHOW server_version")) {
            r.next();
            version = r.getString(1);
        }
        return String.format(Locale.ROOT, "Machine: %s%d cores, %s %s, Java %s, PostgreSQL %s (embedded, local"
                + " socket over TCP)", cpu, Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"),
                System.getProperty("os.arch"), System.getProperty("java.version"), version);
    }

    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
