package org.valuebench.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuebench.app.feedback.FeedbackUseCases;
import org.valuebench.app.feedback.ImportOptions;
import org.valuebench.app.feedback.ImportProgress;

/**
 * Several writers on one workspace file at once, each with its own connection as separate processes have: they
 * take turns instead of failing with "database is locked".
 */
class ConcurrentWritersTest {
    private static final int WRITERS = 4;
    private static final int ROWS = 20_000;

    @TempDir
    Path dir;

    @Test
    void fourWorkbenchesImportingFeedbackIntoOneFileAtOnceAllSucceedAndStoreEveryRecordOnce() throws Exception {
        long canvas;
        Path file;
        try (FeedbackTestWorkspace shop = new FeedbackTestWorkspace(dir)) {
            canvas = shop.canvasId;
            file = shop.file;
        }
        List<Path> csvFiles = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            csvFiles.add(feedbackFile(w));
        }
        // Opened one after the other: only the imports are meant to meet.
        List<Workbench> benches = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            benches.add(Workbenches.open(file, false, FeedbackTestWorkspace.CLOCK));
        }
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        try {
            CyclicBarrier start = new CyclicBarrier(WRITERS);
            List<Future<Long>> imports = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                Workbench bench = benches.get(w);
                Path csv = csvFiles.get(w);
                imports.add(pool.submit(() -> {
                    start.await();
                    return new FeedbackUseCases(bench).importFile(canvas, csv, ImportOptions.DEFAULT,
                            ImportProgress.NONE).imported();
                }));
            }
            for (Future<Long> imported : imports) {
                assertThat(imported.get(5, TimeUnit.MINUTES)).isEqualTo(ROWS);
            }
        } finally {
            pool.shutdownNow();
            benches.forEach(Workbench::close);
        }
        try (Workbench reader = Workbenches.open(file, false, FeedbackTestWorkspace.CLOCK)) {
            FeedbackUseCases feedback = new FeedbackUseCases(reader);
            assertThat(feedback.count(canvas)).isEqualTo((long) WRITERS * ROWS);
            assertThat(feedback.imports(canvas)).hasSize(WRITERS);
        }
    }

    /** Rows that no other file has: the respondent names the writer and the row. */
    private Path feedbackFile(int writer) throws IOException {
        Path csv = dir.resolve("feedback-" + writer + ".csv");
        String[] promises = {"Always in stock", "Low prices", "Quick checkout"};
        try (Writer out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            out.write("promise,score,scale,date,respondent,comment\n");
            for (int row = 0; row < ROWS; row++) {
                out.write(promises[row % promises.length] + "," + (1 + row % 5) + ",1-5,2024-0" + (1 + row % 6)
                        + "-1" + (row % 9) + ",W" + writer + "-R" + row + ",comment " + writer + "/" + row + "\n");
            }
        }
        return csv;
    }
}
