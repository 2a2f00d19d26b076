package org.valuebench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.net.URISyntaxException;
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
import org.valuebench.app.Workbenches;
import org.valuebench.domain.Section;

/** The import-feedback and gaps subcommands on a real workspace, as the root command will run them. */
class FeedbackCommandLineTest {
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
        long need = workbench.addItem(canvas, Section.NEEDS, "Fair prices", -1).focusItemId();
        workbench.addItem(canvas, Section.WANTS, "Open late", -1);
        for (String promise : List.of("Always in stock", "Low prices", "Quick checkout")) {
            long id = workbench.addItem(canvas, Section.FEATURES, promise, -1).focusItemId();
            workbench.updateItem(workbench.canvas(canvas).item(id).orElseThrow().withPromise(true, 4));
            if (promise.equals("Low prices")) {
                workbench.link(id, need);
            }
        }
        workbench.updateItem(workbench.canvas(canvas).item(need).orElseThrow().withImportance(5));
    }

    @AfterEach
    void close() {
        workbench.close();
    }

    private int run(String command, String... args) {
        String[] full = new String[args.length + 3];
        full[0] = "--db";
        full[1] = dir.resolve("ws.db").toString();
        full[2] = command;
        System.arraycopy(args, 0, full, 3, args.length);
        CommandLineRunner.Result result = new CommandLineRunner(Map.of(), dir.resolve("home"), CLOCK).run(full);
        out.write(result.out());
        err.write(result.err());
        return result.exit();
    }

    private int importFeedback(String... args) {
        return run("import-feedback", args);
    }

    private int gaps(String... args) {
        return run("gaps", args);
    }

    private static String fixture(String name) {
        try {
            return Path.of(FeedbackCommandLineTest.class.getResource("/feedback/" + name).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void importsAFileAndPrintsHowManyRecords() {
        assertThat(importFeedback("Corner shop", fixture("long-basic.csv"))).isZero();
        assertThat(out.toString()).isEqualTo("Imported 5 feedback records from long-basic.csv into 'Corner shop'."
                + System.lineSeparator());
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void importsASurveyExportWithAMapping() {
        assertThat(importFeedback("corner shop", fixture("qualtrics.csv"), "--mapping",
                fixture("qualtrics.mapping.json"))).isZero();
        assertThat(out.toString()).startsWith("Imported 4 feedback records from qualtrics.csv");
    }

    @Test
    void saysHowManySurveyResponsesItLeftOutAfterTheImportedRecords() throws URISyntaxException {
        String sample = Path.of(FeedbackCommandLineTest.class.getResource("/feedback-samples/qualtrics-responses.json")
                .toURI()).toString();
        assertThat(importFeedback("Corner shop", sample, "--mapping", fixture("qualtrics.mapping.json"))).isZero();
        assertThat(out.toString()).isEqualTo("Imported 4 feedback records from qualtrics-responses.json into"
                + " 'Corner shop'." + System.lineSeparator() + "Left out 1 survey preview, 1 test response and 1"
                + " unfinished response (not customers' feedback; the mapping can include them)."
                + System.lineSeparator());
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void aRefusedFileExitsOneWithTheRowReportOnStderr() {
        assertThat(importFeedback("Corner shop", fixture("long-bad-rows.csv"))).isEqualTo(1);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).contains("11 of 13 records are invalid, so nothing was imported")
                .contains("  row 3: unknown promise 'Fast delivery'")
                .contains("  row 13: the promise is missing");
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        assertThat(importFeedback("Corner shop", fixture("long-bad-rows.csv"), "--skip-invalid")).isZero();
        assertThat(out.toString()).startsWith("Imported 2 feedback records");
        assertThat(err.toString()).startsWith("Skipped 11 invalid records:").contains("  row 5: score 'four' is not a number");
    }

    @Test
    void theKindOfFileIsToldFromItsContentNotItsName() throws Exception {
        Path renamed = dir.resolve("feedback.txt");
        java.nio.file.Files.copy(Path.of(fixture("long-basic.csv")), renamed);
        assertThat(importFeedback("Corner shop", renamed.toString())).isZero();
        assertThat(out.toString()).startsWith("Imported 5 feedback records from feedback.txt");
    }

    @Test
    void formatNamesTheKindAndAnUnknownOneIsAUsageErrorListingTheKinds() {
        assertThat(importFeedback("Corner shop", fixture("long-basic.csv"), "--format", "CSV")).isZero();
        assertThat(out.toString()).startsWith("Imported 5 feedback records");
        assertThat(importFeedback("Corner shop", fixture("long-basic.csv"), "--format", "excel")).isEqualTo(2);
        assertThat(err.toString()).contains("format 'excel' is not one of csv, xlsx, google-play, app-store,"
                + " zendesk, delighted, typeform, qualtrics-json");
    }

    @Test
    void aJsonFileOfNoKnownKindIsRefusedNamingTheKinds() throws Exception {
        Path file = dir.resolve("other.json");
        java.nio.file.Files.writeString(file, "{\"something\": [1, 2, 3]}");
        assertThat(importFeedback("Corner shop", file.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("other.json is JSON but not a feedback export ValueBench knows")
                .doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void refusesADuplicateUnlessAllowed() {
        assertThat(importFeedback("Corner shop", fixture("long-basic.csv"))).isZero();
        assertThat(importFeedback("Corner shop", fixture("long-basic.csv"))).isEqualTo(1);
        assertThat(err.toString()).contains("was already imported");
        assertThat(importFeedback("Corner shop", fixture("long-basic.csv"), "--allow-duplicate")).isZero();
    }

    @Test
    void anyDateImportsDatesOutside1900To2100ThatAreRefusedWithoutIt() throws Exception {
        Path file = dir.resolve("old.csv");
        java.nio.file.Files.writeString(file, "promise,score,date\nLow prices,4,1850-06-01\nLow prices,5,2024-01-01\n");
        assertThat(importFeedback("Corner shop", file.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("row 2: date '1850-06-01' is outside 1900-01-01 to 2100-12-31");
        assertThat(importFeedback("Corner shop", file.toString(), "--any-date")).isZero();
        assertThat(out.toString()).startsWith("Imported 2 feedback records");
    }

    @Test
    void aMappingThatMapsOneColumnTwiceExitsOneNamingTheColumnAndBothEntries() throws Exception {
        Path mapping = dir.resolve("twice.mapping.json");
        java.nio.file.Files.writeString(mapping, "{\"questions\": ["
                + "{\"column\": \"QID1\", \"promise\": \"Always in stock\"},"
                + "{\"column\": \"qid1\", \"promise\": \"Low prices\"}]}");
        assertThat(importFeedback("Corner shop", fixture("qualtrics.csv"), "--mapping", mapping.toString()))
                .isEqualTo(1);
        assertThat(err.toString()).contains("twice.mapping.json").contains("The column 'QID1' is mapped twice:"
                + " question entries 1 and 2, to the promises 'Always in stock' and 'Low prices'");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void badInputExitsOneAndUsageErrorsExitTwo() {
        assertThat(importFeedback("No such canvas", fixture("long-basic.csv"))).isEqualTo(1);
        assertThat(err.toString()).contains("No canvas is called or numbered 'No such canvas'");
        assertThat(importFeedback("Corner shop", fixture("qualtrics.csv"))).isEqualTo(1);
        assertThat(importFeedback("Corner shop")).isEqualTo(2);
        assertThat(gaps("Corner shop", "--format", "xml")).isEqualTo(2);
        assertThat(gaps("Corner shop", "--voice", "robot")).isEqualTo(2);
        assertThat(gaps("Corner shop", "--since", "2024-05-01", "--until", "2024-01-01")).isEqualTo(1);
        assertThat(err.toString()).contains("starts (2024-05-01) after it ends (2024-01-01)");
    }

    @Test
    void gapsAsJsonListEveryPromiseWithNullsForMissingData() throws Exception {
        importFeedback("Corner shop", fixture("long-basic.csv"));
        out.getBuffer().setLength(0);
        assertThat(gaps("Corner shop", "--format", "json")).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("canvas").asText()).isEqualTo("Corner shop");
        JsonNode promises = json.get("promises");
        assertThat(promises).hasSize(3);
        JsonNode first = promises.get(0);
        // Low prices: 9 on 0-10 → 4.6; gap 4 − 4.6 < 0. Always in stock: 2, 4 → 3; gap 1, importance 3: deficit 3.
        assertThat(first.get("promise").asText()).isEqualTo("Always in stock");
        assertThat(first.get("target").asInt()).isEqualTo(4);
        assertThat(first.get("importance").asInt()).isEqualTo(3);
        assertThat(first.get("n").asInt()).isEqualTo(2);
        assertThat(first.get("delivered").asDouble()).isEqualTo(3.0);
        assertThat(first.get("gap").asDouble()).isEqualTo(1.0);
        assertThat(first.get("deficit").asDouble()).isEqualTo(3.0);
        assertThat(first.get("ci95")).hasSize(2);
        assertThat(first.get("ci95").get(0).asDouble()).isLessThan(3.0);
        // Delivered exactly 3 is on the performance line, which counts as not yet performing.
        assertThat(first.get("quadrant").asText()).isEqualTo("concentrate_here");
        assertThat(first.get("servqual").asDouble()).isEqualTo(-2.0);
        assertThat(first.get("thin").asBoolean()).isTrue();
        assertThat(first.get("voices").fieldNames()).toIterable()
                .containsExactly("customer", "employee", "partner", "community");
        assertThat(first.get("voices").get("employee").get("delivered").isNull()).isTrue();

        JsonNode prices = promises.get(1);
        assertThat(prices.get("promise").asText()).isEqualTo("Low prices");
        assertThat(prices.get("importance").asInt()).isEqualTo(5);
        assertThat(prices.get("ci95").isNull()).isTrue();
        assertThat(prices.get("deficit").asDouble()).isZero();

        JsonNode checkout = promises.get(2);
        assertThat(checkout.get("promise").asText()).isEqualTo("Quick checkout");
        assertThat(checkout.get("n").asInt()).isZero();
        for (String figure : List.of("delivered", "gap", "deficit", "ci95", "quadrant", "servqual")) {
            assertThat(checkout.get(figure).isNull()).as(figure).isTrue();
        }
        assertThat(checkout.get("voices").get("partner").get("n").asInt()).isEqualTo(1);
        assertThat(json.get("unanswered").get(0).get("item").asText()).isEqualTo("Open late");
    }

    @Test
    void gapsAsATableAndCsvWithFilters() {
        importFeedback("Corner shop", fixture("long-basic.csv"));
        out.getBuffer().setLength(0);
        assertThat(gaps("Corner shop")).isZero();
        String table = out.toString();
        assertThat(table).contains("Gaps of 'Corner shop' (customer voice;")
                .contains("Always in stock").contains("2 (thin)").contains("Keep up the good work")
                .contains("Customer items nobody answers:").contains("Open late (wants, importance 3)");

        out.getBuffer().setLength(0);
        assertThat(gaps("Corner shop", "--format", "csv", "--voice", "employee", "--since", "2024-02-01")).isZero();
        String[] lines = out.toString().split("\r\n");
        assertThat(lines[0]).startsWith("promise_id,promise,target,importance,n,delivered,sd,ci95_low,ci95_high,gap,"
                + "deficit,quadrant,servqual,nps,thin,customer_n,customer_delivered,customer_gap,employee_n");
        assertThat(lines).hasSize(4);
        // The employee's 6 on 1-7 → 1 + 4 × 5 / 6 = 4.33, above the target 4.
        assertThat(lines[1]).contains(",Low prices,4,5,1,4.333333333333334,,,,-0.3333333333333339,0.0,"
                + "keep_up_the_good_work,");

        out.getBuffer().setLength(0);
        assertThat(gaps("Corner shop", "--segment", "tourists", "--format", "json")).isZero();
        assertThat(out.toString()).contains("\"segment\" : \"tourists\"");
    }
}
