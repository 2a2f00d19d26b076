package org.valuebench.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import org.valuebench.domain.Item;

/**
 * Measures, in one run, the feedback import and the gap computation against the sqlite3 command-line tool on
 * the same generated file, and the heap while importing. Not a test (surefire runs *Test classes only): run it
 * with {@code src/bench/feedback-benchmark.sh}.
 * <ol>
 *   <li>import: the {@code import-feedback} subcommand (parse, check every row, write in one transaction)
 *       against {@code sqlite3 .import} into a plain table plus an index on (promise, score); target ≤ 2×</li>
 *   <li>gaps: {@code GapUseCases.report} (every figure of every promise and voice, trend, facets) against
 *       {@code SELECT promise, count(*), avg(score) ... GROUP BY promise} in sqlite3; target ≤ 3× and under 1 s</li>
 *   <li>memory: the live heap (after collections) and the peak heap, sampled during a 1,000,000-row and a
 *       100,000-row import; flat means the same for both</li>
 * </ol>
 * Arguments: [rows (default 1000000)] [work folder (default: a new temporary folder)].
 */
public final class FeedbackBenchmark {
    private static final Pattern RUN_TIME = Pattern.compile("Run Time: real ([0-9.]+)");
    private static final Pattern CPU = Pattern.compile("cpu ([0-9.]+) ([0-9.]+)\\s*$");
    private static double lastSqliteCpu;

    private FeedbackBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 1_000_000;
        Path work = args.length > 1 ? Files.createDirectories(Path.of(args[1])) : Files.createTempDirectory("vb-bench");
        CanvasContent sample = SampleWorkspace.canvases().get(0);
        Path csv = work.resolve("feedback-" + rows + ".csv");
        long generated = timed(() -> generate(csv, sample, rows, 1));
        System.out.printf(Locale.ROOT, "Generated %,d long-format rows for '%s' (%,d bytes) in %.2f s: %s%n", rows,
                sample.canvas().name(), Files.size(csv), generated / 1e9, csv);
        System.out.println(machine());

