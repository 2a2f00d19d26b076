package org.valuebench.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuebench.domain.FeedbackScale;
import org.valuebench.domain.InvalidInputException;
import org.valuebench.domain.SurveyMapping;
import org.valuebench.domain.SurveyQuestion;
import org.valuebench.domain.SurveyShape;
import org.valuebench.domain.Voice;
import org.valuebench.io.feedback.FeedbackCandidate;
import org.valuebench.io.feedback.FeedbackFormatException;
import org.valuebench.io.feedback.FeedbackSource;
import org.valuebench.io.feedback.FeedbackSources;
import org.valuebench.io.feedback.SurveyMappingJson;

/** Feedback files as users and their tools really write them: stray blank lines, UTF-16, mappings that repeat. */
class FeedbackHostileFilesTest {
    private static final String GOOGLE_HEADER = "Timestamp,Email address,How often do you find everything in stock?,"
            + "How do our prices compare with other shops?";

    @TempDir
    Path dir;

    private Path file(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private static List<FeedbackCandidate> read(Path file, SurveyMapping mapping) {
        List<FeedbackCandidate> rows = new ArrayList<>();
        try (FeedbackSource source = FeedbackSources.open(file, mapping)) {
            FeedbackCandidate row;
            while ((row = source.next()) != null) {
                rows.add(row);
            }
        }
        return rows;
    }

    private static SurveyMapping googleMapping(List<SurveyQuestion> questions) {
        return new SurveyMapping(0, "Timestamp", "M/d/yyyy H:mm:ss", "", "Email address", "", Voice.CUSTOMER,
                "survey", questions);
    }

    // ---- item 7: blank lines

    @Test
    void blankLinesAtTheStartInTheMiddleAndAtTheEndOfTheLongFormatAreSkippedAndRowsKeepTheirLineNumbers()
            throws Exception {
        Path file = file("blanks.csv", "\n\r\n  \npromise,score\nLow prices,4\n\n,\n , \nQuick checkout,5\n\n \n");
        List<FeedbackCandidate> rows = read(file, null);
        assertThat(rows).extracting(FeedbackCandidate::promise).containsExactly("Low prices", "Quick checkout");
        assertThat(rows).extracting(FeedbackCandidate::row).containsExactly(5L, 9L);
        assertThat(rows).extracting(FeedbackCandidate::line).containsExactly(5L, 9L);
        // The separator is judged on the header, not on the blank lines before it.
        List<FeedbackCandidate> semicolons = read(file("semicolons.csv", "\n \npromise;score\nLow prices;4,5\n"), null);
        assertThat(semicolons).extracting(FeedbackCandidate::score).containsExactly("4,5");
    }

    @Test
    void aSingleTrailingBlankLineIsSkipped() throws Exception {
        assertThat(read(file("trailing.csv", "promise,score\nLow prices,4\nQuick checkout,5\n\n"), null))
                .extracting(FeedbackCandidate::promise).containsExactly("Low prices", "Quick checkout");
        assertThat(read(file("trailing-crlf.csv", "promise,score\r\nLow prices,4\r\n\r\n"), null)).hasSize(1);
        assertThat(read(file("trailing-separators.csv", "promise,score\nLow prices,4\n,\n"), null)).hasSize(1);
    }

    @Test
    void aFileOfOnlyBlankLinesIsEmpty() throws Exception {
        assertThatThrownBy(() -> read(file("blank.csv", "\n \n,,\n"), null)).isInstanceOf(FeedbackFormatException.class)
                .hasMessageContaining("blank.csv is empty");
    }

    @Test
    void blankLinesInAWideSurveyExportAreSkippedAtTheStartInTheMiddleAndAtTheEnd() throws Exception {
        Path file = file("google-blanks.csv", "\n\n" + GOOGLE_HEADER + "\n"
                + "3/5/2024 10:15:32,ann@example.org,2,5\n"
                + ",,,\n\n"
                + "3/6/2024 9:01:10,bo@example.org,4,4\n\n,,,\n");
        SurveyMapping mapping = googleMapping(List.of(
                SurveyQuestion.of("How often do you find everything in stock?", "Always in stock",
                        FeedbackScale.ONE_TO_FIVE),
                SurveyQuestion.of("How do our prices compare with other shops?", "Low prices",
                        FeedbackScale.ONE_TO_FIVE)));
        assertThat(FeedbackSources.preview(file, 10, 0).shape()).isEqualTo(SurveyShape.GOOGLE_FORMS);
        assertThat(FeedbackSources.preview(file, 10, 0).rows()).hasSize(2);
        List<FeedbackCandidate> rows = read(file, mapping);
        assertThat(rows).extracting(FeedbackCandidate::score).containsExactly("2", "5", "4", "4");
        assertThat(rows).extracting(FeedbackCandidate::row).containsExactly(4L, 4L, 7L, 7L);
    }

    // ---- item 8: a mapping that names one column twice

    @Test
    void aMappingThatMapsOneColumnTwiceIsRefusedNamingTheColumnAndBothEntries() {
        String json = "{\"questions\": ["
                + "{\"column\": \"Q1\", \"promise\": \"Always in stock\"},"
                + "{\"column\": \"Q3 How fast was checkout?\", \"promise\": \"Quick checkout\"},"
                + "{\"column\": \"Q2\", \"promise\": \"Low prices\"},"
                + "{\"column\": \"Q4\", \"promise\": \"Low prices\"},"
                + "{\"column\": \" q3 how fast was checkout? \", \"promise\": \"Low prices\"}]}";
        assertThatThrownBy(() -> SurveyMappingJson.parse(json, "m.json")).isInstanceOf(FeedbackFormatException.class)
                .hasMessageContaining("The mapping m.json: ")
                .hasMessageContaining("The column 'Q3 How fast was checkout?' is mapped twice: question entries 2 and 5,"
                        + " to the promises 'Quick checkout' and 'Low prices'");
    }

    @Test
    void aMappingThatMapsTheSamePromiseTwiceFromOneColumnIsRefused() {
        SurveyQuestion stock = SurveyQuestion.of("#3", "Always in stock", FeedbackScale.ONE_TO_FIVE);
        assertThatThrownBy(() -> googleMapping(List.of(stock, SurveyQuestion.of("#4", "Low prices",
                FeedbackScale.ONE_TO_FIVE), stock))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("The column '#3' is mapped twice: question entries 1 and 3, both to the promise"
                        + " 'Always in stock'");
    }

    @Test
    void aMappingThatNamesOneColumnTwiceUnderTwoNamesIsRefusedWhenTheFileIsOpened() throws Exception {
        Path file = file("google.csv", GOOGLE_HEADER + "\n3/5/2024 10:15:32,ann@example.org,2,5\n"
                + "3/6/2024 9:01:10,bo@example.org,4,4\n");
        SurveyMapping mapping = googleMapping(List.of(
                SurveyQuestion.of("How often do you find everything in stock?", "Always in stock",
                        FeedbackScale.ONE_TO_FIVE),
                SurveyQuestion.of("#4", "Low prices", FeedbackScale.ONE_TO_FIVE),
                SurveyQuestion.of("#3", "Quick checkout", FeedbackScale.ONE_TO_FIVE)));
        assertThatThrownBy(() -> read(file, mapping)).isInstanceOf(FeedbackFormatException.class)
                .hasMessageContaining("The column 'How often do you find everything in stock?' is mapped twice:"
                        + " question entries 1 and 3 (named 'How often do you find everything in stock?' and '#3')");
    }

    // ---- item 9: UTF-16 without a byte order mark

    @Test
    void aUtf16FileWithoutAByteOrderMarkIsRefusedAsUtf16() throws Exception {
        String text = "promise,score\nLow prices,4\nQuick checkout,5\n";
        for (var charset : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            Path file = dir.resolve("utf16-" + charset.name() + ".csv");
            Files.write(file, text.getBytes(charset));
            assertThatThrownBy(() -> read(file, null)).isInstanceOf(FeedbackFormatException.class)
                    .hasMessageContaining(file.getFileName() + " looks like UTF-16 text without a byte order mark")
                    .hasMessageContaining("CSV UTF-8")
                    .hasMessageNotContaining("no 'promise' and 'score' columns");
        }
    }

    @Test
    void filesWithAByteOrderMarkAreReadInTheEncodingItNames() throws Exception {
        String text = "promise;score;comment\nLow prices;4;Günstig – immer\nQuick checkout;5;速い\n";
        for (String charset : List.of("UTF-8", "UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE")) {
            Path file = dir.resolve("bom-" + charset + ".csv");
            Files.write(file, ("\uFEFF" + text).getBytes(java.nio.charset.Charset.forName(charset)));
            List<FeedbackCandidate> rows = read(file, null);
            assertThat(rows).as(charset).extracting(FeedbackCandidate::promise, FeedbackCandidate::score,
                    FeedbackCandidate::comment).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("Low prices", "4", "Günstig – immer"),
                    org.assertj.core.groups.Tuple.tuple("Quick checkout", "5", "速い"));
        }
    }

    @Test
    void aFileInAnotherEncodingIsRefusedWithTheEncodingsValueBenchReads() throws Exception {
        Path file = dir.resolve("latin1.csv");
        Files.write(file, "promise,score,comment\nLow prices,4,Très bien\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> read(file, null)).isInstanceOf(FeedbackFormatException.class)
                .hasMessageContaining("latin1.csv is not UTF-8 text (near line")
                .hasMessageContaining("UTF-8 (with or without a byte order mark) and UTF-16 or UTF-32 with a byte"
                        + " order mark")
                .hasMessageContaining("CSV UTF-8");
    }
}
