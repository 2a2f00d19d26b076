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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.postgresql.PGConnection;
import org.valuebench.analysis.CrosshairMode;
import org.valuebench.analysis.GapReport;
import org.valuebench.app.Workbench;
import org.valuebench.app.Workbenches;
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
 * copied into a table with the feedback table's indexes, checks and any foreign keys: what the server needs for
 * them whoever sends them.
 * Arguments: [rows (default 1000000)] [work folder (default: a new temporary folder)] [breakdown: also the COPY
 * into variants of the table, with and without foreign keys, checks, each index].
 */
public final class TeamImportBenchmark {

    private TeamImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        boolean breakdown = args.length > 2 && args[2].equals("breakdown");
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
            try (Workbench workbench = Workbenches.openTeam(team, null, Clock.systemUTC())) {
                canvasId = workbench.addCanvas("Add", sample, sample.canvas().name()).canvas().orElseThrow().canvas().id();
            }
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            CommandContext context = new CommandContext(new PrintWriter(out), new PrintWriter(err),
                    (db, create) -> Workbenches.openTeam(team, null, Clock.systemUTC()));
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
            try (Workbench workbench = Workbenches.openTeam(team, null, Clock.systemUTC())) {
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
            double floor = copyWithFeedbacksConstraints(server, work.resolve("feedback-rows.copy"), rows, breakdown);
            System.out.println();
            System.out.printf(Locale.ROOT, "COPY feedback_raw FROM STDIN: %.2f s, %.2f s (best %.2f s)%n", copyBefore,
                    copyAfter, copy);
            System.out.printf(Locale.ROOT, "import-feedback on the team workspace: %.2f s wall, %.2f s CPU in the"
                    + " client; running sums checked (%,d records)%n", ours, ourCpu, rows);
            System.out.printf(Locale.ROOT, "COPY of the same records into a table like feedback (its indexes, checks"
                    + " and any foreign keys, checked per row): %.2f s%n", floor);
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
     * has now (indexes, checks, and any foreign keys it has): the records are copied out of feedback and timed
     * while they are copied into such a table. With {@code breakdown}, the same COPY also goes into variants of the
     * table (with feedback's two former foreign keys back, without its checks, without each index, bare), to show
     * where the server's time goes; printed as it goes. Returns the time of the table like feedback.
     */
    private static double copyWithFeedbacksConstraints(EmbeddedPostgres server, Path file, int rows, boolean breakdown)
            throws SQLException, IOException {
        try (Connection c = server.getDatabase("postgres", "team").getConnection()) {
            try (var out = Files.newOutputStream(file)) {
                c.unwrap(PGConnection.class).getCopyAPI().copyOut("COPY (SELECT " + COPIED + " FROM feedback) TO STDOUT",
                        out);
            }
            List<String> indexes = new ArrayList<>();
            List<String> foreignKeys = new ArrayList<>();
            try (Statement s = c.createStatement()) {
                try (ResultSet r = s.executeQuery("SELECT indexname, indexdef FROM pg_indexes WHERE tablename ="
                        + " 'feedback' AND indexname <> 'feedback_pkey' ORDER BY indexname")) {
                    while (r.next()) {
                        indexes.add(r.getString(1) + "\t" + r.getString(2));
                    }
                }
                try (ResultSet r = s.executeQuery("SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid ="
                        + " 'feedback'::regclass AND contype = 'f' ORDER BY conname")) {
                    while (r.next()) {
                        foreignKeys.add(r.getString(1));
                    }
                }
            }
            String like = "CREATE TABLE feedback_floor (LIKE feedback INCLUDING ALL)";
            List<String> withKeys = new ArrayList<>(List.of(like));
            foreignKeys.forEach(fk -> withKeys.add("ALTER TABLE feedback_floor ADD " + fk));
            double asIs = timedCopy(c, file, rows, withKeys);
            if (breakdown) {
                System.out.printf(Locale.ROOT, "  breakdown: like feedback now (%d foreign keys): %.2f s%n",
                        foreignKeys.size(), asIs);
                String bothKeys = "ALTER TABLE feedback_floor ADD FOREIGN KEY (promise_item_id) REFERENCES item (id)"
                        + " ON DELETE CASCADE, ADD FOREIGN KEY (import_id) REFERENCES feedback_import (id)"
                        + " ON DELETE CASCADE";
                breakdownLine(c, file, rows, "with both foreign keys (schema 3)", like, bothKeys);
                breakdownLine(c, file, rows, "with only the key to item", like, "ALTER TABLE feedback_floor ADD"
                        + " FOREIGN KEY (promise_item_id) REFERENCES item (id) ON DELETE CASCADE");
                breakdownLine(c, file, rows, "with only the key to feedback_import", like, "ALTER TABLE feedback_floor"
                        + " ADD FOREIGN KEY (import_id) REFERENCES feedback_import (id) ON DELETE CASCADE");
                breakdownLine(c, file, rows, "no foreign keys, no checks",
                        "CREATE TABLE feedback_floor (LIKE feedback INCLUDING ALL EXCLUDING CONSTRAINTS)");
                String bare = "CREATE TABLE feedback_floor (LIKE feedback INCLUDING DEFAULTS INCLUDING IDENTITY"
                        + " INCLUDING CONSTRAINTS)";
                for (String left : indexes) {
                    List<String> setup = new ArrayList<>(List.of(bare, "ALTER TABLE feedback_floor ADD PRIMARY KEY (id)"));
                    for (String index : indexes) {
                        if (!index.equals(left)) {
                            setup.add(onFloor(index));
                        }
                    }
                    breakdownLine(c, file, rows, "no foreign keys, without " + left.split("\t")[0],
                            setup.toArray(String[]::new));
                }
                breakdownLine(c, file, rows, "no foreign keys, primary key only", bare,
                        "ALTER TABLE feedback_floor ADD PRIMARY KEY (id)");
                breakdownLine(c, file, rows, "no foreign keys, no index at all", bare);
            }
            Files.delete(file);
            return asIs;
        }
    }

    private static final String COPIED = "canvas_id, promise_item_id, score, scale, expectation, voice, channel,"
            + " segment, day, respondent, comment, import_id";

    /** A secondary index of feedback (name TAB definition) made on feedback_floor instead. */
    private static String onFloor(String index) {
        String[] parts = index.split("\t");
        return parts[1].replace("INDEX " + parts[0] + " ON public.feedback ", "INDEX floor_" + parts[0]
                + " ON public.feedback_floor ");
    }

    private static void breakdownLine(Connection c, Path file, int rows, String label, String... setup)
            throws SQLException, IOException {
        System.out.printf(Locale.ROOT, "  breakdown: %s: %.2f s%n", label, timedCopy(c, file, rows, List.of(setup)));
    }

    /** Makes feedback_floor with the statements, times the COPY of the file into it (committed), drops it. */
    private static double timedCopy(Connection c, Path file, int rows, List<String> setup)
            throws SQLException, IOException {
        try (Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS feedback_floor");
            for (String sql : setup) {
                s.execute(sql);
            }
            s.execute("CHECKPOINT");
        }
        c.setAutoCommit(false);
        long start = System.nanoTime();
        long copied;
        try (var in = Files.newInputStream(file)) {
            copied = c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY feedback_floor (" + COPIED + ") FROM STDIN",
                    in);
        }
        c.commit();
        double seconds = (System.nanoTime() - start) / 1e9;
        c.setAutoCommit(true);
        try (Statement s = c.createStatement()) {
            s.execute("DROP TABLE feedback_floor");
        }
        if (copied != rows) {
            throw new IllegalStateException("COPY took " + copied + " of " + rows + " rows");
        }
        return seconds;
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
