package org.valuebench.io;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.valuebench.domain.Limits;
import org.valuebench.domain.history.VersionCause;
import org.valuebench.io.LocatedJson.JsonArray;
import org.valuebench.io.LocatedJson.JsonNumber;
import org.valuebench.io.LocatedJson.JsonObject;
import org.valuebench.io.LocatedJson.JsonString;

/**
 * Reads the {@code history} block of a canvas file (format 5) and checks what can be checked here: fields, numbers
 * rising, causes, times, sizes, the content being base64. Whether a version's content is a canvas is checked when
 * it is stored (app.history), with the same path in the message.
 */
final class HistoryReader {
    static final String ITEM_IDS = "itemIds";
    static final String VERSIONS = "versions";
    static final String NUMBER = "number";
    static final String CAUSE = "cause";
    static final String AUTHOR = "author";
    static final String TAKEN_AT = "takenAt";
    static final String SUMMARY = "summary";
    static final String CONTENT = "content";
    /** A version's stored content is a few kilobytes; this bounds a hostile file, not a real canvas. */
    static final int MAX_CONTENT_BYTES = 8 * 1024 * 1024;
    static final int MAX_VERSIONS = 100_000;
    private static final Set<String> FIELDS = Set.of(ITEM_IDS, VERSIONS);
    private static final Set<String> VERSION_FIELDS = Set.of(NUMBER, CanvasJsonFormat.NAME, CAUSE, AUTHOR, TAKEN_AT,
            SUMMARY, CONTENT);
    private final JsonChecks json;

    HistoryReader(JsonChecks json) {
        this.json = json;
    }

    CanvasHistory read(LocatedJson value, int itemCount) {
        JsonObject history = json.object(value, "the canvas's history: an object with \"itemIds\" and \"versions\"");
        json.onlyFields(history, FIELDS, "the history");
        JsonArray ids = json.array(json.required(history, ITEM_IDS, "the items' ids"), "an array of item ids");
        if (ids.elements().size() != itemCount) {
            throw json.problem(ids, "expected one id for each of the file's " + itemCount + " items, found "
                    + ids.elements().size());
        }
        List<Long> itemIds = new ArrayList<>();
        for (LocatedJson id : ids.elements()) {
            itemIds.add(whole(id, "an item id", 1, Long.MAX_VALUE));
        }
        JsonArray array = json.array(json.required(history, VERSIONS, "the versions"), "an array of versions");
        if (array.elements().size() > MAX_VERSIONS) {
            throw json.problem(array, "expected at most " + MAX_VERSIONS + " versions, found "
                    + array.elements().size());
        }
        List<CanvasHistory.Version> versions = new ArrayList<>();
        int last = 0;
        for (LocatedJson element : array.elements()) {
            CanvasHistory.Version v = version(element);
            if (v.number() <= last) {
                throw json.problem(element, "expected the versions oldest first, each numbered above the one before ("
                        + last + "), found " + v.number());
            }
            last = v.number();
            versions.add(v);
        }
        return new CanvasHistory(itemIds, versions);
    }

    private CanvasHistory.Version version(LocatedJson value) {
        JsonObject v = json.object(value, "a version: an object with number, name, cause, takenAt and content");
        json.onlyFields(v, VERSION_FIELDS, "a version");
        int number = (int) whole(json.required(v, NUMBER, "the version's number"), "the version's number", 1,
                Integer.MAX_VALUE);
        String name = json.text(json.required(v, CanvasJsonFormat.NAME, "the version's name"), "the version's name",
                Limits.MAX_NAME, true);
        LocatedJson causeValue = json.required(v, CAUSE, "why the version was taken");
        String causeText = json.text(causeValue, "the cause", 64, true);
        VersionCause cause;
        try {
            cause = VersionCause.valueOf(causeText.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw json.problem(causeValue, "expected one of saved, workshop_started, workshop_finished, json_import,"
                    + " survey_import, vote_applied, restore, first_edit_of_day; found \"" + causeText + "\"");
        }
        String author = json.optionalText(v, AUTHOR, "the author", Limits.MAX_AUTHOR);
        LocatedJson takenValue = json.required(v, TAKEN_AT, "when the version was taken");
        Instant takenAt;
        try {
            takenAt = Instant.parse(json.text(takenValue, "a date and time", 64, true));
        } catch (DateTimeParseException e) {
            throw json.problem(takenValue, "expected a time such as \"2024-05-01T09:30:00Z\"");
        }
        String summary = json.optionalText(v, SUMMARY, "the summary", Limits.MAX_NOTES);
        LocatedJson contentValue = json.required(v, CONTENT, "the version's content");
        if (!(contentValue instanceof JsonString encoded)) {
            throw json.problem(contentValue, "expected the version's content as a base64 string, found "
                    + json.describe(contentValue));
        }
        if (encoded.value().length() > MAX_CONTENT_BYTES / 3 * 4 + 4) {
            throw json.problem(contentValue, "the version's content is larger than " + MAX_CONTENT_BYTES / (1024 * 1024)
                    + " MB; a version is far smaller");
        }
        byte[] content;
        try {
            content = Base64.getDecoder().decode(encoded.value());
        } catch (IllegalArgumentException e) {
            throw json.problem(contentValue, "expected the version's content as base64 (" + e.getMessage() + ")");
        }
        return new CanvasHistory.Version(number, name, cause, author, takenAt, summary, content);
    }

    private long whole(LocatedJson value, String what, long min, long max) {
        if (value instanceof JsonNumber number && number.isIntegral()
                && number.value().compareTo(BigDecimal.valueOf(min)) >= 0
                && number.value().compareTo(BigDecimal.valueOf(max)) <= 0) {
            return number.value().longValueExact();
        }
        throw json.problem(value, "expected " + what + " as a whole number from " + min + ", found "
                + json.describe(value));
    }
}