        // (a) import
        Path baseDb = work.resolve("sqlite3-baseline.db");
        Files.deleteIfExists(baseDb);
        long sqliteImport = timed(() -> sqlite3(baseDb, "CREATE TABLE raw (promise, score, scale, date, voice, channel,"
                + " segment, respondent, comment);\n.mode csv\n.import --skip 1 '" + csv + "' raw\n"
                + "CREATE INDEX raw_by_promise ON raw (promise, score);\n"));
        double sqliteImportCpu = lastSqliteCpu;
        Path ourDb = work.resolve("valuebench.db");
        deleteWorkspace(ourDb);
        HeapSampler heap = new HeapSampler();
        long ourImport;
        double ourImportCpu;
        double ourReport;
        double ourReportFirst;
        double ourReportMedian;
        double ourFiltered;
        long ourGapsCommand;
        try (Workbench workbench = Workbenches.open(ourDb, true, Clock.systemUTC())) {
            long canvasId = workbench.addCanvas("Add", sample, sample.canvas().name()).canvas().orElseThrow().canvas().id();
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            heap.start();
            long cpuBefore = processCpu();
            ourImport = timed(() -> {
                int code = cli(ourDb, out, err, "import-feedback", String.valueOf(canvasId), csv.toString());
                if (code != 0) {
                    throw new IllegalStateException("import-feedback exited " + code + ": " + err);
                }
            });
            ourImportCpu = (processCpu() - cpuBefore) / 1e9;
            heap.stop();
            System.out.print("  " + out);
            long stored = new FeedbackUseCases(workbench).count(canvasId);
            if (stored != rows) {
                throw new IllegalStateException("Imported " + stored + " of " + rows + " rows");
            }

            // (b) gap computation
            GapUseCases gaps = new GapUseCases(workbench);
            ourReportFirst = timed(() -> check(gaps.report(canvasId, FeedbackFilter.NONE, CrosshairMode.MIDPOINTS), rows))
                    / 1e9;
            List<Double> times = new ArrayList<>();
            for (int i = 0; i < 21; i++) {
                times.add(timed(() -> check(gaps.report(canvasId, FeedbackFilter.NONE, CrosshairMode.MIDPOINTS), rows))
                        / 1e9);
            }
            times.sort(null);
            ourReport = times.get(0);
            ourReportMedian = times.get(times.size() / 2);
            ourFiltered = timed(() -> gaps.report(canvasId, new FeedbackFilter(null, null, "Families", null, null),
                    CrosshairMode.MIDPOINTS)) / 1e9;
            ourGapsCommand = timed(() -> cli(ourDb, Writer.nullWriter(), err, "gaps", String.valueOf(canvasId),
                    "--format", "json"));
        }
        double sqliteGroupBy = Double.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            String timing = sqlite3(baseDb, ".timer on\nSELECT promise, count(*), avg(score) FROM raw GROUP BY promise;\n");
            Matcher m = RUN_TIME.matcher(timing);
            if (!m.find()) {
                throw new IllegalStateException("sqlite3 printed no timing: " + timing);
            }
            sqliteGroupBy = Math.min(sqliteGroupBy, Double.parseDouble(m.group(1)));
        }

        // (c) memory: the same import at a tenth of the size
        Path smallCsv = work.resolve("feedback-small.csv");
        int smallRows = Math.max(1, rows / 10);
        generate(smallCsv, sample, smallRows, 2);
        Path smallDb = work.resolve("valuebench-small.db");
        deleteWorkspace(smallDb);
        HeapSampler smallHeap = new HeapSampler();
        try (Workbench workbench = Workbenches.open(smallDb, true, Clock.systemUTC())) {
            long canvasId = workbench.addCanvas("Add", sample, sample.canvas().name()).canvas().orElseThrow().canvas().id();
            smallHeap.start();
            cli(smallDb, Writer.nullWriter(), Writer.nullWriter(), "import-feedback", String.valueOf(canvasId),
                    smallCsv.toString());
            smallHeap.stop();
        }

        System.out.println();
        System.out.printf(Locale.ROOT, "(a) import %,d rows: import-feedback %.2f s wall / %.2f s CPU, sqlite3 .import"
                + " + index %.2f s wall / %.2f s CPU: ratio %.2f wall, %.2f CPU (target <= 2)%n", rows, ourImport / 1e9,
                ourImportCpu, sqliteImport / 1e9, sqliteImportCpu, (double) ourImport / sqliteImport,
                ourImportCpu / sqliteImportCpu);
        System.out.printf(Locale.ROOT, "(b) gap report over %,d rows: %.3f s best, %.3f s median of 21 (first call"
                + " %.3f s; with a segment filter %.3f s; gaps --format json %.3f s), sqlite3 GROUP BY %.3f s:"
                + " ratio %.2f best, %.2f median (target <= 3 and < 1 s)%n", rows, ourReport, ourReportMedian,
                ourReportFirst, ourFiltered, ourGapsCommand / 1e9, sqliteGroupBy, ourReport / sqliteGroupBy,
                ourReportMedian / sqliteGroupBy);
        System.out.printf(Locale.ROOT, "(c) heap while importing (max heap %d MB): %,d rows: live after GC %.1f MB,"
                + " peak used %.1f MB; %,d rows: live after GC %.1f MB, peak used %.1f MB%n",
                Runtime.getRuntime().maxMemory() >> 20, rows, heap.maxLive / 1048576.0, heap.maxUsed / 1048576.0,
                smallRows, smallHeap.maxLive / 1048576.0, smallHeap.maxUsed / 1048576.0);
        System.out.printf(Locale.ROOT, "Workspace file: %,d bytes; sqlite3 baseline file: %,d bytes%n",
                Files.size(ourDb), Files.size(baseDb));
    }

    private static void check(GapReport report, int rows) {
        if (report.facets().records() != rows) {
            throw new IllegalStateException("The report counts " + report.facets().records() + " records");
        }
    }

    /** Long-format rows as a survey export would give them: mixed scales, voices, channels, dates, comments. */
    static void generate(Path file, CanvasContent canvas, int rows, long seed) throws IOException {
        Random random = new Random(seed);
        List<String> promises = canvas.promises().stream().map(Item::text).map(FeedbackBenchmark::quoted).toList();
        String[] scales = {"1-5", "1-5", "1-7", "0-10"};
        int[] max = {5, 5, 7, 10};
        String[] voices = {"customer", "customer", "customer", "customer", "customer", "customer", "customer",
            "employee", "partner", "community"};
        String[] channels = {"survey", "survey", "survey", "review", "support ticket", "interview"};
        String[] segments = {"Regulars", "New customers", "Families", "Students"};
        String[] comments = {"", "", "", "", "", "", "", "Shelf was empty, again", "Great value", "\"Quick\" checkout"};
        LocalDate start = LocalDate.of(2023, 1, 1);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("promise,score,scale,date,voice,channel,segment,respondent,comment\n");
            StringBuilder line = new StringBuilder(128);
            for (int i = 0; i < rows; i++) {
                int s = random.nextInt(scales.length);
                int min = max[s] == 10 && s == 3 ? 0 : 1;
                line.setLength(0);
                line.append(promises.get(random.nextInt(promises.size()))).append(',')
                        .append(min + random.nextInt(max[s] - min + 1)).append(',')
                        .append(scales[s]).append(',')
                        .append(start.plusDays(random.nextInt(730))).append(',')
                        .append(voices[random.nextInt(voices.length)]).append(',')
                        .append(channels[random.nextInt(channels.length)]).append(',')
                        .append(segments[random.nextInt(segments.length)]).append(',')
                        .append('R').append(i).append(',')
                        .append(quoted(comments[random.nextInt(comments.length)])).append('\n');
                out.append(line);
            }
        }
    }

    private static String quoted(String text) {
        return text.contains(",") || text.contains("\"") ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    /** Runs sqlite3 on the script; bash's time reports its CPU seconds (user + system) on the last line. */
    private static String sqlite3(Path db, String script) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("bash", "-c", "TIMEFORMAT='cpu %U %S'; time sqlite3 \"$0\"",
                db.toString()).redirectErrorStream(true).start();
        try (Writer in = process.outputWriter(StandardCharsets.UTF_8)) {
            in.write(script);
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException("sqlite3 failed: " + output);
        }
        Matcher cpu = CPU.matcher(output);
        lastSqliteCpu = cpu.find() ? Double.parseDouble(cpu.group(1)) + Double.parseDouble(cpu.group(2)) : Double.NaN;
        return output;
    }

    private static String machine() throws IOException, InterruptedException {
        String cpu = "";
        Path cpuinfo = Path.of("/proc/cpuinfo");
        if (Files.isReadable(cpuinfo)) {
            cpu = Files.readAllLines(cpuinfo).stream().filter(l -> l.startsWith("model name")).findFirst()
                    .map(l -> l.substring(l.indexOf(':') + 1).strip() + ", ").orElse("");
        }
        Process version = new ProcessBuilder("sqlite3", "--version").redirectErrorStream(true).start();
        String sqlite = new String(version.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        version.waitFor();
        return String.format(Locale.ROOT, "Machine: %s%d cores, %s %s, Java %s (%s), sqlite3 %s", cpu,
                Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"), System.getProperty("os.arch"),
                System.getProperty("java.version"), System.getProperty("java.vm.name"),
                sqlite.split(" ")[0]);
    }

    /** CPU time of the whole JVM (every thread: importer, JIT, garbage collector). */
    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static void deleteWorkspace(Path db) throws IOException {
        for (String suffix : List.of("", "-wal", "-shm", ".lock")) {
            Files.deleteIfExists(db.resolveSibling(db.getFileName() + suffix));
        }
    }

    @FunctionalInterface
    private interface Work {
        void run() throws Exception;
    }

    private static long timed(Work work) throws Exception {
        long start = System.nanoTime();
        work.run();
        return System.nanoTime() - start;
    }

    /** Samples the heap every 5 ms: the most used, and the most still live after a collection. */
    private static final class HeapSampler {
        private final List<MemoryPoolMXBean> pools = new ArrayList<>();
        private volatile boolean running;
        private Thread thread;
        long maxUsed;
        long maxLive;

        HeapSampler() {
            ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                    .forEach(pools::add);
        }

        void start() {
            System.gc();
            pools.forEach(MemoryPoolMXBean::resetPeakUsage);
            running = true;
            thread = new Thread(() -> {
                while (running) {
                    sample();
                    try {
                        Thread.sleep(5);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-sampler");
            thread.setDaemon(true);
            thread.start();
        }

        private void sample() {
            long used = 0;
            long live = 0;
            for (MemoryPoolMXBean pool : pools) {
                used += pool.getUsage().getUsed();
                if (pool.getCollectionUsage() != null) {
                    live += pool.getCollectionUsage().getUsed();
                }
            }
            maxUsed = Math.max(maxUsed, used);
            maxLive = Math.max(maxLive, live);
        }

        void stop() throws InterruptedException {
            running = false;
            thread.join();
            sample();
            long peak = pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            maxUsed = Math.max(maxUsed, peak);
        }
    }

    /** Runs a subcommand as the command line does, on its own connection to the workspace file. */
    private static int cli(Path db, Writer out, Writer err, String... args) {
        String[] full = new String[args.length + 2];
        full[0] = "--db";
        full[1] = db.toString();
        System.arraycopy(args, 0, full, 2, args.length);
        return CommandLineMain.run(full, new CommandContext(new PrintWriter(out), new PrintWriter(err),
                (file, createFolder) -> Workbenches.open(Path.of(file), false, Clock.systemUTC())));
    }
}
