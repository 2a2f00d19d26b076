package org.valuebench.io.feedback;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.valuebench.domain.MessageText;

/**
 * The columns of an App Store Connect {@code customerReviews} response: each review's id, its attributes
 * ({@code rating}, {@code title}, {@code body}, {@code reviewerNickname}, {@code createdDate}, {@code territory})
 * and {@value #COMMENT}, the title and body joined as "Title — Body" (a mapping has one comment column, and an
 * App Store title often says as much as the body). Relationships, links and meta are left out: they hold
 * addresses, not feedback. Every review gives every column, even blank, so the columns are the same for every
 * file. A page with no reviews is refused by {@link JsonTableReader}, as every JSON export with nothing in it is.
 */
final class AppStoreReviews {
    static final String TYPE = "customerReviews";
    static final String ID = "id";
    static final String RATING = "rating";
    static final String TITLE = "title";
    static final String BODY = "body";
    static final String NICKNAME = "reviewerNickname";
    static final String DATE = "createdDate";
    static final String TERRITORY = "territory";
    static final String COMMENT = "review";

    private AppStoreReviews() {
    }

    static TabularReader open(Path file) {
        return JsonTableReader.open(file, List.of("data"), AppStoreReviews::fields);
    }

    /**
     * One review's fields. A record of another type (a page of review responses saved by mistake) or with
     * attributes that are not an object is refused, naming where; a wrong value inside (a rating "five") is left
     * for the import to refuse with its row.
     */
    static Map<String, String> fields(JsonNode review, String place) {
        JsonNode type = review.path("type");
        if (!type.isMissingNode() && !TYPE.equals(type.asText())) {
            throw new FeedbackFormatException(place + ": a record of type " + MessageText.quote(JsonTableReader
                    .text(type)) + ", not a customer review (\"" + TYPE + "\")");
        }
        JsonNode attributes = review.path("attributes");
        if (!attributes.isMissingNode() && !attributes.isNull() && !attributes.isObject()) {
            throw new FeedbackFormatException(place + ": the review's \"attributes\" are not an object");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(ID, JsonTableReader.text(review.get(ID)));
        for (String name : List.of(RATING, TITLE, BODY, NICKNAME, DATE, TERRITORY)) {
            fields.put(name, JsonTableReader.text(attributes.get(name)));
        }
        fields.put(COMMENT, comment(fields.get(TITLE).strip(), fields.get(BODY).strip()));
        return fields;
    }

    static String comment(String title, String body) {
        return title.isEmpty() ? body : body.isEmpty() ? title : title + GooglePlayReviewsReader.DASH + body;
    }
}
