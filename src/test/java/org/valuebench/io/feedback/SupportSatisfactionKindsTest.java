package org.valuebench.io.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuebench.domain.FeedbackChannels;
import org.valuebench.domain.FeedbackFormat;
import org.valuebench.domain.FeedbackScale;
import org.valuebench.domain.FormatHints;
import org.valuebench.domain.SurveyColumn;
import org.valuebench.domain.SurveyPreview;
import org.valuebench.domain.Voice;

/** Zendesk's satisfaction ratings and Delighted's survey responses: told from their content, read as tables. */
class SupportSatisfactionKindsTest {
    @TempDir
    Path dir;

    static Path sample(String name) {
        try {
            return Path.of(SupportSatisfactionKindsTest.class.getResource("/feedback-samples/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> labels(SurveyPreview preview) {
        return preview.columns().stream().map(SurveyColumn::label).toList();
    }

    private static String cell(SurveyPreview preview, int row, String column) {
        return preview.rows().get(row).get(labels(preview).indexOf(column));
    }

    @Test
    void bothSamplesAreToldFromTheirContentWhateverTheirNames() throws Exception {
        Path zendesk = sample("zendesk-satisfaction-ratings.json");
        Path delighted = sample("delighted-responses.json");
        assertThat(FeedbackFormats.detect(zendesk)).isEqualTo(FeedbackFormat.ZENDESK);
        assertThat(FeedbackFormats.detect(delighted)).isEqualTo(FeedbackFormat.DELIGHTED);

        Path misnamedZendesk = Files.copy(zendesk, dir.resolve("ratings.csv"));
        Path misnamedDelighted = Files.copy(delighted, dir.resolve("export.xlsx"));
        assertThat(FeedbackFormats.detect(misnamedZendesk)).isEqualTo(FeedbackFormat.ZENDESK);
        assertThat(FeedbackFormats.detect(misnamedDelighted)).isEqualTo(FeedbackFormat.DELIGHTED);
        assertThat(FeedbackSources.preview(misnamedDelighted, 5, 0).format()).isEqualTo(FeedbackFormat.DELIGHTED);
    }

    @Test
    void jsonOfAnotherLayoutIsNeitherKind() throws Exception {
        Path array = dir.resolve("other.json");
        Files.writeString(array, "[{\"rating\": 4, \"text\": \"mentions satisfaction_ratings but is not Zendesk\"}]");
        Path object = dir.resolve("object.json");
        Files.writeString(object, "{\"responses\": [{\"survey_type\": \"nps\", \"score\": 9}]}");
        for (Path file : List.of(array, object)) {
            assertThatThrownBy(() -> FeedbackFormats.detect(file)).isInstanceOf(FeedbackFormatException.class)
                    .hasMessageContaining("is JSON but not a feedback export ValueBench knows")
                    .hasMessageContaining("Zendesk satisfaction ratings, Delighted survey responses");
        }
    }

    @Test
    void zendeskRatingsAreRowsWithOfferedAndUnofferedBlankAndTheGoodBadRuleAsHints() {
        SurveyPreview preview = FeedbackSources.preview(sample("zendesk-satisfaction-ratings.json"), 20, 0);
        assertThat(preview.format()).isEqualTo(FeedbackFormat.ZENDESK);
        assertThat(labels(preview)).containsExactly("id", "ticket_id", "score", "comment", "reason", "reason_code",
                "group_id", "assignee_id", "requester_id", "created_at", "updated_at", "url");
        assertThat(preview.rows()).hasSize(8);
        assertThat(preview.rows()).extracting(row -> row.get(2))
                .containsExactly("good", "bad", "", "good", "bad", "", "good", "good");
        assertThat(cell(preview, 1, "comment")).isEqualTo("Three emails before anyone read my question.");
        assertThat(cell(preview, 1, "group_id")).isEqualTo("44");
        assertThat(cell(preview, 1, "created_at")).isEqualTo("2024-03-06T09:12:41Z");
        assertThat(cell(preview, 2, "comment")).isEmpty();

        FormatHints hints = preview.hints();
        assertThat(hints.ratings()).containsExactly(new FormatHints.Rating("score", FeedbackScale.ONE_TO_FIVE,
                Map.of("good", 5.0, "bad", 1.0)));
        assertThat(hints.rule()).isEqualTo("Zendesk ratings are good or bad: good counts as 5 and bad as 1 on the 1-5"
                + " scale; offered and unoffered ratings (the customer gave no answer) are skipped");
        assertThat(hints.dateColumn()).isEqualTo("created_at");
        assertThat(hints.segmentColumn()).isEqualTo("group_id");
        assertThat(hints.respondentColumn()).isEqualTo("requester_id");
        assertThat(hints.commentColumn()).isEqualTo("comment");
        assertThat(hints.voice()).isEqualTo(Voice.CUSTOMER);
        assertThat(hints.channel()).isEqualTo(FeedbackChannels.SUPPORT_TICKET);
    }

    @Test
    void delightedResponsesGetAScoreColumnPerSurveyTypeIsoDatesAndAColumnPerPersonProperty() {
        SurveyPreview preview = FeedbackSources.preview(sample("delighted-responses.json"), 20, 0);
        assertThat(preview.format()).isEqualTo(FeedbackFormat.DELIGHTED);
        assertThat(labels(preview)).containsExactly("id", "survey_type", "score (nps)", "comment", "created_at",
                "updated_at", "person", "person.email", "person.name", "permalink", "tags", "Plan", "Country",
                "score (csat)", "additional answer: Have you bought from us before?");
        assertThat(preview.rows()).hasSize(8);
        assertThat(cell(preview, 0, "score (nps)")).isEqualTo("9");
        assertThat(cell(preview, 0, "score (csat)")).isEmpty();
        assertThat(cell(preview, 2, "score (nps)")).isEmpty();
        assertThat(cell(preview, 2, "score (csat)")).isEqualTo("4");
        assertThat(cell(preview, 0, "created_at")).isEqualTo("2024-03-05T09:40:00Z");
        assertThat(cell(preview, 0, "updated_at")).isEqualTo("2024-03-05T09:42:00Z");
        assertThat(cell(preview, 2, "updated_at")).isEmpty();
        assertThat(cell(preview, 0, "person")).isEqualTo("201");
        assertThat(cell(preview, 0, "person.email")).isEqualTo("ann@example.org");
        assertThat(cell(preview, 3, "Country")).isEqualTo("NL");
        assertThat(cell(preview, 3, "additional answer: Have you bought from us before?")).isEqualTo("Yes");

        FormatHints hints = preview.hints();
        assertThat(hints.ratings()).containsExactly(FormatHints.Rating.of("score (nps)", FeedbackScale.ZERO_TO_TEN),
                FormatHints.Rating.of("score (csat)", FeedbackScale.ONE_TO_FIVE));
        assertThat(hints.segmentColumn()).isEqualTo("Plan");
        assertThat(hints.respondentColumn()).isEqualTo("person.email");
        assertThat(hints.dateColumn()).isEqualTo("created_at");
        assertThat(hints.commentColumn()).isEqualTo("comment");
        assertThat(hints.voice()).isEqualTo(Voice.CUSTOMER);
        assertThat(hints.channel()).isEqualTo(FeedbackChannels.SURVEY);
        assertThat(hints.rule()).contains("NPS on 0-10, CSAT on 1-5, CES on 1-7");
    }

    @Test
    void delightedWithoutExpandedPersonsAndWithCesAndUnknownTypes() throws Exception {
        Path file = dir.resolve("responses.json");
        Files.writeString(file, "[\n"
                + " {\"id\": \"1\", \"person\": \"10\", \"survey_type\": \"ces\", \"score\": 6, \"comment\": null,"
                + "  \"created_at\": \"1713418460\", \"updated_at\": null,"
                + "  \"person_properties\": {\"customer_id\": 123, \"Delighted Source\": \"Email\","
                + "   \"Region\": \"North\", \"comment\": \"VIP\"}, \"notes\": [], \"tags\": [\"urgent\", \"billing\"]},\n"
                + " {\"id\": \"2\", \"person\": \"11\", \"survey_type\": \"smileys\", \"score\": 4,"
                + "  \"created_at\": 1713418461, \"person_properties\": null},\n"
                + " {\"id\": \"3\", \"person\": 12, \"score\": 8, \"created_at\": 1713418462}\n"
                + "]");
        SurveyPreview preview = FeedbackSources.preview(file, 20, 0);
        assertThat(labels(preview)).containsExactly("id", "survey_type", "score (ces)", "comment", "created_at",
                "updated_at", "person", "permalink", "tags", "customer_id", "Delighted Source",
                "Region", "person_properties.comment", "score (smileys)", "score");
        assertThat(cell(preview, 0, "created_at")).isEqualTo("2024-04-18T05:34:20Z");
        assertThat(cell(preview, 0, "tags")).isEqualTo("urgent, billing");
        assertThat(cell(preview, 0, "person_properties.comment")).isEqualTo("VIP");
        assertThat(cell(preview, 0, "comment")).isEmpty();
        assertThat(cell(preview, 2, "person")).isEqualTo("12");
        assertThat(cell(preview, 2, "score")).isEqualTo("8");

        FormatHints hints = preview.hints();
        // Delighted's own properties and ids group no one; a type without a known scale is the user's to say.
        assertThat(hints.segmentColumn()).isEqualTo("Region");
        assertThat(hints.respondentColumn()).isEqualTo("person");
        assertThat(hints.ratings()).containsExactly(FormatHints.Rating.of("score (ces)", FeedbackScale.ONE_TO_SEVEN));
    }

    @Test
    void noSegmentIsSuggestedWhenEveryPropertyBelongsToOnePerson() throws Exception {
        Path file = dir.resolve("ids.json");
        Files.writeString(file, "[{\"id\": \"1\", \"person\": \"10\", \"survey_type\": \"csat\", \"score\": 4,"
                + " \"created_at\": 1713418460, \"person_properties\": {\"Customer ID\": \"C-9\", \"email\": \"a@b.c\"}}]");
        SurveyPreview preview = FeedbackSources.preview(file, 20, 0);
        assertThat(labels(preview)).contains("Customer ID", "email");
        assertThat(preview.hints().segmentColumn()).isEmpty();
    }

    @Test
    void aTruncatedExportIsRefusedWithItsLine() throws Exception {
        Path zendesk = dir.resolve("cut-zendesk.json");
        String whole = Files.readString(sample("zendesk-satisfaction-ratings.json"));
        Files.writeString(zendesk, whole.substring(0, whole.indexOf("\"score\": \"bad\"")));
        assertThatThrownBy(() -> FeedbackSources.preview(zendesk, 20, 0)).isInstanceOf(FeedbackFormatException.class)
                .hasMessageStartingWith("cut-zendesk.json line 24: ");

        Path delighted = dir.resolve("cut-delighted.json");
        String text = Files.readString(sample("delighted-responses.json"));
        Files.writeString(delighted, text.substring(0, text.length() / 2), StandardCharsets.UTF_8);
        assertThatThrownBy(() -> FeedbackSources.preview(delighted, 20, 0)).isInstanceOf(FeedbackFormatException.class)
                .hasMessageStartingWith("cut-delighted.json line ");
    }

    @Test
    void anEmptyExportIsRefusedAsHoldingNothingToImport() throws Exception {
        Path zendesk = dir.resolve("none.json");
        Files.writeString(zendesk, "{\"satisfaction_ratings\": [], \"next_page\": null, \"previous_page\": null,"
                + " \"count\": 0}");
        assertThatThrownBy(() -> FeedbackSources.preview(zendesk, 20, 0)).isInstanceOf(FeedbackFormatException.class)
                .hasMessage("none.json line 1: \"satisfaction_ratings\" holds no records (an empty array): there is"
                        + " nothing to import");

        Path delighted = dir.resolve("empty.json");
        Files.writeString(delighted, "[]");
        assertThatThrownBy(() -> FeedbackSources.preview(delighted, FeedbackFormat.DELIGHTED, "", 20, 0))
                .isInstanceOf(FeedbackFormatException.class)
                .hasMessage("empty.json line 1: the file holds no records (an empty array): there is nothing to import");
    }
}
