package org.valuebench.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuebench.domain.FeedbackScale;
import org.valuebench.domain.SurveyColumn;
import org.valuebench.domain.SurveyMapping;
import org.valuebench.domain.SurveyPreview;
import org.valuebench.domain.SurveyQuestion;
import org.valuebench.domain.SurveyShape;
import org.valuebench.domain.Voice;
import org.valuebench.io.feedback.FeedbackCandidate;
import org.valuebench.io.feedback.FeedbackFormatException;
import org.valuebench.io.feedback.FeedbackSource;
import org.valuebench.io.feedback.FeedbackSources;
import org.valuebench.io.feedback.SurveyMappingJson;

/** Reading real feedback files of every supported shape, from src/test/resources/feedback. */
class FeedbackCsvTest {

    @TempDir
    Path dir;

    static Path fixture(String name) {
        try {
            return Path.of(FeedbackCsvTest.class.getResource("/feedback/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<FeedbackCandidate> read(String name, SurveyMapping mapping) {
        List<FeedbackCandidate> rows = new ArrayList<>();
        try (FeedbackSource source = FeedbackSources.open(fixture(name), mapping)) {
            FeedbackCandidate row;
            while ((row = source.next()) != null) {
                rows.add(row);
            }
            assertThat(source.bytesRead()).isEqualTo(source.size());
        }
        return rows;
    }

    @Test
    void readsTheLongFormatByColumnName() {
        List<FeedbackCandidate> rows = read("long-basic.csv", null);
        assertThat(rows).hasSize(5);
        FeedbackCandidate first = rows.get(0);
        assertThat(first.row()).isEqualTo(2);
        assertThat(first.promise()).isEqualTo("Always in stock");
        assertThat(first.score()).isEqualTo("2");
        assertThat(first.scale()).isEqualTo("1-5");
        assertThat(first.date()).isEqualTo("2024-01-10");
        assertThat(first.channel()).isEqualTo("survey");
        assertThat(first.segment()).isEqualTo("Regulars");
        assertThat(first.respondent()).isEqualTo("R-1");
        assertThat(first.comment()).isEqualTo("Shelf was empty");
        assertThat(first.expectation()).isEqualTo("4");
        assertThat(first.problem()).isNull();
        assertThat(rows.get(4).date()).isEmpty();
    }

    @Test
    void readsBomCrlfSemicolonsAndColumnsInAnyOrderAndCase() {
        List<FeedbackCandidate> rows = read("long-bom-crlf-semicolon.csv", null);
        assertThat(rows).extracting(FeedbackCandidate::promise)
                .containsExactly("Low prices", "Always in stock", "Quick checkout");
        assertThat(rows.get(0).comment()).isEqualTo("Cheap; cheerful");
        assertThat(rows.get(0).score()).isEqualTo("4,5");
        assertThat(rows.get(1).voice()).isEqualTo("COMMUNITY");
        assertThat(rows.get(2).comment()).isEqualTo("Waited \"ages\"");
        assertThat(rows.get(2).date()).isEqualTo("2024-03-03");
    }

    @Test
    void keepsLineBreaksInsideQuotedFieldsAndCountsRowsAndLines() {
        List<FeedbackCandidate> rows = read("long-quoted-linebreaks.csv", null);
        assertThat(rows).extracting(FeedbackCandidate::comment)
                .containsExactly("First line\nsecond line", "He said \"cheapest in town\"\r\nand meant it", "plain");
        assertThat(rows).extracting(FeedbackCandidate::row).containsExactly(2L, 3L, 4L);
        assertThat(rows).extracting(FeedbackCandidate::line).containsExactly(2L, 4L, 6L);
    }

    @Test
    void flagsARowWithMoreFieldsThanTheHeader() {
        List<FeedbackCandidate> rows = read("long-bad-rows.csv", null);
        assertThat(rows).hasSize(13);
        assertThat(rows.get(10).row()).isEqualTo(12);
        assertThat(rows.get(10).problem()).contains("7 fields but the header has 6");
        assertThat(rows).filteredOn(r -> r.problem() != null).hasSize(1);
    }

    @Test
    void tellsTheShapesApartByTheirHeaderRows() {
        assertThat(FeedbackSources.preview(fixture("long-basic.csv"), 3, 0).shape()).isEqualTo(SurveyShape.NATIVE);
        SurveyPreview google = FeedbackSources.preview(fixture("google-forms.csv"), 10, 0);
        assertThat(google.shape()).isEqualTo(SurveyShape.GOOGLE_FORMS);
        assertThat(google.headerRows()).isEqualTo(1);
        assertThat(google.delimiter()).isEqualTo(',');
        assertThat(google.rows()).hasSize(3);
        assertThat(google.rows().get(2)).containsExactly("3/17/2024 18:45:00", "cy@example.org", "", "5", "Northgate",
                "Great prices");

        SurveyPreview monkey = FeedbackSources.preview(fixture("surveymonkey.csv"), 2, 0);
        assertThat(monkey.shape()).isEqualTo(SurveyShape.SURVEY_MONKEY);
        assertThat(monkey.headerRows()).isEqualTo(2);
        assertThat(monkey.rows()).hasSize(2);
        assertThat(monkey.columns()).extracting(SurveyColumn::label).containsExactly("Respondent ID", "Collector ID",
                "Start Date", "End Date", "IP Address", "Email Address",
                "How would you rate us on... - Keeping items in stock", "How would you rate us on... - Prices",
                "How likely are you to recommend our checkout to a friend?", "Any other comments?");
        assertThat(monkey.rows().get(1).get(9)).isEqualTo("Slow tills,\r\nlong queue");

        SurveyPreview qualtrics = FeedbackSources.preview(fixture("qualtrics.csv"), 10, 0);
        assertThat(qualtrics.shape()).isEqualTo(SurveyShape.QUALTRICS);
        assertThat(qualtrics.headerRows()).isEqualTo(3);
        assertThat(qualtrics.rows()).hasSize(2);
        SurveyColumn q1 = qualtrics.columns().get(7);
        assertThat(q1.label()).isEqualTo("How well do we keep items in stock?");
        assertThat(q1.importId()).isEqualTo("QID1");
        assertThat(q1.headerCells().get(0)).isEqualTo("Q1");
        assertThat(q1.positionRef()).isEqualTo("#8");
    }

    @Test
    void readsAGoogleFormsExportThroughItsMapping() {
        SurveyMapping mapping = SurveyMappingJson.read(fixture("google-forms.mapping.json"));
        List<FeedbackCandidate> rows = read("google-forms.csv", mapping);
        // Row 4 left the stock question blank: three respondents, five answers.
        assertThat(rows).hasSize(5);
        assertThat(rows).extracting(FeedbackCandidate::promise)
                .containsExactly("Always in stock", "Low prices", "Always in stock", "Low prices", "Low prices");
        FeedbackCandidate first = rows.get(0);
        assertThat(first.row()).isEqualTo(2);
        assertThat(first.question()).isEqualTo("How often do you find everything in stock?");
        assertThat(first.score()).isEqualTo("2");
        assertThat(first.scale()).isEqualTo("1-5");
        assertThat(first.date()).isEqualTo("3/5/2024 10:15:32");
        assertThat(first.respondent()).isEqualTo("ann@example.org");
        assertThat(first.segment()).isEqualTo("Northgate");
        assertThat(first.comment()).isEqualTo("Out of milk, again");
        assertThat(first.voice()).isEqualTo("customer");
        assertThat(first.channel()).isEqualTo("survey");
        assertThat(rows.get(4).row()).isEqualTo(4);
    }

    @Test
    void readsASurveyMonkeyExportWithAnswerLabels() {
        SurveyMapping mapping = SurveyMappingJson.read(fixture("surveymonkey.mapping.json"));
        List<FeedbackCandidate> rows = read("surveymonkey.csv", mapping);
        assertThat(rows).extracting(FeedbackCandidate::score).containsExactly("1", "4", "9", "3", "5", "3", "4", "10");
        assertThat(rows).extracting(FeedbackCandidate::row).containsExactly(3L, 3L, 3L, 4L, 4L, 4L, 5L, 5L);
        assertThat(rows.get(3).comment()).isEqualTo("Slow tills,\r\nlong queue");
        assertThat(rows.get(6).line()).isEqualTo(6);
        assertThat(rows.get(2).scale()).isEqualTo("0-10");
    }

    @Test
    void readsAQualtricsExportByImportIds() {
        SurveyMapping mapping = SurveyMappingJson.read(fixture("qualtrics.mapping.json"));
        List<FeedbackCandidate> rows = read("qualtrics.csv", mapping);
        assertThat(rows).hasSize(4);
        FeedbackCandidate first = rows.get(0);
        assertThat(first.row()).isEqualTo(4);
        assertThat(first.score()).isEqualTo("2");
        assertThat(first.expectation()).isEqualTo("5");
        assertThat(first.date()).isEqualTo("2024-03-05 10:17:02");
        assertThat(first.segment()).isEqualTo("Families");
        assertThat(first.respondent()).isEqualTo("R_1abc");
        assertThat(first.comment()).isEqualTo("Never any milk");
        assertThat(rows.get(1).expectation()).isEmpty();
    }

    @Test
    void refusesASurveyExportWithoutAMappingAndSaysWhatItLooksLike() {
        assertThatThrownBy(() -> FeedbackSources.open(fixture("qualtrics.csv"), null))
                .isInstanceOf(FeedbackFormatException.class)
                .hasMessageContaining("qualtrics.csv has no 'promise' and 'score' columns")
                .hasMessageContaining("Qualtrics export (3 header rows")
                .hasMessageContaining("--mapping");
    }

    @Test
    void refusesFilesThatAreNotUtf8OrNotCsv() {
        assertThatThrownBy(() -> read("not-utf8.csv", null)).isInstanceOf(FeedbackFormatException.class)
                .hasMessageContaining("not-utf8.csv is not UTF-8 text");
        assertThatThrownBy(() -> read("unclosed-quote.csv", null)).isInstanceOf(FeedbackFormatException.class)
                .hasMessageContaining("unclosed-quote.csv line");
        assertThatThrownBy(() -> FeedbackSources.open(dir.resolve("missing.csv"), null))
                .isInstanceOf(FeedbackFormatException.class).hasMessageContaining("does not exist");
    }

    @Test
    void namesAMappedColumnThatIsNotThere() throws Exception {
        SurveyMapping mapping = new SurveyMapping(0, "", "", "", "", "", Voice.CUSTOMER, "survey",
                List.of(SurveyQuestion.of("How fresh was the bread?", "Low prices", FeedbackScale.ONE_TO_FIVE)));
        assertThatThrownBy(() -> FeedbackSources.open(fixture("google-forms.csv"), mapping))
                .isInstanceOf(FeedbackFormatException.class)
                .hasMessageContaining("The question column 'How fresh was the bread?' is not in the file's header");
        Path twice = dir.resolve("twice.csv");
        Files.writeString(twice, "Timestamp,Q,Q\n1/1/2024 1:00:00,3,4\n");
        SurveyMapping ambiguous = mapping.withQuestions(List.of(SurveyQuestion.of("q", "Low prices",
                FeedbackScale.ONE_TO_FIVE)));
        assertThatThrownBy(() -> FeedbackSources.open(twice, ambiguous)).isInstanceOf(FeedbackFormatException.class)
                .hasMessageContaining("matches [#2, #3]");
        SurveyMapping byPosition = mapping.withQuestions(List.of(SurveyQuestion.of("#3", "Low prices",
                FeedbackScale.ONE_TO_FIVE)));
        try (FeedbackSource source = FeedbackSources.open(twice, byPosition)) {
            assertThat(source.next().score()).isEqualTo("4");
        }
    }

    @Test
    void mappingFilesRoundTripAndRefuseMistakes() throws Exception {
        SurveyMapping mapping = new SurveyMapping(2, "Start Date", "MM/dd/yyyy hh:mm:ss a", "Store", "Respondent ID",
                "Comments", Voice.EMPLOYEE, "Interview", List.of(new SurveyQuestion("Prices", "Low prices",
                FeedbackScale.ZERO_TO_TEN, "Expected", "Why", Map.of("Great", 10.0))));
        Path file = dir.resolve("mapping.json");
        SurveyMappingJson.write(mapping, file);
        assertThat(SurveyMappingJson.read(file)).isEqualTo(mapping);
        assertThat(Files.readString(file)).contains("\"format\" : \"valuebench-survey-mapping\"");

        assertThatThrownBy(() -> SurveyMappingJson.parse("{\"questions\": [], \"colour\": 1}", "m.json"))
                .isInstanceOf(FeedbackFormatException.class).hasMessageContaining("unknown key \"colour\"");
        assertThatThrownBy(() -> SurveyMappingJson.parse("{\"questions\": []}", "m.json"))
                .hasMessageContaining("\"questions\" must be a non-empty list");
        assertThatThrownBy(() -> SurveyMappingJson.parse("{\"version\": 2, \"questions\": []}", "m.json"))
                .hasMessageContaining("newer ValueBench");
        assertThatThrownBy(() -> SurveyMappingJson.parse(
                "{\"questions\": [{\"column\": \"Q1\", \"promise\": \"P\", \"scale\": \"1-9\"}]}", "m.json"))
                .hasMessageContaining("question 1: scale '1-9'");
        assertThatThrownBy(() -> SurveyMappingJson.parse(
                "{\"questions\": [{\"column\": \"Q1\", \"promise\": \"P\", \"answers\": {\"Top\": 9}}]}", "m.json"))
                .hasMessageContaining("outside the scale 1-5");
        assertThatThrownBy(() -> SurveyMappingJson.parse("{\"questions\": [", "m.json"))
                .hasMessageContaining("not valid JSON");
    }

    @Test
    void hashesTheFileContentWhileReadingIt() throws Exception {
        Path a = dir.resolve("a.csv");
        Files.writeString(a, "promise,score\nLow prices,4\n");
        try (FeedbackSource source = FeedbackSources.open(a, null)) {
            while (source.next() != null) {
                assertThat(source.bytesRead()).isPositive();
            }
            // sha256sum of the same bytes
            assertThat(source.contentHash())
                    .isEqualTo("ec3eda4383bec449d98112d8ec94c36f6349e431dc57871acd25d7a9469b25a7");
        }
    }
}
