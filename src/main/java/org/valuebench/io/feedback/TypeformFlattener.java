package org.valuebench.io.feedback;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.valuebench.domain.MessageText;

/**
 * One Typeform response (an element of {@code items} in {@code GET /forms/{form_id}/responses}) as named
 * fields: {@code response_id}, {@code submitted_at}, {@code landed_at}, then one field per answer named by the
 * question's {@code ref} (set by the form's author; its id where it has none), the hidden fields as
 * {@code hidden.NAME}, and {@code calculated.score}. The API's file holds no question titles.
 *
 * <p>An answer's value sits under the key its {@code type} names: numbers (opinion scale, rating, NPS, number)
 * as numbers, a choice as its label, several choices as their labels joined by ", ", yes/no as true or false,
 * texts, e-mails, dates, URLs and phone numbers as they are. A value of another type than its answer says is
 * refused with the response's line: the file is damaged or not Typeform's.
 */
final class TypeformFlattener implements JsonTableReader.Flattener {
    private static final Set<String> TEXT_TYPES = Set.of("text", "email", "date", "url", "file_url", "phone_number");

    @Override
    public Map<String, String> fields(JsonNode item, String place) {
        Map<String, String> fields = new LinkedHashMap<>();
        String id = text(item, "response_id", place);
        fields.put("response_id", id.isEmpty() ? text(item, "token", place) : id);
        String submitted = text(item, "submitted_at", place);
        // Older API versions write a response never submitted with Go's zero time: not a date, and never a date
        // to import.
        fields.put("submitted_at", submitted.equals(ResponseStatus.TYPEFORM_NEVER) ? "" : submitted);
        fields.put("landed_at", text(item, "landed_at", place));
        if (item.has("response_type")) {
            fields.put("response_type", text(item, "response_type", place));
        }
        String where = place + " (response " + MessageText.quote(fields.get("response_id")) + ")";
        JsonNode answers = item.get("answers");
        if (answers != null && !answers.isNull()) {
            if (!answers.isArray()) {
                throw new FeedbackFormatException(where + ": \"answers\" is " + kind(answers) + ", not a list");
            }
            int n = 0;
            for (JsonNode answer : answers) {
                n++;
                answer(answer, where + ", answer " + n, fields);
            }
        }
        JsonNode hidden = item.get("hidden");
        if (hidden != null && !hidden.isNull()) {
            if (!hidden.isObject()) {
                throw new FeedbackFormatException(where + ": \"hidden\" is " + kind(hidden) + ", not an object");
            }
            hidden.properties().forEach(e -> fields.put("hidden." + e.getKey(), JsonTableReader.text(e.getValue())));
        }
        JsonNode calculated = item.path("calculated").path("score");
        if (calculated.isNumber()) {
            fields.put("calculated.score", JsonTableReader.text(calculated));
        }
        return fields;
    }

    private static void answer(JsonNode answer, String where, Map<String, String> fields) {
        if (!answer.isObject()) {
            throw new FeedbackFormatException(where + " is " + kind(answer) + ", not an object");
        }
        JsonNode field = answer.path("field");
        String column = field.path("ref").isTextual() && !field.path("ref").asText().isBlank()
                ? field.path("ref").asText() : field.path("id").asText("");
        if (column.isBlank()) {
            throw new FeedbackFormatException(where + " names no question (its \"field\" has no \"ref\" or \"id\")");
        }
        String named = where + " (question " + MessageText.quote(column) + ")";
        JsonNode type = answer.get("type");
        if (type == null || !type.isTextual()) {
            throw new FeedbackFormatException(named + " has no \"type\" saying what kind of answer it is");
        }
        fields.put(column, value(answer, type.asText(), named));
    }

    private static String value(JsonNode answer, String type, String where) {
        JsonNode value = answer.get(type);
        if (value == null || value.isNull()) {
            if (isKnown(type)) {
                throw new FeedbackFormatException(where + " is of type " + type + " but has no \"" + type + "\"");
            }
            return "";
        }
        switch (type) {
            case "number" -> {
                return expect(value.isNumber(), value, "a number", where);
            }
            case "boolean" -> {
                return expect(value.isBoolean(), value, "true or false", where);
            }
            case "choice" -> {
                if (!value.isObject()) {
                    return expect(false, value, "an object with a \"label\"", where);
                }
                JsonNode label = value.has("label") ? value.get("label") : value.get("other");
                return expect(label != null && label.isTextual(), label, "a label", where);
            }
            case "choices" -> {
                return choices(value, where);
            }
            default -> {
                if (TEXT_TYPES.contains(type)) {
                    return expect(value.isTextual(), value, "a text", where);
                }
                // A kind of answer newer than this reader: its value as text, so no file is refused for it.
                return JsonTableReader.text(value);
            }
        }
    }

    private static String choices(JsonNode value, String where) {
        JsonNode labels = value.path("labels");
        if (!value.isObject() || !(labels.isArray() || labels.isMissingNode())) {
            return expect(false, value, "an object with a list of \"labels\"", where);
        }
        List<String> chosen = new ArrayList<>();
        for (JsonNode label : labels) {
            chosen.add(expect(label.isTextual(), label, "a label", where));
        }
        JsonNode other = value.get("other");
        if (other != null && !other.isNull()) {
            chosen.add(expect(other.isTextual(), other, "a text", where));
        }
        return String.join(", ", chosen);
    }

    private static boolean isKnown(String type) {
        return TEXT_TYPES.contains(type) || Set.of("number", "boolean", "choice", "choices").contains(type);
    }

    private static String expect(boolean ok, JsonNode value, String expected, String where) {
        if (!ok) {
            throw new FeedbackFormatException(where + ": expected " + expected + ", found " + kind(value));
        }
        return JsonTableReader.text(value);
    }

    /** A field that must be text, or absent. */
    private static String text(JsonNode item, String key, String place) {
        JsonNode value = item.get(key);
        if (value == null || value.isNull()) {
            return "";
        }
        if (!value.isTextual()) {
            throw new FeedbackFormatException(place + ": \"" + key + "\" is " + kind(value) + ", not a text");
        }
        return value.asText();
    }

    /** What a JSON value is, for messages: "the number 4", "an object", "the text 'four'". */
    static String kind(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return "nothing";
        }
        if (value.isObject()) {
            return "an object";
        }
        if (value.isArray()) {
            return "a list";
        }
        if (value.isTextual()) {
            return "the text " + MessageText.quote(MessageText.cut(value.asText()));
        }
        if (value.isNumber()) {
            return "the number " + JsonTableReader.text(value);
        }
        return value.isBoolean() ? value.asText() : value.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }
}
