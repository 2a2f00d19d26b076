package org.valuebench.app.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.valuebench.app.FeedbackTestWorkspace.fixture;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuebench.app.AppException;
import org.valuebench.app.FeedbackTestWorkspace;
import org.valuebench.domain.Feedback;
import org.valuebench.domain.FeedbackFilter;
import org.valuebench.domain.ResponseKind;
import org.valuebench.domain.SurveyMapping;

/**
 * Survey exports that hold previews, tests, spam and unfinished responses (Qualtrics CSV and JSON, Typeform):
 * left out by default and counted in the report, imported when the mapping includes them; and the survey APIs'
 * JSON files imported end to end, damaged ones refused with nothing written.
 */
class SurveyResponseKindsImportTest {
    @TempDir
    Path dir;

    private FeedbackTestWorkspace ws;

    @BeforeEach
    void open() {
        ws = new FeedbackTestWorkspace(dir);
    }

    @AfterEach
    void close() {
        ws.close();
    }

    static Path sample(String name) {
        try {
            return Path.of(SurveyResponseKindsImportTest.class.getResource("/feedback-samples/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private ImportOutcome importFile(Path file, SurveyMapping mapping) {
        return ws.feedback.importFile(ws.canvasId, file, ImportOptions.DEFAULT.withMapping(mapping), ImportProgress.NONE);
    }

    private List<Feedback> all() {
        List<Feedback> records = new ArrayList<>(ws.feedback.records(ws.canvasId, 0, FeedbackFilter.NONE, null, 0, 1000));
        records.sort((a, b) -> Long.compare(a.id(), b.id()));
        return records;
    }

    /** The Qualtrics CSV fixture with a survey preview, a test, a spam and an unfinished response added. */
    private Path qualtricsWithOthers() throws IOException {
        Path file = dir.resolve("qualtrics-mixed.csv");
        Files.writeString(file, Files.readString(fixture("qualtrics.csv"))
                + "2024-03-01 09:00:05,2024-03-01 09:01:10,Survey Preview,100,True,2024-03-01 09:01:11,R_3pre,7,7,7,Commuters,\n"
                + "2024-03-01 09:30:00,2024-03-01 09:30:02,Survey Test,100,True,2024-03-01 09:30:02,R_4tst,4,3,1,Students,\n"
                + "2024-03-02 03:10:00,2024-03-02 03:10:09,Spam,100,True,2024-03-02 03:10:10,R_5spm,1,1,1,,buy now\n"
                + "2024-03-07 17:40:00,2024-03-07 17:41:30,IP Address,40,False,2024-03-14 17:41:31,R_6unf,3,,,,\n");
        return file;
    }

    @Test
    void aQualtricsCsvImportsOnlyCustomersResponsesAndCountsTheOthers() throws IOException {
        SurveyMapping mapping = ws.feedback.readMapping(fixture("qualtrics.mapping.json"));
        ImportOutcome outcome = importFile(qualtricsWithOthers(), mapping);
        assertThat(outcome.imported()).isEqualTo(4);
        assertThat(all()).extracting(Feedback::respondent).containsOnly("R_1abc", "R_2def");
        assertThat(outcome.report().excluded().counts()).isEqualTo(Map.of(ResponseKind.PREVIEW, 1L,
                ResponseKind.TEST, 1L, ResponseKind.SPAM, 1L, ResponseKind.PARTIAL, 1L));
        assertThat(outcome.report().lines()).containsExactly("Left out 1 survey preview, 1 test response, 1 spam"
                + " response and 1 unfinished response (not customers' feedback; the mapping can include them)");
    }

    @Test
    void theMappingsIncludeBringsPreviewsAndUnfinishedResponsesBack() throws IOException {
        SurveyMapping mapping = ws.feedback.readMapping(fixture("qualtrics.mapping.json"))
                .withInclude(EnumSet.of(ResponseKind.PREVIEW, ResponseKind.PARTIAL));
        ImportOutcome outcome = importFile(qualtricsWithOthers(), mapping);
        assertThat(outcome.imported()).isEqualTo(7);   // 2 + 2 real, 2 from the preview, 1 from the unfinished one
        assertThat(all()).extracting(Feedback::respondent).containsOnly("R_1abc", "R_2def", "R_3pre", "R_6unf");
        assertThat(outcome.report().excluded().counts()).isEqualTo(Map.of(ResponseKind.TEST, 1L,
                ResponseKind.SPAM, 1L));
    }

    @Test
    void aQualtricsJsonExportIsReadThroughTheMappingWrittenForItsCsv() {
        SurveyMapping mapping = ws.feedback.readMapping(fixture("qualtrics.mapping.json"));
        ImportOutcome outcome = importFile(sample("qualtrics-responses.json"), mapping);
        assertThat(outcome.imported()).isEqualTo(4);
        List<Feedback> records = all();
        assertThat(records).extracting(Feedback::respondent)
                .containsExactly("R_1abcDEF2ghiJKL3", "R_1abcDEF2ghiJKL3", "R_2mnoPQR4stuVWX5", "R_2mnoPQR4stuVWX5");
        Feedback first = records.get(0);
        assertThat(first.promiseItemId()).isEqualTo(ws.promise("Always in stock"));
        assertThat(first.score()).isEqualTo(2.0);
        assertThat(first.expectation()).isEqualTo(5.0);
        assertThat(first.date()).isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(first.comment()).isEqualTo("Never any milk");
        assertThat(first.segment()).isEqualTo("1");   // the recoded choice; its text is in "QID3 (label)"
        assertThat(outcome.report().excluded().counts()).isEqualTo(Map.of(ResponseKind.PREVIEW, 1L,
                ResponseKind.TEST, 1L, ResponseKind.PARTIAL, 1L));

        SurveyMapping byLabel = ws.feedback.readMapping(fixture("qualtrics.mapping.json"))
                .withInclude(EnumSet.of(ResponseKind.PREVIEW, ResponseKind.PARTIAL));
        byLabel = new SurveyMapping(0, byLabel.dateColumn(), "", "QID3 (label)", byLabel.respondentColumn(),
                byLabel.commentColumn(), byLabel.voice(), byLabel.channel(), byLabel.questions(), byLabel.include());
        ImportOutcome again = ws.feedback.importFile(ws.canvasId, sample("qualtrics-responses.json"),
                ImportOptions.DEFAULT.withMapping(byLabel).withAllowDuplicate(true), ImportProgress.NONE);
        assertThat(again.imported()).isEqualTo(7);
        assertThat(again.report().excluded().counts()).isEqualTo(Map.of(ResponseKind.TEST, 1L));
        assertThat(all().subList(4, 11)).extracting(Feedback::segment)
                .containsExactly("Families", "Families", "Students", "Students", "Commuters", "Commuters", "");
    }

    @Test
    void aTypeformResponsesFileImportsSubmittedResponsesAndPartialOnesOnlyWhenIncluded() {
        SurveyMapping mapping = ws.feedback.readMapping(fixture("typeform-responses.mapping.json"));
        ImportOutcome outcome = importFile(sample("typeform-responses.json"), mapping);
        assertThat(outcome.imported()).isEqualTo(7);
        assertThat(outcome.report().excluded().counts()).isEqualTo(Map.of(ResponseKind.PARTIAL, 1L));
        List<Feedback> records = all();
        Feedback first = records.get(0);
        assertThat(first.promiseItemId()).isEqualTo(ws.promise("Always in stock"));
        assertThat(first.score()).isEqualTo(2.0);
        assertThat(first.date()).isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(first.respondent()).isEqualTo("a1b2c3d4e5f60718293a4b5c6d7e8f90");
        assertThat(first.segment()).isEqualTo("Northgate");
        assertThat(first.comment()).isEqualTo("The milk shelf was empty again.");
        assertThat(ws.feedback.records(ws.canvasId, ws.promise("Quick checkout"), FeedbackFilter.NONE, null, 0, 10))
                .extracting(Feedback::score).containsExactlyInAnyOrder(9.0, 4.0);

        ImportOutcome partial = ws.feedback.importFile(ws.canvasId, sample("typeform-responses.json"),
                ImportOptions.DEFAULT.withMapping(mapping.withInclude(EnumSet.of(ResponseKind.PARTIAL)))
                        .withAllowDuplicate(true), ImportProgress.NONE);
        assertThat(partial.imported()).isEqualTo(8);
        assertThat(partial.report().excluded().isEmpty()).isTrue();
        Feedback unsubmitted = all().get(14);
        assertThat(unsubmitted.respondent()).isEqualTo("d4e5f60718293a4b5c6d7e8f90a1b2c3");
        assertThat(unsubmitted.date()).isNull();   // never submitted: Typeform's zero time is no date
    }

    @Test
    void aFileOfOnlyLeftOutResponsesSaysSo() throws IOException {
        Path file = dir.resolve("previews.csv");
        List<String> lines = Files.readAllLines(fixture("qualtrics.csv"));
        Files.writeString(file, String.join("\n", lines.subList(0, 3)) + "\n"
                + "2024-03-01 09:00:05,2024-03-01 09:01:10,Survey Preview,100,True,2024-03-01 09:01:11,R_3pre,7,7,7,,\n");
        SurveyMapping mapping = ws.feedback.readMapping(fixture("qualtrics.mapping.json"));
        assertThatThrownBy(() -> importFile(file, mapping)).isInstanceOf(AppException.class)
                .hasMessageContaining("has no feedback rows; nothing was imported. Left out 1 survey preview");
    }

    @Test
    void damagedSurveyJsonIsRefusedWithItsLineAndNothingIsWritten() throws IOException {
        importFile(sample("qualtrics-responses.json"), ws.feedback.readMapping(fixture("qualtrics.mapping.json")));
        List<String> before = ws.dump();
        SurveyMapping typeform = ws.feedback.readMapping(fixture("typeform-responses.mapping.json"));
        SurveyMapping qualtrics = ws.feedback.readMapping(fixture("qualtrics.mapping.json"));
        String tf = Files.readString(sample("typeform-responses.json"));
        String qx = Files.readString(sample("qualtrics-responses.json"));

        Path truncated = dir.resolve("typeform-truncated.json");
        Files.writeString(truncated, tf.substring(0, tf.length() / 2));
        assertThatThrownBy(() -> importFile(truncated, typeform)).isInstanceOf(AppException.class)
                .hasMessageContaining("typeform-truncated.json line");

        Path wrongNumber = dir.resolve("typeform-wrong-type.json");
        Files.writeString(wrongNumber, tf.replace("\"type\": \"number\", \"number\": 3}", "\"type\": \"number\","
                + " \"number\": \"three\"}"));
        assertThatThrownBy(() -> importFile(wrongNumber, typeform)).isInstanceOf(AppException.class)
                .hasMessageContaining("typeform-wrong-type.json line 29 (response 'b2c3d4e5f60718293a4b5c6d7e8f90a1'), answer 2")
                .hasMessageContaining("question 'price_rating'")
                .hasMessageContaining("expected a number, found the text 'three'");

        Path qTruncated = dir.resolve("qualtrics-truncated.json");
        Files.writeString(qTruncated, qx.substring(0, qx.length() - 40));
        assertThatThrownBy(() -> importFile(qTruncated, qualtrics)).isInstanceOf(AppException.class)
                .hasMessageContaining("qualtrics-truncated.json line");

        Path qWrong = dir.resolve("qualtrics-wrong-type.json");
        Files.writeString(qWrong, qx.replace("\"recordedDate\":\"2024-03-06T11:03:01.120Z\"", "\"recordedDate\":20240306"));
        assertThatThrownBy(() -> importFile(qWrong, qualtrics)).isInstanceOf(AppException.class)
                .hasMessageContaining("qualtrics-wrong-type.json line 3 (response 'R_2mnoPQR4stuVWX5')")
                .hasMessageContaining("\"recordedDate\" is the number 20240306, expected a date-time text");

        Path emptyItems = dir.resolve("typeform-empty.json");
        Files.writeString(emptyItems, "{\"total_items\": 0, \"page_count\": 1, \"items\": []}");
        assertThatThrownBy(() -> importFile(emptyItems, typeform)).isInstanceOf(AppException.class)
                .hasMessageContaining("typeform-empty.json line 1: \"items\" holds no records");
        Path emptyResponses = dir.resolve("qualtrics-empty.json");
        Files.writeString(emptyResponses, "{\"responses\": []}");
        assertThatThrownBy(() -> importFile(emptyResponses, qualtrics)).isInstanceOf(AppException.class)
                .hasMessageContaining("qualtrics-empty.json line 1: \"responses\" holds no records");

        assertThat(ws.dump()).isEqualTo(before);
    }
}
