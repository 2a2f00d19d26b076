package org.valuebench.io.feedback;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.valuebench.domain.MessageText;

/**
 * One response of Qualtrics's JSON export ({@code {"responses": [{"responseId": ..., "values": {...}, "labels":
 * {...}, ...}]}}) as named fields: {@code responseId}, then every key of {@code values} as it stands
 * ({@code startDate}, {@code status}, {@code finished}, {@code recordedDate}, {@code QID1}, {@code QID2_TEXT}
 * ...). These keys are the import ids the CSV export writes in its third header row, so a mapping that names
 * columns by import id reads both files alike. Values are the recoded numbers (the CSV's "numeric values");
 * a multiple answer's list is joined by ", ". Where the response has a label for a value (a choice's text,
 * "IP Address" for status 0) it follows in a column named {@code KEY (label)}, e.g. {@code QID3 (label)}.
 *
 * <p>The fields Qualtrics itself writes are checked for their type (dates and the response id are texts,
 * status and finished are numbers), so a damaged file is refused with its line instead of being misread.
 */
final class QualtricsJsonFlattener implements JsonTableReader.Flattener {
    /** Added to a value's key to name the column of its label: {@code QID3 (label)}. */
    static final String LABEL = " (label)";
    private static final Set<String> DATES = Set.of("startDate", "endDate", "recordedDate");

    @Override
    public Map<String, String> fields(JsonNode response, String place) {
        Map<String, String> fields = new LinkedHashMap<>();
        JsonNode id = response.get("responseId");
        if (id != null && !id.isNull() && !id.isTextual()) {
            throw new FeedbackFormatException(place + ": \"responseId\" is " + TypeformFlattener.kind(id)
                    + ", not a text such as \"R_1abc\"");
        }
        JsonNode values = response.get("values");
        if (values == null || !values.isObject()) {
            throw new FeedbackFormatException(place + ": the response has " + (values == null ? "no \"values\""
                    : "\"values\" that is " + TypeformFlattener.kind(values) + ", not an object") + "; Qualtrics's"
                    + " JSON export holds each response's answers in \"values\"");
        }
        String responseId = id == null || id.isNull() ? JsonTableReader.text(values.get("_recordId")) : id.asText();
        fields.put("responseId", responseId);
        String where = place + " (response " + MessageText.quote(responseId) + ")";
        JsonNode labels = response.path("labels");
        for (Map.Entry<String, JsonNode> e : values.properties()) {
            fields.put(e.getKey(), value(e.getKey(), e.getValue(), where));
            JsonNode label = labels.get(e.getKey());
            if (label != null && !label.isNull()) {
                // The choice's text beside its recoded number, e.g. for a segment named by its answer.
                fields.put(e.getKey() + LABEL, label.isArray() ? joined(label) : JsonTableReader.text(label));
            }
        }
        return fields;
    }

    private static String value(String key, JsonNode value, String where) {
        if (value.isNull()) {
            return "";
        }
        if (DATES.contains(key) && !value.isTextual()) {
            throw refused(key, value, "a date-time text such as \"2024-03-05T10:17:02Z\"", where);
        }
        if (key.equals("status") && !(value.isIntegralNumber() || value.isTextual())) {
            throw refused(key, value, "a response type code such as 0 (IP Address) or 1 (Survey Preview)", where);
        }
        if (key.equals("finished") && !(value.isIntegralNumber() || value.isBoolean() || value.isTextual())) {
            throw refused(key, value, "1 (finished) or 0", where);
        }
        return value.isArray() ? joined(value) : JsonTableReader.text(value);
    }

    private static String joined(JsonNode list) {
        List<String> parts = new ArrayList<>();
        list.forEach(part -> parts.add(JsonTableReader.text(part)));
        return String.join(", ", parts);
    }

    private static FeedbackFormatException refused(String key, JsonNode value, String expected, String where) {
        return new FeedbackFormatException(where + ": \"" + key + "\" is " + TypeformFlattener.kind(value)
                + ", expected " + expected);
    }
}
