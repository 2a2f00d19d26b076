package org.valuebench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuebench.app.TestWorkbenches;
import org.valuebench.app.Workbench;
import org.valuebench.app.Workbenches;
import org.valuebench.app.samples.SampleWorkspace;
import org.valuebench.domain.CanvasSummary;

/**
 * Hostile JSON files given to import-json and to import-feedback --mapping, built here at full size: each is
 * refused with exit status 1 and a short message in our words naming the line and column, and the workspace
 * is left as it was.
 */
class HostileJsonCommandLineTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-06-01T12:00:00Z"), ZoneOffset.UTC);
    private static final Pattern LINE_AND_COLUMN = Pattern.compile("line \\d+, column \\d+");

    @TempDir
    Path dir;
    private Path db;
    private CommandLineRunner.Result result;
    private String exported;
    private List<CanvasSummary> before;

    @BeforeEach
    void open() throws IOException {
        db = dir.resolve("workspace.db");
        try (Workbench workbench = TestWorkbenches.open(db, false, CLOCK)) {
            SampleWorkspace.canvases().forEach(c -> workbench.addCanvas("Sample", c, c.canvas().name()));
        }
        Path file = dir.resolve("exported.json");
        assertThat(run("export-json", library().get(0).name(), "-o", file.toString())).isZero();
        exported = Files.readString(file);
        before = library();
    }

    private int run(String... args) {
        String[] withDb = new String[args.length + 2];
        withDb[0] = "--db";
        withDb[1] = db.toString();
        System.arraycopy(args, 0, withDb, 2, args.length);
        result = new CommandLineRunner(Map.of(), dir.resolve("home"), CLOCK).run(withDb);
        return result.exit();
    }

    private List<CanvasSummary> library() {
        try (Workbench workbench = TestWorkbenches.open(db, false, CLOCK)) {
            return workbench.library();
        }
    }

    /** The exported canvas with the first match of {@code regex} replaced by {@code hostile}, as a file. */
    private Path canvasFile(String name, String regex, String hostile) throws IOException {
        Matcher matcher = Pattern.compile(regex).matcher(exported);
        assertThat(matcher.find()).as("%s in the exported canvas", regex).isTrue();
        Path file = dir.resolve(name);
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(exported, 0, matcher.start());
            out.write(hostile);
            out.write(exported, matcher.end(), exported.length() - matcher.end());
        }
        return file;
    }

    /** Refused: status 1, nothing on standard output, one short message in our words, the workspace unchanged. */
    private String refusedImport(Path file) {
        assertThat(run("import-json", file.toString())).isEqualTo(1);
        return refused(file.getFileName().toString());
    }

    private String refused(String fileName) {
        String err = refusedUnlocated(fileName);
        assertThat(LINE_AND_COLUMN.matcher(err).find()).as("line and column in %s", err).isTrue();
        return err;
    }

    private String refusedUnlocated(String fileName) {
        assertThat(result.out()).isEmpty();
        String err = result.err();
        assertThat(err).as("standard error").hasSizeLessThan(500).contains(fileName)
                .doesNotContain("StreamReadConstraints", "com.fasterxml", "jackson", "exceeds the maximum",
                        "Exception", "\tat ");
        assertThat(library()).isEqualTo(before);
        return err;
    }

    @Test
    void importJsonRefusesAHugeExponentAsImportance() throws IOException {
        Path file = canvasFile("exponent.json", "\"importance\": \\d", "\"importance\": 1e1000000000");
        assertThat(refusedImport(file)).contains("importance): the number 1e1000000000 has an exponent beyond 400");
    }

    @Test
    void importJsonRefusesAHugeExponentAsSchemaVersion() throws IOException {
        Path file = canvasFile("version.json", "\"schemaVersion\": \\d", "\"schemaVersion\": 1e1000000000");
        assertThat(refusedImport(file)).contains("line 2, column 20 ($.schemaVersion): the number 1e1000000000"
                + " has an exponent beyond 400");
    }

    @Test
    void importJsonRefusesAFitLinkToANineteenMegabyteKey() throws IOException {
        Path file = canvasFile("key.json", "\"customer\": \"[^\"]*\"", "\"customer\": \"" + "k".repeat(19_000_000)
                + "\"");
        assertThat(refusedImport(file)).contains("($.fitLinks[0].customer): a string of more than 100,000 characters");
    }

    @Test
    void importJsonRefusesAFiftyMegabyteString() throws IOException {
        Path file = canvasFile("string.json", "\"notes\": \"[^\"]*\"", "\"notes\": \"" + "n".repeat(50_000_000) + "\"");
        assertThat(Files.size(file)).isGreaterThan(50_000_000);
        assertThat(refusedImport(file)).contains("($.canvas.notes): a string of more than 100,000 characters");
    }

    @Test
    void importJsonRefusesAHundredThousandLevelsOfNesting() throws IOException {
        Path file = canvasFile("nesting.json", "\"notes\": \"[^\"]*\"", "\"notes\": " + "[".repeat(100_000)
                + "]".repeat(100_000));
        assertThat(refusedImport(file)).contains("($.canvas.notes[0][0]", "arrays and objects nested more than 32"
                + " deep");
    }

    @Test
    void importJsonRefusesANumberOfFiveThousandDigits() throws IOException {
        Path file = canvasFile("digits.json", "\"importance\": \\d", "\"importance\": 4" + "0".repeat(4_999));
        assertThat(refusedImport(file)).contains("importance): a number of more than 24 characters");
    }

    private static String fixture(String name) {
        try {
            return Path.of(HostileJsonCommandLineTest.class.getResource("/feedback/" + name).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A survey mapping with {@code hostile} where the header row count goes. */
    private String refusedMapping(String hostile) throws IOException {
        importMapping(hostile);
        return refused("hostile.mapping.json");
    }

    private void importMapping(String hostile) throws IOException {
        Path mapping = dir.resolve("hostile.mapping.json");
        Files.writeString(mapping, """
                {
                  "headerRows": HOSTILE,
                  "questions": [
                    {"column": "QID1", "promise": "Always in stock", "scale": "1-7"}
                  ]
                }
                """.replace("HOSTILE", hostile));
        assertThat(run("import-feedback", library().get(0).name(), fixture("qualtrics.csv"), "--mapping",
                mapping.toString())).isEqualTo(1);
    }

    @Test
    void aMappingWithANumberOfFiveThousandDigitsIsRefusedWithLineAndColumn() throws IOException {
        assertThat(refusedMapping("4" + "0".repeat(4_999))).contains("line 2, column ")
                .contains("a number of more than 24 characters");
    }

    @Test
    void aMappingWithAHugeExponentIsRefusedWithLineAndColumn() throws IOException {
        assertThat(refusedMapping("1e1000000000")).contains("line 2, column 17: the number 1e1000000000 has an"
                + " exponent beyond 400");
    }

    @Test
    void aMappingNestedAHundredThousandLevelsIsRefusedWithLineAndColumn() throws IOException {
        assertThat(refusedMapping("[".repeat(100_000) + "]".repeat(100_000))).contains("line 2, column ")
                .contains("arrays and objects nested more than 32 deep");
    }

    @Test
    void aMappingWithAHalfMegabyteStringIsRefusedWithLineAndColumn() throws IOException {
        assertThat(refusedMapping("\"" + "h".repeat(500_000) + "\"")).contains("line 2, column 17: a string of more"
                + " than 100,000 characters");
    }

    /** The column is quoted from the mapping, the header's columns from the survey file. */
    @Test
    void aMappingNamingALongColumnQuotesItAndTheHeaderCut() throws IOException {
        Path mapping = dir.resolve("long-column.mapping.json");
        Files.writeString(mapping, "{\"headerRows\": 1, \"questions\": [{\"column\": \"" + "c".repeat(1_900)
                + "\", \"promise\": \"Always in stock\", \"scale\": \"1-7\"}]}");
        Path survey = dir.resolve("survey.csv");
        Files.writeString(survey, "ResponseId," + "h".repeat(1_000_000) + "\nR_1,5\n");
        assertThat(run("import-feedback", library().get(0).name(), survey.toString(), "--mapping",
                mapping.toString())).isEqualTo(1);
        assertThat(result.err()).hasSizeLessThan(500).contains("column '" + "c".repeat(80) + "…' is not in the file's"
                + " header (its columns: 'ResponseId', '" + "h".repeat(80) + "…')");
        assertThat(library()).isEqualTo(before);
    }

    @Test
    void anUnknownCanvasNameIsQuotedCut() {
        assertThat(run("show", "n".repeat(100_000))).isEqualTo(1);
        assertThat(result.err()).hasSizeLessThan(500).contains("No canvas is called or numbered '" + "n".repeat(80)
                + "…'");
    }

    @Test
    void aMappingWithALongUnknownKeyQuotesItCut() throws IOException {
        importMapping("1, \"" + "u".repeat(9_000) + "\": 2");
        assertThat(refusedUnlocated("hostile.mapping.json")).contains("unknown key \"" + "u".repeat(80) + "…\"");
    }
}
