package org.valuebench.io;

import static org.valuebench.domain.MessageText.quote;
import static org.valuebench.io.CanvasJsonFormat.*;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.valuebench.domain.Feedback;
import org.valuebench.domain.FeedbackChannels;
import org.valuebench.domain.FeedbackDates;
import org.valuebench.domain.FeedbackScale;
import org.valuebench.domain.Item;
import org.valuebench.domain.SectionGroup;
import org.valuebench.domain.Voice;
import org.valuebench.io.LocatedJson.JsonArray;
import org.valuebench.io.LocatedJson.JsonNull;
import org.valuebench.io.LocatedJson.JsonNumber;
import org.valuebench.io.LocatedJson.JsonObject;
import org.valuebench.io.LocatedJson.JsonString;

/** Reads the "feedback" of a canvas file: records on the canvas's promises, each score inside its scale. */
final class FeedbackRecordsReader {
    private static final Set<String> FEEDBACK_FIELDS = Set.of(FEEDBACK_PROMISE, SCORE, SCALE, EXPECTATION, VOICE,
            CHANNEL, FEEDBACK_SEGMENT, DATE, RESPONDENT, COMMENT);

    private final JsonChecks json;
    private final ItemKeys keys;

    FeedbackRecordsReader(JsonChecks json, ItemKeys keys) {
        this.json = json;
        this.keys = keys;
    }

    /** The feedback records; files of version 1 predate them and may only hold an empty array. */
    List<Feedback> read(LocatedJson value, int version) {
        JsonArray array = json.array(value, "an array of feedback records, each {\"promise\": KEY, \"score\": NUMBER, ...}");
        if (version < FEEDBACK_SINCE && !array.elements().isEmpty()) {
            throw json.problem(array, "a file of schemaVersion " + version + " cannot hold feedback records ("
                    + array.elements().size() + " found); expected \"schemaVersion\": " + FEEDBACK_SINCE
                    + " or higher for a file with feedback");
        }
        List<Feedback> records = new ArrayList<>(array.elements().size());
        for (LocatedJson element : array.elements()) {
            records.add(record(element));
        }
        return records;
    }

    private Feedback record(LocatedJson value) {
        JsonObject record = json.object(value, "a feedback record: an object with at least \"promise\" and \"score\"");
        json.onlyFields(record, FEEDBACK_FIELDS, "a feedback record");
        Item promise = promise(json.required(record, FEEDBACK_PROMISE, "the key of the promise the feedback is on"));
        FeedbackScale scale = json.optional(record, SCALE).map(this::scale).orElse(FeedbackScale.ONE_TO_FIVE);
        double score = score(json.required(record, SCORE, "the score"), "score", scale);
        Double expectation = json.optional(record, EXPECTATION).filter(v -> !(v instanceof JsonNull))
                .map(v -> score(v, "expectation", scale)).orElse(null);
        Voice voice = json.optional(record, VOICE).map(this::voice).orElse(Voice.CUSTOMER);
        String channel = json.optionalText(record, CHANNEL, "the channel", FeedbackChannels.MAX_LENGTH);
        String segment = json.optionalText(record, FEEDBACK_SEGMENT, "the segment", Feedback.MAX_SEGMENT);
        LocalDate date = json.optional(record, DATE).filter(v -> !(v instanceof JsonNull)).map(this::date).orElse(null);
        String respondent = json.optionalText(record, RESPONDENT, "the respondent", Feedback.MAX_RESPONDENT);
        String comment = json.optionalText(record, COMMENT, "the comment", Feedback.MAX_COMMENT);
        return json.domain(record, () -> new Feedback(0, 0, promise.id(), score, scale, expectation, voice, channel,
                segment, date, respondent, comment, null));
    }

    private Item promise(LocatedJson value) {
        Item item = keys.linked(value, SectionGroup.OFFERING, "a promise (an offering item with \"promise\": true)");
        if (!item.promise()) {
            throw json.problem(value, quote(((JsonString) value).value()) + " is " + ItemKeys.article(item.section())
                    + " item that is not a promise; feedback is given on promises, so expected the key of an"
                    + " offering item with \"promise\": true");
        }
        return item;
    }

    private FeedbackScale scale(LocatedJson value) {
        if (value instanceof JsonString name) {
            for (FeedbackScale scale : FeedbackScale.values()) {
                if (scale.label().equals(name.value())) {
                    return scale;
                }
            }
        }
        throw json.problem(value, "expected the scale, one of " + FeedbackScale.labels() + "; found " + json.describe(value));
    }

    private double score(LocatedJson value, String what, FeedbackScale scale) {
        if (value instanceof JsonNumber number) {
            double score = number.value().doubleValue();
            if (scale.contains(score)) {
                return score;
            }
        }
        throw json.problem(value, "expected the " + what + " as a number from " + scale.min() + " to " + scale.max()
                + " (the record's scale is " + scale.label() + "), found " + json.describe(value));
    }

    private Voice voice(LocatedJson value) {
        if (value instanceof JsonString name) {
            for (Voice voice : Voice.values()) {
                if (voice.label().equals(name.value())) {
                    return voice;
                }
            }
        }
        throw json.problem(value, "expected the voice, one of " + Arrays.stream(Voice.values()).map(Voice::label)
                .collect(Collectors.joining(", ")) + "; found " + json.describe(value));
    }

    private LocalDate date(LocatedJson value) {
        if (value instanceof JsonString text && text.value().matches("\\d{4}-\\d{2}-\\d{2}")) {
            LocalDate date;
            try {
                date = LocalDate.parse(text.value());
            } catch (DateTimeParseException e) {
                throw json.problem(value, "expected a date such as \"2024-05-01\", or null; \"" + text.value()
                        + "\" is not a day of the calendar");
            }
            if (!FeedbackDates.plausible(date)) {
                throw json.problem(value, "expected a date from " + FeedbackDates.EARLIEST + " to " + FeedbackDates.LATEST
                        + ", or null; \"" + text.value() + "\" is " + FeedbackDates.range());
            }
            return date;
        }
        throw json.problem(value, "expected a date such as \"2024-05-01\", or null; found " + json.describe(value));
    }
}
