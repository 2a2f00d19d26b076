package org.valuebench.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
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
import org.valuebench.app.ExchangeUseCases;
import org.valuebench.app.PaperSize;
import org.valuebench.app.Workbench;
import org.valuebench.domain.CanvasContent;
import org.valuebench.io.CanvasJsonReader;
import org.valuebench.io.TestCanvases;

/**
 * Exchange of a canvas of 500 items with fit links in a warm JVM, through the use cases on a real SQLite
 * workspace. Targets (issue 4): JSON export and import under 300 ms each, PDF export under 1 s. Feedback
 * records (10,000 in the target) do not exist yet, so they are not part of the canvas measured here.
 *
 * <p>Run: {@code ./mvnw -q -o test-compile} then
 * {@code java -cp target/test-classes:target/classes:$(./mvnw -q -o dependency:build-classpath
 * -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout) org.valuebench.bench.ExchangeBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ExchangeBenchmark {
    private Path folder;
    private Workbench workbench;
    private ExchangeUseCases exchange;
    private long canvasId;
    private byte[] json;
    private boolean imported;

    @Setup(Level.Trial)
    public void openWorkspaceWithALargeCanvas() throws IOException {
        folder = Files.createTempDirectory("valuebench-bench");
        workbench = Workbench.open(folder.resolve("workspace.db"), false, Clock.systemUTC());
        CanvasContent large = TestCanvases.large(500, 60);
        canvasId = workbench.addCanvas("Benchmark", large, large.canvas().name()).canvas().orElseThrow().canvas().id();
        exchange = new ExchangeUseCases(workbench);
        json = exportJson().toByteArray();
        CanvasContent stored = workbench.canvas(canvasId);
        System.out.printf("%nCanvas: %d items, %d fit links, JSON %d kB%n", stored.items().size(),
                stored.links().size(), json.length / 1024);
    }

    @TearDown(Level.Trial)
    public void deleteWorkspace() throws IOException {
        workbench.close();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    /** Keeps the workspace at one canvas, so every import runs against the same file. */
    @TearDown(Level.Invocation)
    public void undoImport() {
        if (imported) {
            workbench.undo();
            imported = false;
        }
    }

    @Benchmark
    public ByteArrayOutputStream exportJson() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        exchange.exportJson(canvasId, out, false);
        return out;
    }

    /** Read, check and store as a new canvas in one transaction. */
    @Benchmark
    public long importJson() {
        long id = exchange.importJson(new ByteArrayInputStream(json), "bench.json").canvas().orElseThrow()
                .canvas().id();
        imported = true;
        return id;
    }

    /** The reading and checking part of an import alone, without the database. */
    @Benchmark
    public CanvasContent readJson() {
        return new CanvasJsonReader().read(new ByteArrayInputStream(json), "bench.json");
    }

    @Benchmark
    public ByteArrayOutputStream exportPdf() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024 * 1024);
        exchange.exportPdf(canvasId, out, PaperSize.A4);
        return out;
    }

    public static void main(String[] args) throws RunnerException {
        new Runner(new OptionsBuilder().include(ExchangeBenchmark.class.getName()).build()).run();
    }
}
