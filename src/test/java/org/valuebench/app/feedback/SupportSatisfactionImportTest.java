package org.valuebench.app.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuebench.app.AppException;
import org.valuebench.app.FeedbackTestWorkspace;
import org.valuebench.domain.Feedback;
import org.valuebench.domain.FeedbackFilter;
import org.valuebench.domain.FeedbackFormat;
import org.valuebench.domain.FeedbackScale;
import org.valuebench.domain.SurveyMapping;
import org.valuebench.domain.Voice;

/**
 * The support satisfaction samples (Zendesk, Delighted) imported end to end into a real workspace through mapping
 * files as docs/feedback-import.md shows them, and what their hostile variants leave behind: nothing.
 */
class SupportSatisfactionImportTest {
    private static final String ZENDESK_MAPPING = "{\"date\": \"created_at\", \"segment\": \"group_id\","
            + " \"respondent\": \"requester_id\", \"comment\": \"comment\", \"voice\": \"customer\","
            + " \"channel\": \"support ticket\", \"questions\": [{\"column\": \"score\", \"promise\": \"Quick checkout\","
            + " \"scale\": \"1-5\", \"answers\": {\"good\": 5, \"bad\": 1}}]}";
    private static final String DELIGHTED_MAPPING = "{\"date\": \"created_at\", \"segment\": \"Plan\","
            + " \"respondent\": \"person.email\", \"comment\": \"comment\", \"channel\": \"survey\", \"questions\": ["
            + "{\"column\": \"score (nps)\", \"promise\": \"Low prices\", \"scale\": \"0-10\"},"
            + "{\"column\": \"score (csat)\", \"promise\": \"Always in stock\", \"scale\": \"1-5\"}]}";

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

