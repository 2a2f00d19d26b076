package org.valuebench.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.valuebench.app.Workbench;
import org.valuebench.app.Workbenches;
import org.valuebench.app.feedback.FeedbackUseCases;
import org.valuebench.app.feedback.ImportOptions;
import org.valuebench.app.feedback.ImportOutcome;
import org.valuebench.app.feedback.ImportProgress;
import org.valuebench.app.samples.SampleWorkspace;
import org.valuebench.domain.CanvasContent;
import org.valuebench.ui.GapViewResponsiveness;

/**
 * One run of the window benchmark: is the window responsive with 1,000,000 feedback records? Generates the rows
 * (as {@link FeedbackBenchmark} does), imports them into a sample canvas, opens the real window on the workspace,
 * switches to the Gaps tab, then runs rounds ({@code -Dbench.rounds}, default 1) of every filter, the drill-down
 * and paging, the chart tabs, leaving and coming back, and opening a sample canvas and then the large one again on
 * the Canvas tab. It prints per interaction the longest time the window was unresponsive (the larger of the
 * longest pulse gap and the longest {@code Platform.runLater} wait), the most and the median over the rounds,
 * with the JavaFX thread's CPU time, which tells the window's work from the machine's load.
 * {@code -Dbench.results=FILE} writes each interaction's longest time in the run for {@link GapViewVerdict},
 * which judges the median of three runs against {@value #TARGET_MS} ms (issue 29).
 * {@code -Dbench.each} prints every step, with how long the JavaFX thread waited for a core and the CPU time of
 * each kind of thread (JavaFX, renderer, database, JIT compilers...). {@code -Dbench.openings} runs only
 * the canvas-opening steps.
 * Not a test: run it with {@code src/bench/gap-view-responsiveness.sh [rows] [work folder]}; it runs headless
 * on Monocle unless {@code -Dheaded} is given (then it needs a display, e.g. Xvfb).
 */
public final class GapViewResponsivenessBenchmark {
    /** No interaction may leave the window unresponsive this long, on the median of three runs. */
    static final double TARGET_MS = 100;

    private GapViewResponsivenessBenchmark() {
    }

