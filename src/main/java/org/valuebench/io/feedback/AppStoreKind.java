package org.valuebench.io.feedback;

import java.nio.file.Path;
import java.util.List;
import org.valuebench.domain.FeedbackFormat;
import org.valuebench.domain.FeedbackScale;
import org.valuebench.domain.FormatHints;
import org.valuebench.domain.SurveyColumn;
import org.valuebench.domain.Voice;

/**
 * App Store Connect's customer reviews: the response of {@code GET /v1/apps/{id}/customerReviews} saved to a
 * file, {@code {"data": [{"type": "customerReviews", "id": …, "attributes": {"rating": 5, …}}], "links": …,
 * "meta": …}}. Each element of {@code data} is a row ({@link AppStoreReviews} names the columns).
 */
final class AppStoreKind implements FeedbackFileKind {

    @Override
    public FeedbackFormat format() {
        return FeedbackFormat.APP_STORE;
    }

    /**
     * JSON with a {@code data} array that holds {@code "customerReviews"} records, or (a page with none) whose
     * links point at a {@code /customerReviews} list.
     */
    @Override
    public boolean recognises(FileHead head) {
        return head.isJson() && head.mentions("data")
                && (head.mentions(AppStoreReviews.TYPE) || head.text().contains("/" + AppStoreReviews.TYPE));
    }

    @Override
    public TabularReader open(Path file, String sheet) {
        return AppStoreReviews.open(file);
    }

    @Override
    public FormatHints hints(List<SurveyColumn> columns) {
        List<FormatHints.Rating> ratings = GooglePlayKind.has(columns, AppStoreReviews.RATING)
                ? List.of(FormatHints.Rating.of(AppStoreReviews.RATING, FeedbackScale.ONE_TO_FIVE)) : List.of();
        return new FormatHints(GooglePlayKind.named(columns, AppStoreReviews.DATE), "",
                GooglePlayKind.named(columns, AppStoreReviews.TERRITORY),
                GooglePlayKind.named(columns, AppStoreReviews.ID),
                GooglePlayKind.named(columns, AppStoreReviews.COMMENT), Voice.CUSTOMER, GooglePlayKind.CHANNEL, ratings,
                "App Store: star ratings 1–5 as given; the comment joins the review's title and body; the segment is"
                        + " the App Store territory, the respondent the review's id (App Store Connect gives no app"
                        + " version with a review)");
    }
}
