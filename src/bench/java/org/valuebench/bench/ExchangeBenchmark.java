package org.valuebench.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.valuebench.app.Workbench;
import org.valuebench.app.Workbenches;
import org.valuebench.app.exchange.ExchangeUseCases;
import org.valuebench.app.exchange.PaperSize;
import org.valuebench.app.feedback.FeedbackUseCases;
import org.valuebench.domain.CanvasContent;
import org.valuebench.domain.Feedback;
import org.valuebench.io.CanvasDocument;
import org.valuebench.io.CanvasJsonReader;
import org.valuebench.io.CanvasJsonWriter;
import org.valuebench.io.TestCanvases;
import org.valuebench.io.TestFeedback;

/**
 * Exchange of a canvas of 500 items with fit links and 10,000 feedback records in a warm JVM, through the use
 * cases on a real SQLite workspace. Targets (issue 4): JSON export and import under 300 ms each, PDF export
 * (canvas, notes, fit summary and gap report) under 1 s. The command line end to end is timed by
 * src/bench/exchange-benchmark.sh, which also runs this.
 *
 * <p>Every iteration starts from a new workspace holding the canvas, so the imports an iteration adds (each a
 * new canvas with its 10,000 records) never pile up across iterations.
 *
 * <p>Run: {@code src/bench/exchange-benchmark.sh}, or
 * {@code java -cp "$(src/bench/classpath.sh)" org.openjdk.jmh.Main ExchangeBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ExchangeBenchmark {
    static final int ITEMS = 500;
    static final int RECORDS = 10_000;
    /** Competing factors, each rated for our offering and every alternative. */
    static final int FACTORS = 12;

    private Path folder;
    private Workbench workbench;
    private ExchangeUseCases exchange;
    private long canvasId;
    private byte[] json;

    /**
     * The benchmark canvas with its feedback, as a canvas file: 500 items, their links, 12 competing factors with
     * their ratings grid, 10,000 records.
     */
    public static void writeCanvasFile(OutputStream out) {
        CanvasContent large = TestCanvases.withStrategy(TestCanvases.large(ITEMS, 60), "From the store visit",
                FACTORS - 1);
        int perPromise = (RECORDS + large.promises().size() - 1) / large.promises().size();
        List<Feedback> feedback = TestFeedback.on(large, perPromise).subList(0, RECORDS);
        new CanvasJsonWriter().write(large, feedback, out);
    }

    @Setup(Level.Iteration)
    public void openWorkspaceWithALargeCanvas() throws IOException {
        folder = Files.createTempDirectory("valuebench-bench");
        workbench = Workbenches.open(folder.resolve("workspace.db"), false, Clock.systemUTC());
        exchange = new ExchangeUseCases(workbench);
        ByteArrayOutputStream file = new ByteArrayOutputStream(8 * 1024 * 1024);
        writeCanvasFile(file);
        canvasId = exchange.importJson(new ByteArrayInputStream(file.toByteArray()), "bench.json").canvas()
                .orElseThrow().canvas().id();
        json = exportJson().toByteArray();
    }

    @TearDown(Level.Iteration)
    public void deleteWorkspace() throws IOException {
        CanvasContent stored = workbench.canvas(canvasId);
        System.out.printf("%n  (canvas: %d items, %d fit links, %,d feedback records, JSON %,d kB; %d canvases now)%n",
                stored.items().size(), stored.links().size(), new FeedbackUseCases(workbench).count(canvasId),
                json.length / 1024, workbench.library().size());
        workbench.close();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    /** The canvas with its 10,000 records, as export-json --with-feedback writes it. */
    @Benchmark
    public ByteArrayOutputStream exportJson() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8 * 1024 * 1024);
        exchange.exportJson(canvasId, out, true);
        return out;
    }

    /** Read, check and store as a new canvas with its 10,000 records, in one transaction. */
    @Benchmark
    public long importJson() {
        return exchange.importJson(new ByteArrayInputStream(json), "bench.json").canvas().orElseThrow()
                .canvas().id();
    }

    /** The reading and checking part of an import alone, without the database. */
    @Benchmark
    public CanvasDocument readJson() {
        return new CanvasJsonReader().readDocument(new ByteArrayInputStream(json), "bench.json");
    }

    /** The whole report: canvas page, notes that did not fit, fit summary and the gap report pages. */
    @Benchmark
    public ByteArrayOutputStream exportPdf() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(2 * 1024 * 1024);
        exchange.exportPdf(canvasId, out, PaperSize.A4);
        return out;
    }

    /** Writes the benchmark canvas file to the path given (for the command-line timing), or runs JMH. */
    public static void main(String[] args) throws RunnerException, IOException {
        if (args.length == 1) {
            try (OutputStream out = Files.newOutputStream(Path.of(args[0]))) {
                writeCanvasFile(out);
            }
            return;
        }
        new Runner(new OptionsBuilder().include(ExchangeBenchmark.class.getName()).build()).run();
    }
}
