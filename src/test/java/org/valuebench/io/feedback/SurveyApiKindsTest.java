package org.valuebench.io.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuebench.domain.FeedbackFormat;
import org.valuebench.domain.ResponseKind;
import org.valuebench.domain.SurveyColumn;
import org.valuebench.domain.SurveyPreview;

/** Typeform's and Qualtrics's JSON files read as tables, and the status columns that tell non-feedback rows. */
class SurveyApiKindsTest {
    @TempDir
    Path dir;

    static Path sample(String name) {
        try {
            return Path.of(SurveyApiKindsTest.class.getResource("/feedback-samples/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<List<String>> rows(Path file) {
        List<List<String>> rows = new ArrayList<>();
        try (TabularReader reader = FeedbackFormats.kind(file, null).open(file, "")) {
            List<String> row;
            while ((row = reader.next()) != null) {
                rows.add(List.copyOf(row));
            }
        }
        return rows;
    }

    @Test
    void theSamplesAreToldFromTheirContent() throws IOException {
        assertThat(FeedbackFormats.detect(sample("typeform-responses.json"))).isEqualTo(FeedbackFormat.TYPEFORM);
        assertThat(FeedbackFormats.detect(sample("qualtrics-responses.json"))).isEqualTo(FeedbackFormat.QUALTRICS_JSON);
        Path renamed = dir.resolve("export.csv");
        Files.copy(sample("qualtrics-responses.json"), renamed);
        assertThat(FeedbackFormats.detect(renamed)).isEqualTo(FeedbackFormat.QUALTRICS_JSON);
        Path empty = dir.resolve("none.json");
        Files.writeString(empty, "{\"total_items\": 0, \"page_count\": 1, \"items\": []}");
        assertThat(FeedbackFormats.detect(empty)).isEqualTo(FeedbackFormat.TYPEFORM);
        Files.writeString(empty, "{\"responses\":[]}");
        assertThat(FeedbackFormats.detect(empty)).isEqualTo(FeedbackFormat.QUALTRICS_JSON);
    }

    @Test
    void typeformAnswersBecomeColumnsNamedByTheirRef() {
        List<List<String>> rows = rows(sample("typeform-responses.json"));
        assertThat(rows.get(0)).containsExactly("response_id", "submitted_at", "landed_at", "stock_rating",
                "price_rating", "checkout_nps", "visit_frequency", "comments", "newsletter", "hidden.store",
                "calculated.score", "departments", "contact_email");
        assertThat(rows.get(1)).containsExactly("a1b2c3d4e5f60718293a4b5c6d7e8f90", "2024-03-05T10:15:32Z",
                "2024-03-05T10:12:40Z", "2", "4", "9", "Every week", "The milk shelf was empty again.", "false",
                "Northgate", "0", "", "");
        assertThat(rows.get(2).subList(10, 13)).containsExactly("0", "Bakery, Dairy", "sam@example.org");
        assertThat(rows.get(4).subList(0, 4)).containsExactly("d4e5f60718293a4b5c6d7e8f90a1b2c3", "",
                "2024-03-08T09:20:15Z", "1");
        assertThat(rows).hasSize(5);
    }

    @Test
    void qualtricsValuesBecomeColumnsNamedByImportIdWithTheirLabelsBeside() {
        List<List<String>> rows = rows(sample("qualtrics-responses.json"));
        assertThat(rows.get(0)).startsWith("responseId", "startDate", "endDate", "status", "status (label)",
                "ipAddress", "progress", "duration", "finished", "finished (label)", "recordedDate", "_recordId");
        assertThat(rows.get(0)).contains("QID1", "QID1 (label)", "QID3", "QID3 (label)", "QID4_TEXT");
        int segment = rows.get(0).indexOf("QID3 (label)");
        assertThat(rows.get(1).get(segment)).isEqualTo("Families");
        assertThat(rows.get(3).get(rows.get(0).indexOf("status"))).isEqualTo("1");
    }

    @Test
    void thePreviewCountsTheRowsLeftOutAmongThoseItRead() {
        SurveyPreview qualtrics = FeedbackSources.preview(sample("qualtrics-responses.json"), null, "", 50, 3);
        assertThat(qualtrics.headerRows()).isEqualTo(1);   // a JSON file's table has one header row, whatever is asked
        assertThat(qualtrics.rows()).hasSize(5);
        assertThat(qualtrics.excluded().counts()).isEqualTo(Map.of(ResponseKind.PREVIEW, 1L, ResponseKind.TEST, 1L,
                ResponseKind.PARTIAL, 1L));
        assertThat(qualtrics.excluded().complete()).isTrue();
        assertThat(qualtrics.hints().dateColumn()).isEqualTo("recordedDate");
        assertThat(qualtrics.hints().respondentColumn()).isEqualTo("responseId");

        SurveyPreview firstTwo = FeedbackSources.preview(sample("qualtrics-responses.json"), null, "", 1, 0);
        assertThat(firstTwo.excluded().complete()).isFalse();
        assertThat(firstTwo.excluded().describe()).startsWith("Left out at least 1 survey preview");

        SurveyPreview typeform = FeedbackSources.preview(sample("typeform-responses.json"), null, "", 50, 0);
        assertThat(typeform.excluded().counts()).isEqualTo(Map.of(ResponseKind.PARTIAL, 1L));
        assertThat(typeform.hints().dateColumn()).isEqualTo("submitted_at");
        assertThat(typeform.hints().rule()).contains("ref");
        assertThat(typeform.kind()).isEqualTo("Typeform responses");
    }

    private static ResponseKind kind(List<List<String>> header, List<String> row, FeedbackFormat format) {
        SurveyLayout layout = SurveyLayout.of(concat(header, row), header.size());
        return ResponseStatus.of(layout.columns(), layout.shape(), format).kindOf(row);
    }

    private static List<List<String>> concat(List<List<String>> header, List<String> row) {
        List<List<String>> rows = new ArrayList<>(header);
        rows.add(row);
        return rows;
    }

    @Test
    void statusColumnsAreFoundByHeaderAndReadAsEachToolWritesThem() {
        List<List<String>> qualtrics = List.of(List.of("Status", "Finished", "Q1"),
                List.of("Response Type", "Finished", "How well?"),
                List.of("{\"ImportId\":\"status\"}", "{\"ImportId\":\"finished\"}", "{\"ImportId\":\"QID1\"}"));
        assertThat(kind(qualtrics, List.of("IP Address", "True", "4"), FeedbackFormat.CSV)).isNull();
        assertThat(kind(qualtrics, List.of("Survey Preview", "True", "4"), FeedbackFormat.CSV))
                .isEqualTo(ResponseKind.PREVIEW);
        assertThat(kind(qualtrics, List.of("Survey Preview Spam", "True", "4"), FeedbackFormat.CSV))
                .isEqualTo(ResponseKind.PREVIEW);
        assertThat(kind(qualtrics, List.of("Imported Spam", "True", "4"), FeedbackFormat.CSV))
                .isEqualTo(ResponseKind.SPAM);
        // A numeric export writes the codes.
        assertThat(kind(qualtrics, List.of("2", "1", "4"), FeedbackFormat.CSV)).isEqualTo(ResponseKind.TEST);
        assertThat(kind(qualtrics, List.of("8", "1", "4"), FeedbackFormat.CSV)).isEqualTo(ResponseKind.SPAM);
        assertThat(kind(qualtrics, List.of("0", "0", "4"), FeedbackFormat.CSV)).isEqualTo(ResponseKind.PARTIAL);
        assertThat(kind(qualtrics, List.of("4", "1", "4"), FeedbackFormat.CSV)).isNull();   // imported: kept

        // Elsewhere a number in a "Status" column is no Qualtrics code.
        List<List<String>> plain = List.of(List.of("Status", "Rating"));
        assertThat(kind(plain, List.of("1", "4"), FeedbackFormat.CSV)).isNull();
        assertThat(kind(plain, List.of("Survey Test", "4"), FeedbackFormat.CSV)).isEqualTo(ResponseKind.TEST);

        List<List<String>> monkey = List.of(List.of("respondent_id", "response_status", "Prices"));
        assertThat(kind(monkey, List.of("1", "completed", "4"), FeedbackFormat.CSV)).isNull();
        assertThat(kind(monkey, List.of("2", "partial", "4"), FeedbackFormat.XLSX)).isEqualTo(ResponseKind.PARTIAL);
        List<List<String>> monkeyTitled = List.of(List.of("Respondent ID", "Response Status", "Prices"));
        assertThat(kind(monkeyTitled, List.of("2", "Disqualified", "4"), FeedbackFormat.CSV))
                .isEqualTo(ResponseKind.PARTIAL);

        List<List<String>> typeform = List.of(List.of("response_id", "submitted_at", "stock"));
        assertThat(kind(typeform, List.of("a", "", "4"), FeedbackFormat.TYPEFORM)).isEqualTo(ResponseKind.PARTIAL);
        assertThat(kind(typeform, List.of("a", "", "4"), FeedbackFormat.CSV)).isNull();
        assertThat(kind(typeform, List.of("a", "2024-03-05T10:15:32Z", "4"), FeedbackFormat.TYPEFORM)).isNull();
        List<List<String>> typed = List.of(List.of("response_id", "submitted_at", "response_type", "stock"));
        assertThat(kind(typed, List.of("a", "2024-03-05T10:15:32Z", "started", "4"), FeedbackFormat.TYPEFORM))
                .isEqualTo(ResponseKind.PARTIAL);
        assertThat(kind(typed, List.of("a", "2024-03-05T10:15:32Z", "completed", "4"), FeedbackFormat.TYPEFORM))
                .isNull();
    }

    @Test
    void aTypeformAnswerOfAnotherTypeThanItSaysIsRefusedWithItsLine() throws IOException {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, "{\"items\": [\n{\"landed_at\": \"2024-03-05T10:12:40Z\", \"response_id\": \"r1\",\n"
                + "\"answers\": [{\"field\": {\"id\": \"x1\", \"type\": \"short_text\", \"ref\": \"name\"},"
                + " \"type\": \"text\", \"text\": 42}]}]}");
        assertThatThrownBy(() -> rows(file)).isInstanceOf(FeedbackFormatException.class)
                .hasMessage("bad.json line 2 (response 'r1'), answer 1 (question 'name'): expected a text, found the"
                        + " number 42");
        Files.writeString(file, "{\"items\": [{\"landed_at\": \"2024-03-05T10:12:40Z\", \"answers\": {}}]}");
        assertThatThrownBy(() -> rows(file)).isInstanceOf(FeedbackFormatException.class)
                .hasMessageContaining("\"answers\" is an object, not a list");
        // A kind of answer this reader does not know yet is read as text, not refused.
        Files.writeString(file, "{\"items\": [{\"landed_at\": \"2024-03-05T10:12:40Z\", \"answers\": [{\"field\":"
                + " {\"id\": \"x1\", \"type\": \"hologram\"}, \"type\": \"hologram\", \"hologram\": \"wave\"}]}]}");
        assertThat(rows(file).get(1)).endsWith("wave");
    }

    @Test
    void aQualtricsResponseWithoutValuesIsRefused() throws IOException {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, "{\"responses\": [{\"responseId\": \"R_1\", \"values\": [1, 2]}]}");
        assertThatThrownBy(() -> rows(file)).isInstanceOf(FeedbackFormatException.class)
                .hasMessageContaining("bad.json line 1: the response has \"values\" that is a list, not an object");
        Files.writeString(file, "{\"responses\": [{\"responseId\": 17, \"values\": {}}]}");
        assertThatThrownBy(() -> rows(file)).isInstanceOf(FeedbackFormatException.class)
                .hasMessageContaining("\"responseId\" is the number 17, not a text");
    }

    @Test
    void columnsOfTheSamplesAreDescribedOnce() {
        SurveyPreview preview = FeedbackSources.preview(sample("typeform-responses.json"), null, "", 5, 0);
        assertThat(preview.columns()).extracting(SurveyColumn::label).doesNotHaveDuplicates();
    }
}
