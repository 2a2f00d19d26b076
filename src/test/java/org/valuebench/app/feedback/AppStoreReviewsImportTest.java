package org.valuebench.app.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.valuebench.app.FeedbackTestWorkspace.fixture;

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

/** App Store Connect customerReviews JSON imported into a real workspace through a mapping of its rating. */
class AppStoreReviewsImportTest {
    @TempDir
    Path dir;

    private FeedbackTestWorkspace ws;
    private SurveyMapping mapping;

    @BeforeEach
    void open() {
        ws = new FeedbackTestWorkspace(dir);
        mapping = ws.feedback.readMapping(fixture("app-store-reviews.mapping.json"));
    }

    @AfterEach
    void close() {
        ws.close();
    }

    static Path sample() {
        try {
            return Path.of(AppStoreReviewsImportTest.class.getResource("/feedback-samples/app-store-reviews.json")
                    .toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private ImportOutcome importFile(Path file) {
        return ws.feedback.importFile(ws.canvasId, file, ImportOptions.DEFAULT.withMapping(mapping), ImportProgress.NONE);
    }

    private List<Feedback> all() {
        List<Feedback> records = new ArrayList<>(ws.feedback.records(ws.canvasId, 0, FeedbackFilter.NONE, null, 0, 100));
        records.sort((a, b) -> Long.compare(a.id(), b.id()));
        return records;
    }

    private Path file(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void importsEveryReviewOfTheSampleWithItsTerritoryIdDateAndTitledComment() {
        ImportOutcome outcome = importFile(sample());
        assertThat(outcome.imported()).isEqualTo(8);
        assertThat(outcome.report().hasProblems()).isFalse();
        List<Feedback> records = all();
        assertThat(records).extracting(Feedback::score).containsExactly(5.0, 2.0, 4.0, 1.0, 5.0, 3.0, 4.0, 5.0);
        assertThat(records).extracting(Feedback::promiseItemId).containsOnly(ws.promise("Quick checkout"));
        assertThat(records).extracting(Feedback::scale).containsOnly(FeedbackScale.ONE_TO_FIVE);
        assertThat(records).extracting(Feedback::voice).containsOnly(Voice.CUSTOMER);
        assertThat(records).extracting(Feedback::channel).containsOnly("app store");
        assertThat(records).extracting(Feedback::segment).containsExactly("USA", "GBR", "DEU", "USA", "FRA", "CAN",
                "GBR", "USA");
        Feedback first = records.get(0);
        assertThat(first.respondent()).isEqualTo("00000034-a5c1-0017-8e2f-3c9a00000000");
        // The date as the review's own offset has it (Pacific time), not converted.
        assertThat(first.date()).isEqualTo(LocalDate.of(2024, 3, 3));
        assertThat(first.comment()).isEqualTo("Fastest checkout ever \u2014 Scan, pay, gone. The self-checkout in the"
                + " app saves me ten minutes every visit.");
        assertThat(records.get(5).comment()).isEqualTo("OK");
    }

    @Test
    void theFileIsToldFromItsContentUnderAnyName() throws Exception {
        Path csv = Files.copy(sample(), dir.resolve("reviews.csv"));
        assertThat(importFile(csv).imported()).isEqualTo(8);
        assertThat(ws.feedback.preview(csv, 3, 0).format()).isEqualTo(FeedbackFormat.APP_STORE);
    }

    @Test
    void aRatingThatIsAWordOrAnObjectIsRefusedWithItsRowAndNothingIsWritten() throws Exception {
        String text = Files.readString(sample());
        Path odd = file("odd.json", text.replaceFirst("\"rating\": 2,", "\"rating\": \"five\",")
                .replaceFirst("\"rating\": 1,", "\"rating\": {\"x\": 1},"));
        List<String> before = ws.dump();
        FeedbackImportRejectedException refused = catchThrowableOfType(FeedbackImportRejectedException.class,
                () -> importFile(odd));
        assertThat(refused.getMessage()).contains("2 of 8 records are invalid, so nothing was imported");
        assertThat(refused.report().lines()).containsExactly(
                "row 3 (line 26), question 'rating': score 'five' is not a number",
                "row 5 (line 72), question 'rating': score '{\"x\":1}' is not a number");
        assertThat(ws.dump()).isEqualTo(before);
    }

    @Test
    void aPageWithFewerReviewsThanTheImportReadsAheadIsImportedWhole() throws Exception {
        Path two = file("two.json", "{\"data\": [\n"
                + "{\"type\": \"customerReviews\", \"id\": \"a\", \"attributes\": {\"rating\": 4, \"territory\": \"NZL\"}},\n"
                + "{\"type\": \"customerReviews\", \"id\": \"b\", \"attributes\": {\"rating\": 2, \"territory\": \"AUS\"}}\n"
                + "], \"links\": {\"self\": \"https://api.appstoreconnect.apple.com/v1/apps/1/customerReviews\"}}");
        assertThat(importFile(two).imported()).isEqualTo(2);
        assertThat(all()).extracting(Feedback::segment).containsExactly("NZL", "AUS");
    }

    @Test
    void aPageWithNoReviewsIsRefusedAsHoldingNothingAndNothingIsWritten() throws Exception {
        Path empty = file("empty.json", "{\"data\": [], \"links\": {\"self\":"
                + " \"https://api.appstoreconnect.apple.com/v1/apps/1482093711/customerReviews?limit=200\"},"
                + " \"meta\": {\"paging\": {\"total\": 0, \"limit\": 200}}}");
        List<String> before = ws.dump();
        assertThatThrownBy(() -> importFile(empty)).isInstanceOf(AppException.class)
                .hasMessage("empty.json line 1: \"data\" holds no records (an empty array): there is nothing to import");
        assertThat(ws.dump()).isEqualTo(before);
    }

    @Test
    void aFileCutInsideAReviewIsRefusedWithItsLineAndNothingIsWritten() throws Exception {
        String text = Files.readString(sample());
        Path cut = file("cut.json", text.substring(0, text.indexOf("Froze at payment")));
        List<String> before = ws.dump();
        assertThatThrownBy(() -> importFile(cut)).isInstanceOf(AppException.class)
                .hasMessageStartingWith("cut.json line 31: ");
        assertThat(ws.dump()).isEqualTo(before);
    }
}
