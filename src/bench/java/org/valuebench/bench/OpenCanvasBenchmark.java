package org.valuebench.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
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
import org.valuebench.app.Change;
import org.valuebench.app.Workbench;
import org.valuebench.app.workspace.WorkbenchOpener;
import org.valuebench.app.workspace.WorkspaceLocation;
import org.valuebench.domain.CanvasSummary;

/** Time to open the largest sample canvas: what the window waits for when the user picks it in the library. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class OpenCanvasBenchmark {
    private Path folder;
    private Workbench workbench;
    private long largest;

    @Setup(Level.Trial)
    public void openSampleWorkspace() throws IOException {
        folder = Files.createTempDirectory("vb-bench");
        Path file = folder.resolve("workspace.db");
        workbench = new WorkbenchOpener(Clock.systemUTC()).open(new WorkspaceLocation(file, true), true);
        largest = workbench.library().stream().max(Comparator.comparingInt(CanvasSummary::items)).orElseThrow().id();
    }

    @Benchmark
    public Change openLargestSampleCanvas() {
        return workbench.show(largest);
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        workbench.close();
        try (var files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
