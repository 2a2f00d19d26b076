package org.valuebench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
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
import org.valuebench.io.TestWorkbooks;

/** import-feedback on Excel workbooks, into a real workspace: --sheet and --format, and a refused cell. */
class WorkbookCommandLineTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-06-15T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private Workbench workbench;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void open() {
        workbench = TestWorkbenches.open(dir.resolve("ws.db"), true, CLOCK);
        long canvas = workbench.createCanvas("Corner shop").canvas().orElseThrow().canvas().id();
        for (String promise : List.of("Always in stock", "Low prices", "Quick checkout")) {
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
        CommandLineRunner.Result result = new CommandLineRunner(Map.of(), dir.resolve("home"), CLOCK).run(full);
        out.write(result.out());
        err.write(result.err());
        return result.exit();
    }

    private Path workbook() throws Exception {
        return TestWorkbooks.write(dir.resolve("responses.xlsx"), workbook -> {
            TestWorkbooks.row(workbook.createSheet("Read me"), 0, "Scores are on the second sheet");
            var data = workbook.createSheet("Scores");
            TestWorkbooks.row(data, 0, "promise", "score", "date", "comment");
            TestWorkbooks.row(data, 1, "Low prices", 4, LocalDate.of(2024, 3, 5), "Cheaper than the market");
            TestWorkbooks.row(data, 2, "Quick checkout", 2, LocalDate.of(2024, 3, 6), "Queue");
            TestWorkbooks.row(data, 3, "Always in stock", 5, LocalDate.of(2024, 3, 7), null);
        });
    }

    @Test
    void importsTheChosenSheetOfAWorkbook() throws Exception {
        Path file = workbook();
        assertThat(importFeedback("Corner shop", file.toString(), "--format", "xlsx", "--sheet", "Scores")).isZero();
        assertThat(out.toString()).startsWith("Imported 3 feedback records from responses.xlsx into 'Corner shop'");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void theFirstSheetIsNoLongFormatAndTheMessageSaysWhatItHolds() throws Exception {
        assertThat(importFeedback("Corner shop", workbook().toString())).isEqualTo(1);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).contains("responses.xlsx has no 'promise' and 'score' columns")
                .doesNotContain("Exception");
    }

    @Test
    void aRefusedValueIsNamedByItsCell() throws Exception {
        Path file = TestWorkbooks.sheet(dir.resolve("bad.xlsx"), "Sheet1", new Object[] {"promise", "score"},
                new Object[] {"Low prices", 4}, new Object[] {"Quick checkout", "x"});
        assertThat(importFeedback("Corner shop", file.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("  Sheet1!B3: score 'x' is not a number");
    }
}