    /**
     * Adds a second sample canvas with 2,000 records, unless the workspace has one: the benchmark opens it and then
     * the large canvas again. The large canvas stays the one the window opens.
     */
    private static void addSmallCanvas(Path db, Path work) throws IOException {
        try (Workbench workbench = Workbenches.open(db, true, Clock.systemUTC())) {
            if (workbench.library().size() > 1) {
                return;
            }
            long large = workbench.windowMemory().lastCanvas().orElseThrow();
            CanvasContent sample = SampleWorkspace.canvases().get(1);
            Path csv = work.resolve("feedback-small.csv");
            FeedbackBenchmark.generate(csv, sample, 2_000, 2);
            long canvasId = workbench.addCanvas("Add", sample, sample.canvas().name()).canvas().orElseThrow()
                    .canvas().id();
            new FeedbackUseCases(workbench).importFile(canvasId, csv, ImportOptions.DEFAULT, ImportProgress.NONE);
            workbench.windowMemory().rememberLastCanvas(large);
            Files.delete(csv);
        }
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 1_000_000;
        Path work = args.length > 1 ? Files.createDirectories(Path.of(args[1])) : Files.createTempDirectory("vb-gapview");
        if (!Boolean.getBoolean("headed")) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
        }
        Path db = work.resolve("gapview-" + rows + ".db");
        if (!Files.exists(db)) {
            CanvasContent sample = SampleWorkspace.canvases().get(0);
            Path csv = work.resolve("feedback-" + rows + ".csv");
            FeedbackBenchmark.generate(csv, sample, rows, 1);
            long start = System.nanoTime();
            try (Workbench workbench = Workbenches.open(db, true, Clock.systemUTC())) {
                long canvasId = workbench.addCanvas("Add", sample, sample.canvas().name()).canvas().orElseThrow()
                        .canvas().id();
                ImportOutcome outcome = new FeedbackUseCases(workbench).importFile(canvasId, csv, ImportOptions.DEFAULT,
                        ImportProgress.NONE);
                workbench.windowMemory().rememberLastCanvas(canvasId);
                System.out.printf(Locale.ROOT, "Imported %,d records into '%s' in %.1f s%n", outcome.imported(),
                        sample.canvas().name(), (System.nanoTime() - start) / 1e9);
            }
            Files.delete(csv);
        }
        addSmallCanvas(db, work);
        System.out.println("JavaFX: " + (Boolean.getBoolean("headed") ? "on the display" : "headless Monocle")
                + ", prism " + System.getProperty("prism.order", "default") + "; "
                + Runtime.getRuntime().availableProcessors() + " cores, Java " + System.getProperty("java.version")
                + ", JVM options " + ManagementFactory.getRuntimeMXBean().getInputArguments());
        int rounds = Integer.getInteger("bench.rounds", 1);
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        GapViewResponsiveness window = GapViewResponsiveness.open(db);
        long runStart = System.nanoTime();
        List<GapViewResponsiveness.Phase> phases = Boolean.getBoolean("bench.openings") ? window.runOpenings(rounds)
                : window.runAll(rounds);
        double runMs = (System.nanoTime() - runStart) / 1e6;
        double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        if (Boolean.getBoolean("bench.each")) {
            phases.forEach(p -> System.out.println("  " + p));
        }
        double stolen = phases.stream().mapToDouble(GapViewResponsiveness.Phase::stolenMs).sum();
        int cores = Runtime.getRuntime().availableProcessors();
        System.out.printf(Locale.ROOT, "Gap view over %,d feedback records, %d rounds; load average %.2f before,"
                + " %.2f after; the host took %.0f ms of the %d cores' time in the steps (%.1f %%)%n",
                window.records(), rounds, loadBefore, loadAfter, stolen, cores, 100 * stolen / (runMs * cores));
        System.out.println("  block = how long the window was unresponsive: the larger of the longest pulse gap and the longest"
                + " runLater wait, per step (max and median over the times the interaction was made)");
        System.out.println("  FX CPU = CPU time the JavaFX thread used for the step (median), whatever else the machine ran");
        System.out.println("  frame CPU = the most CPU time the JavaFX thread used from one pulse to the next (max)");
        System.out.println("  JIT CPU = CPU time the JIT compilers used during the step (max; 0 where Linux does not"
                + " tell)");
        System.out.println("  host took = CPU time the hypervisor gave other guests while this machine's cores wanted"
                + " to run, over all cores (max; steal in /proc/stat, 10 ms steps)");
        System.out.printf(Locale.ROOT, "  %-44s %4s %10s %10s %10s %10s %10s %10s %10s %10s%n", "interaction",
                "times", "max block", "median", "max pulse", "max wait", "FX CPU", "frame CPU", "JIT CPU", "host took");
        Map<String, List<GapViewResponsiveness.Phase>> byName = new LinkedHashMap<>();
        phases.forEach(p -> byName.computeIfAbsent(p.name(), k -> new ArrayList<>()).add(p));
        byName.forEach((name, runs) -> {
            double[] blocks = runs.stream().mapToDouble(GapViewResponsiveness.Phase::blockMs).sorted().toArray();
            double median = blocks.length % 2 == 1 ? blocks[blocks.length / 2]
                    : (blocks[blocks.length / 2 - 1] + blocks[blocks.length / 2]) / 2;
            double[] cpu = runs.stream().mapToDouble(GapViewResponsiveness.Phase::fxCpuMs).sorted().toArray();
            System.out.printf(Locale.ROOT, "  %-44s %4d %7.1f ms %7.1f ms %7.1f ms %7.1f ms %7.1f ms %7.1f ms"
                    + " %7.0f ms %7.0f ms%n", name,
                    runs.size(), blocks[blocks.length - 1], median,
                    runs.stream().mapToDouble(GapViewResponsiveness.Phase::longestPulseGapMs).max().orElse(0),
                    runs.stream().mapToDouble(GapViewResponsiveness.Phase::longestTickWaitMs).max().orElse(0),
                    cpu[cpu.length / 2],
                    runs.stream().mapToDouble(GapViewResponsiveness.Phase::longestFrameCpuMs).max().orElse(0),
                    runs.stream().mapToDouble(GapViewResponsiveness.Phase::jitCpuMs).max().orElse(0),
                    runs.stream().mapToDouble(GapViewResponsiveness.Phase::stolenMs).max().orElse(0));
        });
        // A step at the target is listed with what else held the machine then, so a run that fails can be read.
        phases.stream().filter(p -> p.blockMs() >= TARGET_MS).forEach(p -> System.out.printf(Locale.ROOT,
                "  at %.0f ms or more: %s, %.1f ms; JavaFX thread's most CPU in one frame %.1f ms; the host took %.0f"
                        + " ms of the cores' %.0f ms in the step, %.0f ms of their %.0f ms in that longest %s itself%n",
                TARGET_MS, p.name(), p.blockMs(), p.longestFrameCpuMs(), p.stolenMs(),
                (p.elapsedMs() + GapViewResponsiveness.SETTLE_MS) * cores, p.worstHeld().hostTookMs(),
                p.blockMs() * cores, p.longestPulseGapMs() >= p.longestTickWaitMs() ? "pulse gap" : "runLater wait"));
        String results = System.getProperty("bench.results");
        if (results != null) {
            GapViewVerdict.write(Path.of(results), loadBefore, loadAfter, byName);
        }
        System.out.printf(Locale.ROOT, "Most JavaFX thread CPU in one frame: %.1f ms; garbage collector: %s%n",
                phases.stream().mapToDouble(GapViewResponsiveness.Phase::longestFrameCpuMs).max().orElse(0),
                window.gcPausesWhileMeasuring());
        window.close();
        System.exit(0);
    }
}
