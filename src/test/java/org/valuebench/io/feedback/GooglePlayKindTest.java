package org.valuebench.io.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.valuebench.io.feedback.AppReviewSamples.rows;
import static org.valuebench.io.feedback.AppReviewSamples.sample;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuebench.domain.FeedbackFormat;
import org.valuebench.domain.FeedbackScale;
import org.valuebench.domain.FormatHints;
import org.valuebench.domain.SurveyPreview;
import org.valuebench.domain.Voice;

/** Google Play Console's reviews export: told from its header, read in UTF-16, its title, text and version joined. */
class GooglePlayKindTest {
    private static final Path SAMPLE = sample("google-play-reviews.csv");

    @TempDir
    Path dir;

    private Path copy(String name) throws Exception {
        return Files.copy(SAMPLE, dir.resolve(name));
    }

    @Test
    void theSampleIsUtf16LittleEndianWithAByteOrderMarkAndCrlfAsPlayConsoleWritesIt() throws Exception {
        byte[] bytes = Files.readAllBytes(SAMPLE);
        assertThat(Arrays.copyOf(bytes, 2)).containsExactly(0xFF, 0xFE);
        String text = new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        assertThat(text).startsWith("Package Name,App Version Code,App Version Name,Reviewer Language,Device,"
                + "Review Submit Date and Time,Review Submit Millis Since Epoch,Review Last Update Date and Time,"
                + "Review Last Update Millis Since Epoch,Star Rating,Review Title,Review Text,"
                + "Developer Reply Date and Time,Developer Reply Millis Since Epoch,Developer Reply Text,Review Link\r\n");
    }

    @Test
    void isToldFromItsHeaderWhateverTheFileIsCalledAndInWhicheverEncoding() throws Exception {
        assertThat(FeedbackFormats.detect(SAMPLE)).isEqualTo(FeedbackFormat.GOOGLE_PLAY);
        assertThat(FeedbackFormats.detect(copy("reviews_com.example.cornershop_202403.txt")))
                .isEqualTo(FeedbackFormat.GOOGLE_PLAY);
        Path utf8 = dir.resolve("resaved.csv");
        Files.writeString(utf8, Files.readString(SAMPLE, StandardCharsets.UTF_16), StandardCharsets.UTF_8);
        assertThat(FeedbackFormats.detect(utf8)).isEqualTo(FeedbackFormat.GOOGLE_PLAY);
        Path quoted = dir.resolve("quoted.csv");
        Files.writeString(quoted, "\"Package Name\",\"Star Rating\",\"Review Text\"\ncom.example,4,Fine\n");
        assertThat(FeedbackFormats.detect(quoted)).isEqualTo(FeedbackFormat.GOOGLE_PLAY);
        Path other = dir.resolve("long.csv");
        Files.writeString(other, "promise,score\nLow prices,4\n");
        assertThat(FeedbackFormats.detect(other)).isEqualTo(FeedbackFormat.CSV);
    }

    @Test
    void readsEveryReviewWithTheCommentColumnAddedAtTheEnd() {
        List<List<String>> rows = rows(SAMPLE);
        assertThat(rows).hasSize(9);
        assertThat(rows.get(0)).hasSize(17).startsWith("Package Name").endsWith("Review Link", "Review comment");
        assertThat(rows.get(1).get(9)).isEqualTo("5");
        assertThat(rows.get(1).get(5)).isEqualTo("2024-03-02T08:15:42Z");
        assertThat(rows.get(1).get(16)).isEqualTo("Scan and go at the till is so quick, in and out in two minutes."
                + " [app version 4.1.2]");
        // An older review with a title: title and text joined, quotes undoubled.
        assertThat(rows.get(3).get(16)).isEqualTo("Schnell \u2014 Bezahlen geht schnell, aber die Suche findet"
                + " \"Hafermilch\" nicht. [app version 4.0.9]");
        // Stars without words: no comment, and no version note on its own.
        assertThat(rows.get(4).get(9)).isEqualTo("5");
        assertThat(rows.get(4).get(16)).isEmpty();
        assertThat(rows.get(5).get(16)).isEqualTo("Pratique, mais le paiement échoue parfois.\nIl faut recommencer."
                + " [app version 4.1.3]");
        assertThat(rows.get(7).get(16)).contains("👍");
    }

