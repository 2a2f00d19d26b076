package org.valuebench.io.feedback;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One Delighted survey response as named fields (the row of a table). A file can mix survey types, whose scores
 * are on different scales, so the score goes into a column of its type ("score (nps)", "score (csat)") and is
 * blank in the others; each can then be mapped to its own promise on its own scale. Unix times become ISO
 * date-times (UTC); each person property gets a column of its own, and each additional question one named
 * "additional answer: " and its text.
 */
final class DelightedResponse {
    static final String SCORE = "score";
    static final String PERSON = "person";
    static final String PERSON_EMAIL = "person.email";
    static final String PERSON_NAME = "person.name";
    static final String PROPERTY_PREFIX = "person_properties.";
    static final String ANSWER_PREFIX = "additional answer: ";
    /** The columns of a response's own fields; a person property of one of these names is prefixed. */
    static final Set<String> FIXED = Set.of("id", "survey_type", SCORE, "comment", "created_at", "updated_at", PERSON,
            PERSON_EMAIL, PERSON_NAME, "permalink", "tags");
    /** A survey type fit to name a column; anything else goes to the plain "score" column. */
    private static final Pattern TYPE = Pattern.compile("[a-z0-9_]{1,30}");
    private static final Pattern UNIX_SECONDS = Pattern.compile("-?\\d{1,12}");

    private DelightedResponse() {
    }

    /** The column a response of this survey type puts its score in. */
    static String scoreColumn(String surveyType) {
        String type = surveyType.strip().toLowerCase(Locale.ROOT);
        return TYPE.matcher(type).matches() ? SCORE + " (" + type + ")" : SCORE;
    }

    static Map<String, String> fields(JsonNode response, String place) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("id", JsonTableReader.text(response.get("id")));
        JsonNode type = response.get("survey_type");
        String typeText = JsonTableReader.text(type);
        fields.put("survey_type", typeText);
        fields.put(scoreColumn(type != null && type.isTextual() ? typeText : ""),
                JsonTableReader.text(response.get(SCORE)));
        fields.put("comment", JsonTableReader.text(response.get("comment")));
        fields.put("created_at", isoTime(response.get("created_at")));
        fields.put("updated_at", isoTime(response.get("updated_at")));
        person(response.get(PERSON), fields);
        fields.put("permalink", JsonTableReader.text(response.get("permalink")));
        fields.put("tags", list(response.get("tags")));
        JsonNode properties = response.get("person_properties");
        if (properties != null && properties.isObject()) {
            properties.fields().forEachRemaining(e -> fields.put(FIXED.contains(e.getKey())
                    ? PROPERTY_PREFIX + e.getKey() : e.getKey(), JsonTableReader.text(e.getValue())));
        } else if (properties != null && !properties.isNull()) {
            fields.put("person_properties", JsonTableReader.text(properties));
        }
        additionalAnswers(response.get("additional_answers"), fields);
        return fields;
    }

    /** The person's id, or with {@code expand[]=person} the person object: its id, email and name. */
    private static void person(JsonNode person, Map<String, String> fields) {
        if (person != null && person.isObject()) {
            fields.put(PERSON, JsonTableReader.text(person.get("id")));
            fields.put(PERSON_EMAIL, JsonTableReader.text(person.get("email")));
            fields.put(PERSON_NAME, JsonTableReader.text(person.get("name")));
        } else {
            fields.put(PERSON, JsonTableReader.text(person));
        }
    }

    private static void additionalAnswers(JsonNode answers, Map<String, String> fields) {
        if (answers == null || !answers.isArray()) {
            return;
        }
        for (JsonNode answer : answers) {
            JsonNode question = answer.path("question");
            String text = JsonTableReader.text(question.get("text")).strip();
            String name = ANSWER_PREFIX + (text.isEmpty() ? JsonTableReader.text(question.get("id")) : text);
            fields.putIfAbsent(name, answerValue(answer.path("value")));
        }
    }

    /** Whichever of the value's kinds was answered: free text, a scale's number, one choice or several. */
    private static String answerValue(JsonNode value) {
        if (!value.isObject()) {
            return JsonTableReader.text(value);
        }
        for (String kind : List.of("free_response", "scale", "select_one")) {
            JsonNode given = value.get(kind);
            if (given != null && !given.isNull()) {
                return given.isObject() && given.has("text") ? JsonTableReader.text(given.get("text"))
                        : JsonTableReader.text(given);
            }
        }
        return list(value.get("select_many"));
    }

    /** Tags or chosen answers as one text: their names or texts, joined by commas. */
    private static String list(JsonNode items) {
        if (items == null || !items.isArray()) {
            return JsonTableReader.text(items);
        }
        List<String> texts = new ArrayList<>();
        for (JsonNode item : items) {
            texts.add(item.isObject() ? JsonTableReader.text(item.has("text") ? item.get("text") : item.get("name"))
                    : JsonTableReader.text(item));
        }
        return String.join(", ", texts);
    }

    /**
     * Delighted's times are Unix seconds; they become ISO date-times in UTC, which the import reads. Anything else
     * (text that is not a number, an object) is kept as it is, for the row's checks to refuse with its row.
     */
    static String isoTime(JsonNode time) {
        String text = JsonTableReader.text(time).strip();
        boolean seconds = time != null && (time.isIntegralNumber() || time.isTextual())
                && UNIX_SECONDS.matcher(text).matches();
        if (!seconds) {
            return JsonTableReader.text(time);
        }
        // Twelve digits at most, well within Instant's range; a far year is left for the date check to refuse.
        return Instant.ofEpochSecond(Long.parseLong(text)).toString();
    }
}