    private static Path sample(String name) {
        try {
            return Path.of(SupportSatisfactionImportTest.class.getResource("/feedback-samples/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private SurveyMapping mapping(String json) throws Exception {
        Path file = dir.resolve("mapping-" + json.hashCode() + ".json");
        Files.writeString(file, json);
        return ws.feedback.readMapping(file);
    }

    private ImportOutcome importFile(Path file, SurveyMapping mapping) {
        return ws.feedback.importFile(ws.canvasId, file, ImportOptions.DEFAULT.withMapping(mapping),
                ImportProgress.NONE);
    }

    private List<Feedback> records(String promise) {
        List<Feedback> records = new ArrayList<>(ws.feedback.records(ws.canvasId, ws.promise(promise),
                FeedbackFilter.NONE, null, 0, 100));
        records.sort((a, b) -> Long.compare(a.id(), b.id()));
        return records;
    }

    @Test
    void zendeskRatingsCountGoodAsFiveAndBadAsOneAndSkipOfferedAndUnoffered() throws Exception {
        ImportOutcome outcome = importFile(sample("zendesk-satisfaction-ratings.json"), mapping(ZENDESK_MAPPING));
        assertThat(outcome.imported()).isEqualTo(6);
        assertThat(outcome.report().hasProblems()).isFalse();
        assertThat(outcome.stored().fileName()).isEqualTo("zendesk-satisfaction-ratings.json");

        List<Feedback> checkout = records("Quick checkout");
        assertThat(checkout).extracting(Feedback::score).containsExactly(5.0, 1.0, 5.0, 1.0, 5.0, 5.0);
        assertThat(checkout).extracting(Feedback::scale).containsOnly(FeedbackScale.ONE_TO_FIVE);
        assertThat(checkout).extracting(Feedback::channel).containsOnly("support ticket");
        assertThat(checkout).extracting(Feedback::voice).containsOnly(Voice.CUSTOMER);
        Feedback bad = checkout.get(1);
        assertThat(bad.date()).isEqualTo(LocalDate.of(2024, 3, 6));
        assertThat(bad.segment()).isEqualTo("44");
        assertThat(bad.respondent()).isEqualTo("7882");
        assertThat(bad.comment()).isEqualTo("Three emails before anyone read my question.");
        // Four goods at 5 and two bads at 1: delivered (4 × 5 + 2 × 1) / 6 = 3.67 on the 1-5 scale.
        assertThat(ws.gaps.report(ws.canvasId).promise(ws.promise("Quick checkout")).orElseThrow().delivered())
                .isCloseTo(22 / 6.0, org.assertj.core.api.Assertions.within(1e-12));
    }

    @Test
    void delightedResponsesGoToThePromiseOfTheirSurveyTypeOnItsScale() throws Exception {
        ImportOutcome outcome = importFile(sample("delighted-responses.json"), mapping(DELIGHTED_MAPPING));
        assertThat(outcome.imported()).isEqualTo(8);

        List<Feedback> prices = records("Low prices");
        assertThat(prices).extracting(Feedback::score).containsExactly(9.0, 3.0, 10.0, 7.0, 6.0);
        assertThat(prices).extracting(Feedback::scale).containsOnly(FeedbackScale.ZERO_TO_TEN);
        assertThat(prices.get(0).date()).isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(prices.get(0).segment()).isEqualTo("Pro");
        assertThat(prices.get(0).respondent()).isEqualTo("ann@example.org");
        assertThat(prices.get(0).comment()).isEqualTo("Checkout is quick, prices fair.");
        assertThat(prices.get(0).channel()).isEqualTo("survey");

        List<Feedback> stock = records("Always in stock");
        assertThat(stock).extracting(Feedback::score).containsExactly(4.0, 2.0, 5.0);
        assertThat(stock).extracting(Feedback::scale).containsOnly(FeedbackScale.ONE_TO_FIVE);
        assertThat(stock.get(1).segment()).isEqualTo("Free");
        assertThat(stock.get(1).date()).isEqualTo(LocalDate.of(2024, 3, 8));
    }

    @Test
    void aTypeLeftUnmappedIsNotImported() throws Exception {
        String npsOnly = DELIGHTED_MAPPING.replace(",{\"column\": \"score (csat)\", \"promise\": \"Always in stock\","
                + " \"scale\": \"1-5\"}", "");
        assertThat(importFile(sample("delighted-responses.json"), mapping(npsOnly)).imported()).isEqualTo(5);
        assertThat(records("Always in stock")).isEmpty();
    }

    @Test
    void aScoreThatIsNeitherGoodNorBadIsRefusedWithItsRowAndNothingIsWritten() throws Exception {
        Path file = dir.resolve("zendesk-odd.json");
        String text = Files.readString(sample("zendesk-satisfaction-ratings.json"));
        Files.writeString(file, text.replaceFirst("\"score\": \"bad\"", "\"score\": \"great\"")
                .replaceFirst("\"score\": \"good\",\n      \"comment\": null",
                        "\"score\": {\"value\": \"good\"},\n      \"comment\": null"));
        List<String> before = ws.dump();
        FeedbackImportRejectedException refused = catchThrowableOfType(FeedbackImportRejectedException.class,
                () -> importFile(file, mapping(ZENDESK_MAPPING)));
        assertThat(refused.report().lines()).containsExactly(
                "row 3 (line 17), question 'score': score 'great' is not a number",
                "row 5 (line 45), question 'score': score '{\"value\":\"good\"}' is not a number");
        assertThat(ws.dump()).isEqualTo(before);
    }

    @Test
    void aCreationTimeThatIsNotUnixSecondsIsRefusedWithItsRowAndNothingIsWritten() throws Exception {
        Path file = dir.resolve("delighted-odd.json");
        String text = Files.readString(sample("delighted-responses.json"));
        Files.writeString(file, text.replaceFirst("\"created_at\": 1709661720", "\"created_at\": \"yesterday\"")
                .replaceFirst("\"score\": 4,", "\"score\": \"great\","));
        List<String> before = ws.dump();
        FeedbackImportRejectedException refused = catchThrowableOfType(FeedbackImportRejectedException.class,
                () -> importFile(file, mapping(DELIGHTED_MAPPING)));
        assertThat(refused.report().lines()).hasSize(2);
        assertThat(refused.report().lines().get(0)).startsWith("row 3 (line 28), question 'score (nps)': bad date"
                + " 'yesterday'");
        assertThat(refused.report().lines().get(1)).isEqualTo("row 4 (line 54), question 'score (csat)': score"
                + " 'great' is not a number");
        assertThat(ws.dump()).isEqualTo(before);
    }

    @Test
    void aTruncatedOrEmptyExportLeavesTheWorkspaceAsItWas() throws Exception {
        Path cut = dir.resolve("cut.json");
        String text = Files.readString(sample("delighted-responses.json"));
        Files.writeString(cut, text.substring(0, text.lastIndexOf("\"survey_type\"")));
        Path empty = dir.resolve("no-ratings.json");
        Files.writeString(empty, "{\"satisfaction_ratings\": [], \"next_page\": null, \"count\": 0}");
        List<String> before = ws.dump();
        assertThatThrownBy(() -> importFile(cut, mapping(DELIGHTED_MAPPING))).isInstanceOf(AppException.class)
                .hasMessageContaining("cut.json line ");
        assertThatThrownBy(() -> importFile(empty, mapping(ZENDESK_MAPPING))).isInstanceOf(AppException.class)
                .hasMessageContaining("holds no records");
        assertThat(ws.dump()).isEqualTo(before);
    }

    @Test
    void withoutAMappingEachIsRefusedWithAMappingToStartFromItsHints() {
        List<String> before = ws.dump();
        assertThatThrownBy(() -> ws.feedback.importFile(ws.canvasId, sample("zendesk-satisfaction-ratings.json"),
                ImportOptions.DEFAULT, ImportProgress.NONE)).isInstanceOf(AppException.class)
                .hasMessageContaining("Its kind: Zendesk satisfaction ratings.")
                .hasMessageContaining("\"promise\" : \"YOUR PROMISE\"")
                .hasMessageContaining("\"good\" : 5").hasMessageContaining("\"bad\" : 1")
                .hasMessageContaining("\"channel\" : \"support ticket\"");
        assertThatThrownBy(() -> ws.feedback.importFile(ws.canvasId, sample("delighted-responses.json"),
                ImportOptions.DEFAULT, ImportProgress.NONE)).isInstanceOf(AppException.class)
                .hasMessageContaining("Its kind: Delighted survey responses.")
                .hasMessageContaining("\"column\" : \"score (nps)\"")
                .hasMessageContaining("\"column\" : \"score (csat)\"")
                .hasMessageContaining("\"segment\" : \"Plan\"");
        assertThat(ws.dump()).isEqualTo(before);
    }

    @Test
    void theKindCanBeNamedForAFileWhoseContentIsOfIt() throws Exception {
        Path renamed = Files.copy(sample("zendesk-satisfaction-ratings.json"), dir.resolve("csat.txt"));
        ImportOutcome outcome = ws.feedback.importFile(ws.canvasId, renamed, ImportOptions.DEFAULT
                .withMapping(mapping(ZENDESK_MAPPING)).withFormat(FeedbackFormat.ZENDESK), ImportProgress.NONE);
        assertThat(outcome.imported()).isEqualTo(6);
        assertThatThrownBy(() -> ws.feedback.importFile(ws.canvasId, renamed, ImportOptions.DEFAULT
                .withMapping(mapping(DELIGHTED_MAPPING)).withFormat(FeedbackFormat.DELIGHTED)
                .withAllowDuplicate(true), ImportProgress.NONE)).isInstanceOf(AppException.class)
                .hasMessageContaining("csat.txt line 1: expected the file to be an array of records");
    }
}
