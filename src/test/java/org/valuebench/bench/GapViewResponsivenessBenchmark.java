package org.valuebench.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.valuebench.app.FeedbackUseCases;
import org.valuebench.app.ImportOptions;
import org.valuebench.app.ImportOutcome;
import org.valuebench.app.ImportProgress;
import org.valuebench.app.SampleWorkspace;
import org.valuebench.app.Workbench;
import org.valuebench.domain.CanvasContent;
import org.valuebench.ui.GapViewResponsiveness;

/**
 * Is the gap view responsive with 1,000,000 feedback records? Generates the rows (as {@link FeedbackBenchmark}
 * does), imports them into a sample canvas, opens the real window on the workspace, switches to the Gaps tab,
 * changes every filter, pages the drill-down, and prints the longest time the JavaFX thread went without a pulse
 * and the longest wait of a {@code Platform.runLater} tick per step. Target: under 50 ms throughout.
 * Not a test: run it with {@code src/bench/gap-view-responsiveness.sh [rows] [work folder]}; it runs headless
 * on Monocle unless {@code -Dheaded} is given (then it needs a display, e.g. Xvfb).
 */
public final class GapViewResponsivenessBenchmark {
    static final double TARGET_MS = 50;

    private GapViewResponsivenessBenchmark() {
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
            try (Workbench workbench = Workbench.open(db, true, Clock.systemUTC())) {
                long canvasId = workbench.addCanvas("Add", sample, sample.canvas().name()).canvas().orElseThrow()
                        .canvas().id();
                ImportOutcome outcome = new FeedbackUseCases(workbench).importFile(canvasId, csv, ImportOptions.DEFAULT,
                        ImportProgress.NONE);
                workbench.rememberLastCanvas(canvasId);
                System.out.printf(Locale.ROOT, "Imported %,d records into '%s' in %.1f s%n", outcome.imported(),
                        sample.canvas().name(), (System.nanoTime() - start) / 1e9);
            }
            Files.delete(csv);
        }
        System.out.println("JavaFX: " + (Boolean.getBoolean("headed") ? "on the display" : "headless Monocle")
                + ", prism " + System.getProperty("prism.order", "default") + "; "
                + Runtime.getRuntime().availableProcessors() + " cores, Java " + System.getProperty("java.version"));
        GapViewResponsiveness window = GapViewResponsiveness.open(db);
        List<GapViewResponsiveness.Phase> phases = window.runAll();
        System.out.printf(Locale.ROOT, "Gap view over %,d feedback records:%n", window.records());
        phases.forEach(p -> System.out.println("  " + p));
        double worstPulse = phases.stream().mapToDouble(GapViewResponsiveness.Phase::longestPulseGapMs).max().orElse(0);
        double worstTick = phases.stream().mapToDouble(GapViewResponsiveness.Phase::longestTickWaitMs).max().orElse(0);
        System.out.printf(Locale.ROOT, "Longest pulse gap %.1f ms, longest runLater wait %.1f ms: %s (target < %.0f ms)%n",
                worstPulse, worstTick, Math.max(worstPulse, worstTick) < TARGET_MS ? "PASS" : "FAIL", TARGET_MS);
        window.close();
        System.exit(0);
    }
}
