package org.valuebench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuebench.app.TestWorkbenches;
import org.valuebench.app.Workbench;
import org.valuebench.domain.Section;

/** import-feedback on the app-store review samples: told from their content, or named by --format. */
class AppReviewsCommandLineTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-06-15T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private Workbench workbench;
    private CommandLineRunner.Result result;

    @BeforeEach
    void open() {
        workbench = TestWorkbenches.open(dir.resolve("ws.db"), true, CLOCK);
        long canvas = workbench.createCanvas("Corner shop").canvas().orElseThrow().canvas().id();
        for (String promise : List.of("Always in stock", "Quick checkout")) {
            long id = workbench.addItem(canvas, Section.FEATURES, promise, -1).focusItemId();
            workbench.updateItem(workbench.canvas(canvas).item(id).orElseThrow().withPromise(true, 4));
        }
    }

    @AfterEach
    void close() {
        workbench.close();
    }

    private int importFeedback(String... args) {
        String[] full = new String[args.length + 3];
        full[0] = "--db";
        full[1] = dir.resolve("ws.db").toString();
        full[2] = "import-feedback";
        System.arraycopy(args, 0, full, 3, args.length);
        result = new CommandLineRunner(Map.of(), dir.resolve("home"), CLOCK).run(full);
        return result.exit();
    }

    private static String resource(String path) {
        try {
            return Path.of(AppReviewsCommandLineTest.class.getResource(path).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void importsAGooglePlayExportNamedAsTextAndAnAppStorePageByForce() throws Exception {
        Path txt = Files.copy(Path.of(resource("/feedback-samples/google-play-reviews.csv")), dir.resolve("reviews.txt"));
        assertThat(importFeedback("Corner shop", txt.toString(), "--mapping",
                resource("/feedback/google-play-reviews.mapping.json"))).isZero();
        assertThat(result.out()).startsWith("Imported 8 feedback records from reviews.txt into 'Corner shop'.");

        assertThat(importFeedback("Corner shop", resource("/feedback-samples/app-store-reviews.json"), "--format",
                "app-store", "--mapping", resource("/feedback/app-store-reviews.mapping.json"))).isZero();
        assertThat(result.out()).startsWith("Imported 8 feedback records from app-store-reviews.json");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void anAppStorePageReadAsAGooglePlayExportIsRefusedWithExitOne() {
        assertThat(importFeedback("Corner shop", resource("/feedback-samples/app-store-reviews.json"), "--format",
                "google-play", "--mapping", resource("/feedback/google-play-reviews.mapping.json"))).isEqualTo(1);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).contains("app-store-reviews.json is not a Google Play reviews export: its header has"
                + " no 'Star Rating' column");
    }
}
