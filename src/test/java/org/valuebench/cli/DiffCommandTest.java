package org.valuebench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.valuebench.app.Workbench;
import org.valuebench.app.Workbenches;
import org.valuebench.app.feedback.FeedbackUseCases;
import org.valuebench.app.strategy.StrategyUseCases;
import org.valuebench.app.feedback.GapUseCases;
import org.valuebench.domain.CanvasContent;
import org.valuebench.domain.Feedback;
import org.valuebench.domain.FeedbackScale;
import org.valuebench.domain.Item;
import org.valuebench.domain.Offer;
import org.valuebench.domain.Section;
import org.valuebench.domain.Voice;

/**
 * {@code valuebench diff}: the sample canvas "Everyday low prices" (1) against an edited duplicate (5) in the three
 * formats, byte for byte against {@code src/test/resources/golden/diff-1-5.*} (update as GoldenOutputTest says);
 * the JSON against the schema published beside the exchange schema; bad sides refused with a message.
 */
class DiffCommandTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-04T10:15:00Z"), ZoneOffset.UTC);
    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

    @TempDir
    static Path dir;
    private static CommandLineRunner cli;

    @BeforeAll
    static void sampleAndEditedCopy() {
        cli = new CommandLineRunner(Map.of("XDG_DATA_HOME", dir.resolve("data").toString()), dir.resolve("home"),
                CLOCK);
        assertThat(cli.run("list").exit()).isZero();
        try (Workbench wb = Workbenches.open(dir.resolve("data").resolve("valuebench").resolve("workspace.db"), false,
                CLOCK)) {
            long copy = wb.duplicateCanvas(1).canvas().orElseThrow().canvas().id();
            wb.renameCanvas(copy, "Everyday low prices, next quarter");
            for (String need : List.of("Parking close to the entrance", "Pay by card under 5 euros", "Open on Sunday")) {
                wb.addItem(copy, Section.NEEDS, need, -1);
            }
            CanvasContent content = wb.canvas(copy);
            Item promise = content.promises().get(0);
            wb.updateItem(promise.withPromise(true, promise.promiseTarget() == 5 ? 4 : promise.promiseTarget() + 1));
            Item competitor = content.itemsIn(Section.COMPETITORS).get(0);
            wb.deleteItem(competitor.id());
            Item want = content.itemsIn(Section.WANTS).get(0);
            wb.updateItem(want.withText(want.text() + ", every week"));
            StrategyUseCases strategy = new StrategyUseCases(wb, new GapUseCases(wb));
            if (!content.strategy().isEmpty()) {
                strategy.rate(content.strategy().factors().get(0).id(), Offer.OURS, 2);
            }
            FeedbackUseCases feedback = new FeedbackUseCases(wb);
            for (int score : new int[] {4, 5, 3}) {
                feedback.add(new Feedback(0, copy, promise.id(), score, FeedbackScale.ONE_TO_FIVE, null,
                        Voice.CUSTOMER, "survey", "", LocalDate.of(2026, 3, 1), "", "", null));
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"diff-1-5.txt,text", "diff-1-5.json,json", "diff-1-5.md,md"})
    void theSampleAgainstItsEditedCopyReadsAsKept(String golden, String format) throws IOException {
        CommandLineRunner.Result result = cli.run("diff", "1", "Everyday low prices, next quarter", "--format", format);
        assertThat(result.err()).isEmpty();
        assertThat(result.exit()).isZero();
        Path file = GOLDEN.resolve(golden);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, result.out(), StandardCharsets.UTF_8);
        }
        assertThat(result.out()).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }

    @Test
    void textIsTheDefaultFormat() {
        assertThat(cli.run("diff", "1", "5").out()).isEqualTo(cli.run("diff", "1", "5", "--format", "text").out());
    }

    @Test
    void theJsonMatchesThePublishedSchema() throws IOException {
        JsonSchema schema;
        try (InputStream in = DiffCommandTest.class.getResourceAsStream("/schema/valuebench-diff.schema.json")) {
            assertThat(in).as("the diff schema beside the exchange schema").isNotNull();
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(
                    new ObjectMapper().readTree(in),
                    SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).locale(Locale.ENGLISH).build());
        }
        for (List<String> sides : List.of(List.of("1", "5"), List.of("5", "1"), List.of("1", "1"), List.of("2", "3"),
                List.of("Corner café@1", "Corner café@Workshop finished"), List.of("Corner café@2", "Corner café"))) {
            String out = cli.run("diff", sides.get(0), sides.get(1), "--format", "json").out();
            assertThat(schema.validate(new ObjectMapper().readTree(out))).as("diff %s", sides).isEmpty();
        }
        assertThat(schema.validate(new ObjectMapper().readTree("{\"format\": \"something else\"}"))).isNotEmpty();
    }

    @Test
    void aCanvasAgainstItselfHasNoChanges() {
        CommandLineRunner.Result result = cli.run("diff", "2", "Corner café");
        assertThat(result.exit()).isZero();
        assertThat(result.out()).contains("no changes");
    }

    @Test
    void exportPdfAddsTheChangesPageSinceTheOtherSide() throws IOException {
        Path pdf = dir.resolve("changes.pdf");
        CommandLineRunner.Result result = cli.run("export-pdf", "5", "--changes-since", "1", "-o", pdf.toString(),
                "--page", "a4");
        assertThat(result.err()).isEmpty();
        assertThat(result.exit()).isZero();
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(doc))
                    .contains("Changes since Everyday low prices (now)", "added need Parking close to the entrance",
                            "Figures that moved");
        }
        CommandLineRunner.Result bad = cli.run("export-pdf", "5", "--changes-since", "5@", "-o",
                dir.resolve("never.pdf").toString());
        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.err()).contains("'5@' is not CANVAS@VERSION: no version after the @");
        assertThat(dir.resolve("never.pdf")).doesNotExist();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "diff|Nowhere|1|No canvas is called or numbered 'Nowhere'",
        "diff|1|1@|'1@' is not CANVAS@VERSION: no version after the @",
        "diff|@3|1|'@3' is not CANVAS@VERSION: no canvas before the @",
        "diff|1@3|1|The canvas 'Everyday low prices' has no versions yet, so there is no version '3'",
        "diff|Nowhere@2|1|No canvas is called or numbered 'Nowhere'",
        "diff|1||The canvas 'Everyday low prices' has no versions yet, so there is nothing to compare it with"})
    void badSidesAreRefusedWithAMessageAndNoStackTrace(String command, String a, String b, String message) {
        CommandLineRunner.Result result = b == null ? cli.run(command, a) : cli.run(command, a, b);
        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).contains(message).doesNotContain("Exception").doesNotContain("\tat ");
    }
}
