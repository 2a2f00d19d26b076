package org.valuebench.io.feedback;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.valuebench.domain.FeedbackChannels;
import org.valuebench.domain.FeedbackFormat;
import org.valuebench.domain.FeedbackScale;
import org.valuebench.domain.FormatHints;
import org.valuebench.domain.SurveyColumn;
import org.valuebench.domain.Voice;

/**
 * Zendesk's satisfaction ratings (legacy CSAT), as {@code GET /api/v2/satisfaction_ratings} answers them: an
 * object whose {@code satisfaction_ratings} array holds one rating per solved ticket. A rating's {@code score} is
 * "good" or "bad" once the customer answered, and "offered" or "unoffered" while they have not; those two become
 * blank, so the survey mapping skips them as unanswered rather than refusing them.
 */
final class ZendeskKind implements FeedbackFileKind {
    static final String ARRAY = "satisfaction_ratings";
    static final String SCORE = "score";
    /** The two answers on the 1-5 scale: the best and the worst, as nothing in between was offered. */
    static final Map<String, Double> ANSWERS = Map.of("good", 5.0, "bad", 1.0);
    static final String RULE = "Zendesk ratings are good or bad: good counts as 5 and bad as 1 on the 1-5 scale;"
            + " offered and unoffered ratings (the customer gave no answer) are skipped";
    /** The documented fields, in the order the columns show them; any others follow. */
    private static final List<String> FIELDS = List.of("id", "ticket_id", SCORE, "comment", "reason", "reason_code",
            "group_id", "assignee_id", "requester_id", "created_at", "updated_at", "url");
    private static final Set<String> NO_ANSWER = Set.of("offered", "unoffered");

    @Override
    public FeedbackFormat format() {
        return FeedbackFormat.ZENDESK;
    }

    @Override
    public boolean recognises(FileHead head) {
        return head.text().stripLeading().startsWith("{") && head.mentions(ARRAY);
    }

    @Override
    public TabularReader open(Path file, String sheet) {
        return JsonTableReader.open(file, List.of(ARRAY), ZendeskKind::fields);
    }

    /** One rating's fields: the documented ones always (blank when missing), so every file has the same columns. */
    static Map<String, String> fields(JsonNode rating, String place) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String name : FIELDS) {
            fields.put(name, name.equals(SCORE) ? score(rating.get(SCORE)) : JsonTableReader.text(rating.get(name)));
        }
        rating.fields().forEachRemaining(e -> fields.putIfAbsent(e.getKey(), JsonTableReader.text(e.getValue())));
        return fields;
    }

    /**
     * Offered and unoffered mean no answer yet: blank. Anything else is kept as it is, so an unknown score ("great",
     * a number, an object) reaches the row's checks and is refused there with its row.
     */
    private static String score(JsonNode score) {
        String text = JsonTableReader.text(score);
        return score != null && score.isTextual() && NO_ANSWER.contains(text.strip().toLowerCase(Locale.ROOT)) ? ""
                : text;
    }

    @Override
    public FormatHints hints(List<SurveyColumn> columns) {
        List<FormatHints.Rating> ratings = has(columns, SCORE)
                ? List.of(new FormatHints.Rating(SCORE, FeedbackScale.ONE_TO_FIVE, ANSWERS)) : List.of();
        return new FormatHints(present(columns, "created_at"), "", present(columns, "group_id"),
                present(columns, "requester_id"), present(columns, "comment"), Voice.CUSTOMER,
                FeedbackChannels.SUPPORT_TICKET, ratings, RULE);
    }

    private static boolean has(List<SurveyColumn> columns, String label) {
        return columns.stream().anyMatch(c -> c.label().equals(label));
    }

    /** The column's label when the file has it, else blank (no hint). */
    private static String present(List<SurveyColumn> columns, String label) {
        return has(columns, label) ? label : "";
    }
}
