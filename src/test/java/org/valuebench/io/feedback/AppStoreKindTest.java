package org.valuebench.io.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.valuebench.io.feedback.AppReviewSamples.rows;
import static org.valuebench.io.feedback.AppReviewSamples.sample;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuebench.domain.FeedbackFormat;
import org.valuebench.domain.FeedbackScale;
import org.valuebench.domain.FormatHints;
import org.valuebench.domain.SurveyPreview;
import org.valuebench.domain.Voice;

/** App Store Connect's customerReviews JSON: told from its content, one row per review, title and body joined. */
class AppStoreKindTest {
    private static final Path SAMPLE = sample("app-store-reviews.json");
    private static final List<String> COLUMNS = List.of("id", "rating", "title", "body", "reviewerNickname",
            "createdDate", "territory", "review");
    private static final String EMPTY_PAGE = "{\"data\": [], \"links\": {\"self\":"
            + " \"https://api.appstoreconnect.apple.com/v1/apps/1482093711/customerReviews?limit=200\"},"
            + " \"meta\": {\"paging\": {\"total\": 0, \"limit\": 200}}}";

    @TempDir
    Path dir;

    private Path file(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void isToldFromItsContentWhateverTheFileIsCalled() throws Exception {
        assertThat(FeedbackFormats.detect(SAMPLE)).isEqualTo(FeedbackFormat.APP_STORE);
        assertThat(FeedbackFormats.detect(Files.copy(SAMPLE, dir.resolve("reviews.csv"))))
                .isEqualTo(FeedbackFormat.APP_STORE);
        assertThat(FeedbackFormats.detect(file("page.txt", EMPTY_PAGE))).isEqualTo(FeedbackFormat.APP_STORE);
        Path other = file("other.json", "{\"data\": [{\"type\": \"apps\", \"id\": \"1\"}]}");
        assertThatThrownBy(() -> FeedbackFormats.detect(other)).isInstanceOf(FeedbackFormatException.class)
                .hasMessageContaining("other.json is JSON but not a feedback export ValueBench knows")
                .hasMessageContaining("App Store Connect customer reviews");
    }

    @Test
    void readsEveryReviewAsARowOfItsAttributesWithTitleAndBodyJoined() {
        List<List<String>> rows = rows(SAMPLE);
        assertThat(rows).hasSize(9);
        assertThat(rows.get(0)).isEqualTo(COLUMNS);
        assertThat(rows.get(1)).containsExactly("00000034-a5c1-0017-8e2f-3c9a00000000", "5", "Fastest checkout ever",
                "Scan, pay, gone. The self-checkout in the app saves me ten minutes every visit.", "milkrun_anna",
                "2024-03-03T09:14:27-08:00", "USA", "Fastest checkout ever \u2014 Scan, pay, gone. The self-checkout"
                        + " in the app saves me ten minutes every visit.");
        // A review with a title and no body: the title is the comment.
        assertThat(rows.get(6).get(3)).isEmpty();
        assertThat(rows.get(6).get(7)).isEqualTo("OK");
        assertThat(rows.get(8).get(7)).startsWith("Love it 😍 \u2014 ");
    }

    @Test
    void hintsTheRatingOnOneToFiveTheDateTheTerritoryAsSegmentAndTheIdAsRespondent() {
        SurveyPreview preview = FeedbackSources.preview(SAMPLE, 5, 0);
        assertThat(preview.format()).isEqualTo(FeedbackFormat.APP_STORE);
        assertThat(preview.headerRows()).isEqualTo(1);
        assertThat(preview.rows()).hasSize(5);
        FormatHints hints = preview.hints();
        assertThat(hints.ratings()).containsExactly(FormatHints.Rating.of("rating", FeedbackScale.ONE_TO_FIVE));
        assertThat(hints.dateColumn()).isEqualTo("createdDate");
        assertThat(hints.segmentColumn()).isEqualTo("territory");
        assertThat(hints.respondentColumn()).isEqualTo("id");
        assertThat(hints.commentColumn()).isEqualTo("review");
        assertThat(hints.voice()).isEqualTo(Voice.CUSTOMER);
        assertThat(hints.channel()).isEqualTo("app store");
        assertThat(hints.rule()).contains("1–5", "territory", "no app version");
    }

    @Test
    void aPageWithNoReviewsIsToldButRefusedAsHoldingNothing() throws Exception {
        Path empty = file("empty.json", EMPTY_PAGE);
        assertThat(FeedbackFormats.detect(empty)).isEqualTo(FeedbackFormat.APP_STORE);
        assertThatThrownBy(() -> rows(empty)).isInstanceOf(FeedbackFormatException.class)
                .hasMessage("empty.json line 1: \"data\" holds no records (an empty array): there is nothing to import");
    }

    @Test
    void aFileCutInsideAReviewIsRefusedWithItsLine() throws Exception {
        String text = Files.readString(SAMPLE);
        Path cut = file("cut.json", text.substring(0, text.indexOf("Froze at payment")));
        assertThat(FeedbackFormats.detect(cut)).isEqualTo(FeedbackFormat.APP_STORE);
        assertThatThrownBy(() -> rows(cut)).isInstanceOf(FeedbackFormatException.class)
                .hasMessageStartingWith("cut.json line 31: ");
    }

    @Test
    void aRatingOfTheWrongTypeIsLeftForTheImportToRefuseWithItsRow() throws Exception {
        Path odd = file("odd.json", "{\"data\": [\n"
                + "{\"type\": \"customerReviews\", \"id\": \"a\", \"attributes\": {\"rating\": \"five\"}},\n"
                + "{\"type\": \"customerReviews\", \"id\": \"b\", \"attributes\": {\"rating\": {\"x\": 1}}}\n]}");
        List<List<String>> rows = rows(odd);
        assertThat(rows.get(1).get(1)).isEqualTo("five");
        assertThat(rows.get(2).get(1)).isEqualTo("{\"x\":1}");
    }

    @Test
    void aRecordOfAnotherTypeOrWithAttributesThatAreNotAnObjectIsRefusedNamingItsLine() throws Exception {
        Path responses = file("responses.json", "{\"data\": [\n {\"type\": \"customerReviewResponses\", \"id\": \"r\"}\n],"
                + " \"links\": {\"self\": \"https://api.appstoreconnect.apple.com/v1/customerReviews/x/response\"}}");
        assertThatThrownBy(() -> rows(responses)).isInstanceOf(FeedbackFormatException.class)
                .hasMessage("responses.json line 2: a record of type 'customerReviewResponses', not a customer"
                        + " review (\"customerReviews\")");
        Path flat = file("flat.json", "{\"data\": [\n {\"type\": \"customerReviews\", \"attributes\": 5}\n]}");
        assertThatThrownBy(() -> rows(flat)).isInstanceOf(FeedbackFormatException.class)
                .hasMessage("flat.json line 2: the review's \"attributes\" are not an object");
    }
}