    @Test
    void hintsTheStarRatingOnOneToFiveTheDateTheLanguageAsSegmentAndTheJoinedComment() {
        SurveyPreview preview = FeedbackSources.preview(SAMPLE, 5, 0);
        assertThat(preview.format()).isEqualTo(FeedbackFormat.GOOGLE_PLAY);
        assertThat(preview.headerRows()).isEqualTo(1);
        assertThat(preview.rows()).hasSize(5);
        FormatHints hints = preview.hints();
        assertThat(hints.ratings()).containsExactly(FormatHints.Rating.of("Star Rating", FeedbackScale.ONE_TO_FIVE));
        assertThat(hints.dateColumn()).isEqualTo("Review Submit Date and Time");
        assertThat(hints.dateFormat()).isEmpty();
        assertThat(hints.segmentColumn()).isEqualTo("Reviewer Language");
        assertThat(hints.respondentColumn()).isEmpty();
        assertThat(hints.commentColumn()).isEqualTo("Review comment");
        assertThat(hints.voice()).isEqualTo(Voice.CUSTOMER);
        assertThat(hints.channel()).isEqualTo("app store");
        assertThat(hints.rule()).contains("1–5", "language");
    }

    @Test
    void utf16WithoutAByteOrderMarkIsRefusedNamingTheEncodingsReadEvenWhenTheFormatIsForced() throws Exception {
        byte[] bytes = Files.readAllBytes(SAMPLE);
        Path noMark = dir.resolve("no-bom.csv");
        Files.write(noMark, Arrays.copyOfRange(bytes, 2, bytes.length));
        assertThatThrownBy(() -> rows(noMark)).isInstanceOf(FeedbackFormatException.class)
                .hasMessageContaining("no-bom.csv looks like UTF-16 text without a byte order mark")
                .hasMessageContaining(TextEncoding.OPTIONS);
        assertThatThrownBy(() -> FeedbackSources.preview(noMark, FeedbackFormat.GOOGLE_PLAY, "", 5, 0))
                .isInstanceOf(FeedbackFormatException.class).hasMessageContaining(TextEncoding.OPTIONS);
    }

    @Test
    void aFileCutInsideAQuotedFieldIsRefusedWithItsLine() throws Exception {
        String text = Files.readString(SAMPLE, StandardCharsets.UTF_16);
        Path cut = dir.resolve("cut.csv");
        Files.writeString(cut, text.substring(0, text.indexOf("Pratique") + 20), StandardCharsets.UTF_16);
        assertThat(FeedbackFormats.detect(cut)).isEqualTo(FeedbackFormat.GOOGLE_PLAY);
        assertThatThrownBy(() -> rows(cut)).isInstanceOf(FeedbackFormatException.class)
                .hasMessageStartingWith("cut.csv line 6: ");
    }

    @Test
    void anOlderHeaderWithoutTitleOrTextIsLeftAsItIsAndAFileWithoutStarRatingsIsRefused() throws Exception {
        Path plain = dir.resolve("plain.csv");
        Files.writeString(plain, "Star Rating,Device\n4,oriole\n");
        try (TabularReader reader = FeedbackFormats.kind(plain, FeedbackFormat.GOOGLE_PLAY).open(plain, "")) {
            assertThat(reader.next()).containsExactly("Star Rating", "Device");
            assertThat(reader.next()).containsExactly("4", "oriole");
        }
        Path json = Files.copy(sample("app-store-reviews.json"), dir.resolve("apple.json"));
        assertThatThrownBy(() -> FeedbackSources.preview(json, FeedbackFormat.GOOGLE_PLAY, "", 5, 0))
                .isInstanceOf(FeedbackFormatException.class)
                .hasMessage("apple.json is not a Google Play reviews export: its header has no 'Star Rating' column"
                        + " (it starts '{')");
    }

    @Test
    void theCommentJoinsWhatTheCustomerWrote() {
        assertThat(GooglePlayReviewsReader.comment("", "", "4.1")).isEmpty();
        assertThat(GooglePlayReviewsReader.comment("Title", "", "")).isEqualTo("Title");
        assertThat(GooglePlayReviewsReader.comment("", "Text", "4.1")).isEqualTo("Text [app version 4.1]");
        assertThat(GooglePlayReviewsReader.comment("Title", "Text", "")).isEqualTo("Title \u2014 Text");
    }
}
