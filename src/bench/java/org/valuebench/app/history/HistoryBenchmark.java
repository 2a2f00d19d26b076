package org.valuebench.app.history;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.valuebench.app.Workbench;
import org.valuebench.app.Workbenches;
import org.valuebench.domain.Canvas;
import org.valuebench.domain.CanvasContent;
import org.valuebench.domain.ColourTag;
import org.valuebench.domain.FitLink;
import org.valuebench.domain.Item;
import org.valuebench.domain.Section;

/**
 * Issue 27's figures (src/bench/history-benchmark.sh; not a timed test): a canvas of 500 items with 1,000 versions,
 * each a few edits after the one before. Prints the workspace file's growth (goal < 20 MB) and the time to list the
 * history as the panel reads it, versions with their summaries and no content (goal < 200 ms), medians of several
 * runs. Arguments: [runs of the whole build, default 3] [versions, default 1000].
 */
public final class HistoryBenchmark {
    private static final String[] WORDS = ("quick fair price coffee queue seat quiet calm service staff friendly app"
            + " order ahead loyalty card reward station morning train commuter fresh pastry oat milk refill cup"
            + " delivery late open weekend parking tram ticket receipt smile music jazz clean table window")
            .split(" ");

    private HistoryBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        List<Long> growth = new ArrayList<>();
        List<Double> listing = new ArrayList<>();
        List<Double> saving = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            Path dir = Files.createTempDirectory("valuebench-history-bench");
            Path file = dir.resolve("ws.db");
            Random random = new Random(run);
            long canvas;
            try (Workbench wb = Workbenches.open(file, true, Clock.systemUTC())) {
                canvas = wb.addCanvas("Bench", canvas(random), "Bench").canvas().orElseThrow().canvas().id();
            }
            long before = size(dir); // closed: the write-ahead log is folded into the file
            try (Workbench wb = Workbenches.open(file, true, Clock.systemUTC())) {
                HistoryUseCases history = new HistoryUseCases(wb);
                long start = System.nanoTime();
                for (int v = 0; v < count; v++) {
                    for (int e = 0; e < 3; e++) {
                        edit(wb, canvas, random);
                    }
                    history.save(canvas, "Version " + (v + 1));
                }
                saving.add((System.nanoTime() - start) / 1e6 / count);
            }
            growth.add(size(dir) - before);
            try (Workbench wb = Workbenches.open(file, true, Clock.systemUTC())) {
                HistoryUseCases history = new HistoryUseCases(wb);
                double[] times = new double[15];
                for (int i = 0; i < times.length; i++) {
                    long t = System.nanoTime();
                    int listed = history.versions(canvas).size();
                    times[i] = (System.nanoTime() - t) / 1e6;
                    if (listed != count) {
                        throw new IllegalStateException("listed " + listed);
                    }
                }
                listing.add(median(times));
            }
            try (var files = Files.walk(dir)) {
                for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
            System.out.printf("run %d: growth %.2f MB, list %d versions %.1f ms (median of 15), save %.1f ms each%n",
                    run + 1, growth.get(run) / 1048576.0, count, listing.get(run), saving.get(run));
        }
        System.out.printf("median of %d runs: growth %.2f MB (goal < 20 MB), list %.1f ms (goal < 200 ms),"
                + " save %.1f ms%n", runs, median(growth.stream().mapToDouble(g -> g / 1048576.0).toArray()),
                median(listing.stream().mapToDouble(d -> d).toArray()), median(saving.stream().mapToDouble(d -> d)
                        .toArray()));
    }

    /** 500 items over the eight sections, with links: the size the issue names. */
    private static CanvasContent canvas(Random random) {
        List<Item> items = new ArrayList<>();
        Section[] sections = Section.values();
        for (int i = 0; i < 500; i++) {
            Section s = sections[i % sections.length];
            items.add(new Item(i + 1, 0, s, i / sections.length, text(random), "", ColourTag.NONE, "", 3,
                    s.isOffering() && i % 5 == 0, 4));
        }
        List<FitLink> links = new ArrayList<>();
        for (Item o : items) {
            if (o.isOffering() && random.nextInt(3) == 0) {
                Item c = items.get(random.nextInt(items.size()));
                if (c.isCustomer()) {
                    links.add(new FitLink(o.id(), c.id()));
                }
            }
        }
        return new CanvasContent(Canvas.draft("Bench", java.time.Instant.now()), items, links.stream().distinct()
                .toList());
    }

    private static void edit(Workbench wb, long canvas, Random random) {
        List<Item> items = wb.canvas(canvas).items();
        Item item = items.get(random.nextInt(items.size()));
        switch (random.nextInt(3)) {
            case 0 -> wb.updateItem(item.withText(text(random)));
            case 1 -> wb.addItem(canvas, item.section(), text(random), -1);
            default -> wb.deleteItem(item.id());
        }
    }

    private static String text(Random random) {
        StringBuilder text = new StringBuilder();
        int words = 3 + random.nextInt(6);
        for (int w = 0; w < words; w++) {
            text.append(w == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return text.toString();
    }

    private static long size(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            return files.mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }
}
