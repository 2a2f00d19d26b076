package org.valuebench.app.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.valuebench.app.FeedbackTestWorkspace.fixture;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
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

/** A Google Play Console reviews export imported into a real workspace through a mapping of its star rating. */
class GooglePlayReviewsImportTest {
    @TempDir
    Path dir;

    private FeedbackTestWorkspace ws;
    private SurveyMapping mapping;

    @BeforeEach
    void open() {
        ws = new FeedbackTestWorkspace(dir);
        mapping = ws.feedback.readMapping(fixture("google-play-reviews.mapping.json"));
    }

    @AfterEach
    void close() {
        ws.close();
    }

    static Path sample() {
        try {
            return Path.of(GooglePlayReviewsImportTest.class.getResource("/feedback-samples/google-play-reviews.csv")
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

    /** The sample's text with one review's star rating replaced, written back as Play writes it. */
    private Path withRating(String name, String rating) throws Exception {
        String text = Files.readString(sample(), StandardCharsets.UTF_16);
        Path file = dir.resolve(name);
        Files.write(file, ("\uFEFF" + text.replace("1710001377000,5,", "1710001377000," + rating + ","))
                .getBytes(StandardCharsets.UTF_16LE));
        return file;
    }

    @Test
    void importsEveryReviewOfTheSampleAsACustomerRecordFromTheAppStore() {
        ImportOutcome outcome = importFile(sample());
        assertThat(outcome.imported()).isEqualTo(8);
        assertThat(outcome.report().hasProblems()).isFalse();
        assertThat(outcome.stored().fileName()).isEqualTo("google-play-reviews.csv");
        List<Feedback> records = all();
        assertThat(records).extracting(Feedback::score).containsExactly(5.0, 2.0, 4.0, 5.0, 3.0, 1.0, 4.0, 5.0);
        assertThat(records).extracting(Feedback::promiseItemId).containsOnly(ws.promise("Quick checkout"));
        assertThat(records).extracting(Feedback::scale).containsOnly(FeedbackScale.ONE_TO_FIVE);
        assertThat(records).extracting(Feedback::voice).containsOnly(Voice.CUSTOMER);
        assertThat(records).extracting(Feedback::channel).containsOnly("app store");
        assertThat(records).extracting(Feedback::segment).containsExactly("en", "en_GB", "de", "en", "fr", "en", "es",
                "en_US");
        Feedback first = records.get(0);
        assertThat(first.date()).isEqualTo(LocalDate.of(2024, 3, 2));
        assertThat(first.respondent()).isEmpty();
        assertThat(first.comment()).isEqualTo("Scan and go at the till is so quick, in and out in two minutes."
                + " [app version 4.1.2]");
        assertThat(records.get(2).comment()).startsWith("Schnell \u2014 Bezahlen");
        assertThat(records.get(3).comment()).isEmpty();
    }

    @Test
    void theExportIsToldFromItsContentUnderAnyName() throws Exception {
        Path txt = Files.copy(sample(), dir.resolve("reviews_com.example.cornershop_202403.txt"));
        assertThat(importFile(txt).imported()).isEqualTo(8);
        assertThat(ws.feedback.preview(txt, 3, 0).format()).isEqualTo(FeedbackFormat.GOOGLE_PLAY);
    }

    @Test
    void aStarRatingThatIsNotANumberOrOutsideOneToFiveIsRefusedWithItsRowAndNothingIsWritten() throws Exception {
        List<String> before = ws.dump();
        FeedbackImportRejectedException words = catchThrowableOfType(FeedbackImportRejectedException.class,
                () -> importFile(withRating("five.csv", "five")));
        assertThat(words.getMessage()).contains("1 of 8 records are invalid, so nothing was imported");
        assertThat(words.report().lines()).containsExactly(
                "row 5, question 'Star Rating': score 'five' is not a number");
        FeedbackImportRejectedException six = catchThrowableOfType(FeedbackImportRejectedException.class,
                () -> importFile(withRating("six.csv", "6")));
        assertThat(six.report().lines()).containsExactly(
                "row 5, question 'Star Rating': score 6 is outside the scale 1-5");
        assertThat(ws.dump()).isEqualTo(before);
    }

    @Test
    void aFileCutInsideAQuotedReviewOrInUtf16WithoutAByteOrderMarkIsRefusedAndNothingIsWritten() throws Exception {
        List<String> before = ws.dump();
        String text = Files.readString(sample(), StandardCharsets.UTF_16);
        Path cut = dir.resolve("cut.csv");
        Files.write(cut, ("\uFEFF" + text.substring(0, text.indexOf("Pratique") + 20)).getBytes(StandardCharsets.UTF_16LE));
        assertThatThrownBy(() -> importFile(cut)).isInstanceOf(AppException.class).hasMessageStartingWith("cut.csv line 6: ");

        byte[] bytes = Files.readAllBytes(sample());
        Path noMark = dir.resolve("no-mark.csv");
        Files.write(noMark, Arrays.copyOfRange(bytes, 2, bytes.length));
        assertThatThrownBy(() -> importFile(noMark)).isInstanceOf(AppException.class)
                .hasMessageContaining("no-mark.csv looks like UTF-16 text without a byte order mark")
                .hasMessageContaining("ValueBench reads UTF-8 (with or without a byte order mark) and UTF-16 or UTF-32"
                        + " with a byte order mark");
        assertThat(ws.dump()).isEqualTo(before);
    }
}
