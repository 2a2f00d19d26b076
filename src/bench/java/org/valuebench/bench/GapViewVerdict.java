package org.valuebench.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.valuebench.ui.GapViewResponsiveness;

/**
 * Judges the window benchmark as issue 29 asks: per interaction, the longest time it left the window unresponsive
 * in each run ({@link GapViewResponsivenessBenchmark} with {@code -Dbench.results}), the median over the runs,
 * and PASS below {@value GapViewResponsivenessBenchmark#TARGET_MS} ms, FAIL at or above. Exits with 1 if any
 * interaction fails. Not a test: {@code src/bench/gap-view-responsiveness.sh} runs it after its runs.
 */
public final class GapViewVerdict {
    private static final String LOAD = "# load";

    private GapViewVerdict() {
    }

    /** Writes one run's longest unresponsive time per interaction, and the load average around the run. */
    static void write(Path file, double loadBefore, double loadAfter,
                      Map<String, List<GapViewResponsiveness.Phase>> byName) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "%s %.2f %.2f", LOAD, loadBefore, loadAfter));
        byName.forEach((name, phases) -> lines.add(String.format(Locale.ROOT, "%s\t%.1f", name,
                phases.stream().mapToDouble(GapViewResponsiveness.Phase::blockMs).max().orElse(0))));
        Files.write(file, lines);
    }

    public static void main(String[] args) throws IOException {
        Map<String, double[]> byName = new LinkedHashMap<>();
        List<String> loads = new ArrayList<>();
        for (int run = 0; run < args.length; run++) {
            for (String line : Files.readAllLines(Path.of(args[run]))) {
                if (line.startsWith(LOAD)) {
                    loads.add(line.substring(LOAD.length()).trim().replace(' ', '→'));
                    continue;
                }
                String[] parts = line.split("\t");
                byName.computeIfAbsent(parts[0], k -> notMade(args.length))[run] = Double.parseDouble(parts[1]);
            }
        }
        double target = GapViewResponsivenessBenchmark.TARGET_MS;
        System.out.printf(Locale.ROOT, "Longest time the window was unresponsive per interaction, %d runs (load"
                + " average before→after each: %s); the median run against the target, < %.0f ms:%n", args.length,
                String.join(", ", loads), target);
        boolean failed = false;
        for (Map.Entry<String, double[]> entry : byName.entrySet()) {
            double median = median(entry.getValue());
            boolean pass = median < target;
            failed |= !pass;
            StringBuilder runs = new StringBuilder();
            for (double ms : entry.getValue()) {
                runs.append(String.format(Locale.ROOT, " %7.1f", ms));
            }
            System.out.printf(Locale.ROOT, "  %-44s%s ms  median %7.1f ms  %s%n", entry.getKey(), runs, median,
                    pass ? "PASS" : "FAIL");
        }
        System.out.println(failed ? "FAIL: an interaction left the window unresponsive for " + (int) target
                + " ms or more on the median run" : "PASS: every interaction under " + (int) target + " ms");
        System.exit(failed ? 1 : 0);
    }

    private static double[] notMade(int runs) {
        double[] ms = new double[runs];
        Arrays.fill(ms, Double.NaN);
        return ms;
    }

    /** The median of the runs that made the interaction. */
    static double median(double[] runs) {
        double[] made = Arrays.stream(runs).filter(ms -> !Double.isNaN(ms)).sorted().toArray();
        int n = made.length;
        return n % 2 == 1 ? made[n / 2] : (made[n / 2 - 1] + made[n / 2]) / 2;
    }
}
