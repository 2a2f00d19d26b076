package org.valuebench.io;

import static org.valuebench.domain.MessageText.quote;
import static org.valuebench.io.CanvasJsonFormat.*;

import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.valuebench.domain.Canvas;
import org.valuebench.domain.CanvasContent;
import org.valuebench.domain.ColourTag;
import org.valuebench.domain.Factor;
import org.valuebench.domain.FactorLink;
import org.valuebench.domain.Feedback;
import org.valuebench.domain.FeedbackChannels;
import org.valuebench.domain.FeedbackDates;
import org.valuebench.domain.FeedbackScale;
import org.valuebench.domain.FitLink;
import org.valuebench.domain.FourAction;
import org.valuebench.domain.InvalidInputException;
import org.valuebench.domain.Item;
import org.valuebench.domain.Limits;
import org.valuebench.domain.MessageText;
import org.valuebench.domain.Offer;
import org.valuebench.domain.Rating;
import org.valuebench.domain.Section;
import org.valuebench.domain.SectionGroup;
import org.valuebench.domain.Strategy;
import org.valuebench.domain.Voice;
import org.valuebench.io.LocatedJson.JsonArray;
import org.valuebench.io.LocatedJson.JsonBoolean;
import org.valuebench.io.LocatedJson.JsonNull;
import org.valuebench.io.LocatedJson.JsonNumber;
import org.valuebench.io.LocatedJson.JsonObject;
import org.valuebench.io.LocatedJson.JsonString;

/**
 * Reads a canvas in the JSON exchange format and checks it against the same rules as the shipped JSON Schema
 * plus the ones a schema cannot express (keys unique, links pointing at existing items of the right group,
 * feedback pointing at promises, scores inside their scale, factors made from customer or offering items and
 * rated only for the canvas's own offering and its alternatives, one rating per cell). Reads every format version from
 * {@link CanvasJsonFormat#OLDEST_SCHEMA_VERSION} to {@link CanvasJsonFormat#SCHEMA_VERSION}. The first problem
 * found is thrown as a {@link FormatException} naming the file, line, column, JSON path and what was expected.
 * The result is a canvas in memory with local ids (1, 2, ...); nothing is stored here.
 */
public final class CanvasJsonReader {
    private static final Set<String> ROOT_FIELDS =
            Set.of(SCHEMA_REFERENCE_FIELD, SCHEMA_VERSION_FIELD, CANVAS, SECTIONS, FIT_LINKS, FACTORS, FEEDBACK);
    private static final Set<String> CANVAS_FIELDS = Set.of(NAME, SEGMENT, OFFERING, NOTES, CREATED, UPDATED);
    private static final Set<String> LINK_FIELDS = Set.of(LINK_OFFERING, LINK_CUSTOMER);
    private static final Set<String> FACTOR_FIELDS = Set.of(NAME, SOURCE, ACTION, ACTION_NOTE, CUSTOMER_ITEMS, RATINGS);
    private static final Set<String> RATING_FIELDS = Set.of(OFFER, SCORE, NOTE);
    private static final Set<String> FEEDBACK_FIELDS = Set.of(FEEDBACK_PROMISE, SCORE, SCALE, EXPECTATION, VOICE,
            CHANNEL, FEEDBACK_SEGMENT, DATE, RESPONDENT, COMMENT);

    private final LocatedJsonParser parser = new LocatedJsonParser();

    /**
     * @param source the file name for messages, e.g. "canvas.json"
     * @throws FormatException when the input is not a valid canvas file
     */
    public CanvasContent read(Reader reader, String source) {
        return readDocument(reader, source).content();
    }

    /** Reads the bytes of a canvas file: UTF-8 (RFC 8259), with or without a byte-order mark. */
    public CanvasContent read(InputStream in, String source) {
        return readDocument(in, source).content();
    }

    /** Reads the canvas and its feedback records; see {@link CanvasDocument} for the ids. */
    public CanvasDocument readDocument(Reader reader, String source) {
        return new Reading(source).document(parser.parse(reader, source));
    }

    /** Reads the canvas and its feedback records from the bytes of a canvas file (UTF-8, BOM allowed). */
    public CanvasDocument readDocument(InputStream in, String source) {
        return new Reading(source).document(parser.parse(in, source));
    }

    /** One read: remembers the source name and the items by key while it walks the document. */
    private static final class Reading {
        private final String source;
        private final Map<String, KeyedItem> itemsByKey = new HashMap<>();

        private Reading(String source) {
            this.source = source;
        }

        private record KeyedItem(Item item, JsonString key) {
        }

        CanvasDocument document(LocatedJson document) {
            JsonObject root = object(document, "a JSON object (a ValueBench canvas file)");
            int version = checkVersion(root);
            onlyFields(root, ROOT_FIELDS, "a canvas file");
            Canvas canvas = header(required(root, CANVAS, "the canvas header"));
            List<Item> items = new ArrayList<>();
            optional(root, SECTIONS).ifPresent(sections -> items.addAll(sections(sections)));
            List<FitLink> links = optional(root, FIT_LINKS).map(this::links).orElse(List.of());
            Strategy strategy = optional(root, FACTORS).map(f -> strategy(f, version)).orElse(Strategy.NONE);
            List<Feedback> feedback = optional(root, FEEDBACK).map(f -> feedback(f, version)).orElse(List.of());
            return new CanvasDocument(new CanvasContent(canvas, items, links, strategy), feedback);
        }

        private int checkVersion(JsonObject root) {
            LocatedJson value = root.members().get(SCHEMA_VERSION_FIELD);
            if (value == null) {
                throw problem(root, "missing required field '" + SCHEMA_VERSION_FIELD + "'; expected "
                        + "\"schemaVersion\": " + SCHEMA_VERSION + " (is this a ValueBench canvas file?)");
            }
            if (!(value instanceof JsonNumber number) || !number.isIntegral()) {
                throw problem(value, "expected the format version as a whole number (" + SCHEMA_VERSION
                        + "), found " + value.kind());
            }
            BigDecimal version = number.value();
            if (version.compareTo(BigDecimal.valueOf(SCHEMA_VERSION)) > 0) {
                throw problem(value, "this file has schemaVersion " + number.text()
                        + ", which is newer than this version of ValueBench reads (schemaVersion "
                        + SCHEMA_VERSION + "); it was written by a newer ValueBench: update ValueBench to import it");
            }
            if (version.compareTo(BigDecimal.valueOf(OLDEST_SCHEMA_VERSION)) < 0) {
                throw problem(value, "expected a schemaVersion from " + OLDEST_SCHEMA_VERSION + " to " + SCHEMA_VERSION
                        + ", found " + number.text());
            }
            return version.intValueExact();
        }

        private Canvas header(LocatedJson value) {
            JsonObject header = object(value, "an object with the canvas name, segment, offering and notes");
            onlyFields(header, CANVAS_FIELDS, "the canvas header");
            String name = text(required(header, NAME, "the canvas name"), "the canvas name", Limits.MAX_NAME, true);
            String segment = optionalText(header, SEGMENT, "the customer segment", Limits.MAX_NAME);
            String offering = optionalText(header, OFFERING, "the offering", Limits.MAX_NAME);
            String notes = optionalText(header, NOTES, "the canvas notes", Limits.MAX_NOTES);
            Instant created = optional(header, CREATED).map(this::instant).orElse(Instant.EPOCH);
            Instant updated = optional(header, UPDATED).map(this::instant).orElse(created);
            return domain(header, () -> new Canvas(0, name, segment, offering, notes, created, updated));
        }

        private Instant instant(LocatedJson value) {
            String text = text(value, "a date and time", 64, true);
            try {
                return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
            } catch (DateTimeParseException e) {
                throw problem(value, "expected a date and time such as \"2024-05-01T09:30:00Z\", found \""
                        + text + "\"");
            }
        }

        private List<Item> sections(LocatedJson value) {
            JsonObject sections = object(value, "an object with one array of items per section ("
                    + String.join(", ", sectionNames()) + ")");
            List<Item> items = new ArrayList<>();
            for (Map.Entry<String, LocatedJson> entry : sections.members().entrySet()) {
                Section section = section(entry.getKey()).orElseThrow(() -> problem(entry.getValue(),
                        "unknown section " + quote(entry.getKey()) + "; expected one of "
                                + String.join(", ", sectionNames())));
                JsonArray array = array(entry.getValue(), "an array of " + section.title().toLowerCase() + " items");
                for (int position = 0; position < array.elements().size(); position++) {
                    items.add(item(array.elements().get(position), section, items.size() + 1L, position));
                }
            }
            return items;
        }

        private Item item(LocatedJson value, Section section, long localId, int position) {
            JsonObject item = object(value, "an item: an object with at least \"key\" and \"text\"");
            onlyItemFields(item, section);
            JsonString key = key(required(item, KEY, "the item's key (used by fit links)"));
            LocatedJson textValue = required(item, TEXT, "the item's text");
            String text = text(textValue, "the item's text", Limits.MAX_ITEM_TEXT, true);
            if (text.strip().startsWith("\u0000")) {
                // The workspace counts a text's length up to its first NUL, so it would take this text as empty.
                throw problem(textValue, "the item's text starts with a NUL character (U+0000), which a workspace"
                        + " cannot store; expected text that starts with a visible character");
            }
            int importance = optional(item, IMPORTANCE).map(v -> level(v, "importance")).orElse(Limits.DEFAULT_IMPORTANCE);
            boolean promise = optional(item, PROMISE).map(this::bool).orElse(false);
            int target = optional(item, PROMISE_TARGET).map(v -> level(v, "promise target"))
                    .orElse(Limits.DEFAULT_PROMISE_TARGET);
            ColourTag colour = optional(item, COLOUR).map(this::colour).orElse(ColourTag.NONE);
            String author = optionalText(item, AUTHOR, "the author", Limits.MAX_AUTHOR);
            String notes = optionalText(item, NOTES, "the item's notes", Limits.MAX_NOTES);
            Item read = domain(item, () -> new Item(localId, 0, section, position, text, notes, colour, author,
                    importance, promise, target));
            KeyedItem earlier = itemsByKey.putIfAbsent(key.value(), new KeyedItem(read, key));
            if (earlier != null) {
                throw problem(key, "the key " + quote(key.value()) + " is already used by the item at line "
                        + earlier.key().line() + " (" + earlier.key().path() + "); every item needs its own key");
            }
            return read;
        }

        /** Fields that belong to another group get a message saying which items may carry them. */
        private void onlyItemFields(JsonObject item, Section section) {
            Set<String> allowed = new LinkedHashSet<>(List.of(KEY, TEXT));
            if (section.isCustomer()) {
                allowed.add(IMPORTANCE);
            }
            if (section.isOffering()) {
                allowed.addAll(List.of(PROMISE, PROMISE_TARGET));
            }
            allowed.addAll(List.of(COLOUR, AUTHOR, NOTES));
            for (Map.Entry<String, LocatedJson> member : item.members().entrySet()) {
                String name = member.getKey();
                if (allowed.contains(name)) {
                    continue;
                }
                if (name.equals(IMPORTANCE)) {
                    throw problem(member.getValue(), "'importance' belongs only to customer items (wants, needs,"
                            + " fears); " + article(section) + " item has none");
                }
                if (name.equals(PROMISE) || name.equals(PROMISE_TARGET)) {
                    throw problem(member.getValue(), "'" + name + "' belongs only to offering items (features,"
                            + " benefits, experience); " + article(section) + " item cannot be a promise");
                }
                throw problem(member.getValue(), "unknown field " + quote(name) + " in " + article(section)
                        + " item; expected only " + String.join(", ", allowed));
            }
        }

        private static String article(Section section) {
            String title = section.title().toLowerCase();
            return ("aeiou".indexOf(title.charAt(0)) >= 0 ? "an " : "a ") + title;
        }

        private JsonString key(LocatedJson value) {
            if (!(value instanceof JsonString key) || key.value().isBlank()
                    || key.value().codePointCount(0, key.value().length()) > MAX_KEY) {
                throw problem(value, "expected the item's key: a non-empty string of at most " + MAX_KEY
                        + " characters, such as \"need-1\"; found " + describe(value));
            }
            wellFormed(key);
            return key;
        }

        private List<FitLink> links(LocatedJson value) {
            JsonArray array = array(value, "an array of fit links, each {\"offering\": KEY, \"customer\": KEY}");
            List<FitLink> links = new ArrayList<>();
            Map<FitLink, LocatedJson> seen = new HashMap<>();
            for (LocatedJson element : array.elements()) {
                JsonObject link = object(element, "a fit link: {\"offering\": KEY, \"customer\": KEY}");
                onlyFields(link, LINK_FIELDS, "a fit link");
                Item offering = linked(required(link, LINK_OFFERING, "the key of the offering item"),
                        SectionGroup.OFFERING, "an offering item (feature, benefit or experience)");
                Item customer = linked(required(link, LINK_CUSTOMER, "the key of the customer item"),
                        SectionGroup.CUSTOMER, "a customer item (want, need or fear)");
                FitLink fit = new FitLink(offering.id(), customer.id());
                LocatedJson earlier = seen.putIfAbsent(fit, link);
                if (earlier != null) {
                    throw problem(link, "this fit link repeats the one at line " + earlier.line() + " ("
                            + earlier.path() + ")");
                }
                links.add(fit);
            }
            return links;
        }

        private Item linked(LocatedJson value, SectionGroup group, String expected) {
            if (!(value instanceof JsonString key)) {
                throw problem(value, "expected the key of " + expected + ", found " + describe(value));
            }
            KeyedItem target = itemsByKey.get(key.value());
            if (target == null) {
                throw problem(value, "no item has the key " + quote(key.value()) + "; expected the key of " + expected
                        + " listed under \"sections\"");
            }
            if (target.item().section().group() != group) {
                throw problem(value, quote(key.value()) + " is " + article(target.item().section())
                        + " item; expected the key of " + expected);
            }
            return target.item();
        }

        /**
         * The competing factors, numbered 1, 2, ... in file order; files before version 3 predate them and may
         * only hold an empty array.
         */
        private Strategy strategy(LocatedJson value, int version) {
            JsonArray array = array(value, "an array of competing factors, each {\"name\": TEXT, \"ratings\": [...], ...}");
            if (version < FACTORS_SINCE && !array.elements().isEmpty()) {
                throw problem(array, "a file of schemaVersion " + version + " cannot hold competing factors ("
                        + array.elements().size() + " found); expected \"schemaVersion\": " + FACTORS_SINCE
                        + " or higher for a file with a strategy canvas");
            }
            List<Factor> factors = new ArrayList<>();
            List<FactorLink> links = new ArrayList<>();
            List<Rating> ratings = new ArrayList<>();
            Map<Long, LocatedJson> sources = new HashMap<>();
            for (LocatedJson element : array.elements()) {
                long factorId = factors.size() + 1L;
                JsonObject factor = object(element, "a competing factor: an object with at least \"name\"");
                onlyFields(factor, FACTOR_FIELDS, "a competing factor");
                String name = text(required(factor, NAME, "the factor's name"), "the factor's name", Limits.MAX_NAME,
                        true);
                long source = optional(factor, SOURCE).filter(v -> !(v instanceof JsonNull))
                        .map(v -> source(v, sources)).orElse(0L);
                FourAction action = optional(factor, ACTION).map(this::action).orElse(FourAction.NONE);
                String note = optionalText(factor, ACTION_NOTE, "the four-actions note", Limits.MAX_NOTES);
                factors.add(domain(factor, () -> new Factor(factorId, 0, factors.size(), name, source, action, note)));
                optional(factor, CUSTOMER_ITEMS).ifPresent(v -> links.addAll(factorLinks(v, factorId)));
                optional(factor, RATINGS).ifPresent(v -> ratings.addAll(ratings(v, factorId)));
            }
            return new Strategy(factors, links, ratings);
        }

        /** A factor is made from a customer or offering item, and an item makes one factor at most. */
        private long source(LocatedJson value, Map<Long, LocatedJson> sources) {
            String expected = "a customer or offering item (want, need, fear, feature, benefit or experience), or"
                    + " null for a factor of its own";
            if (!(value instanceof JsonString key)) {
                throw problem(value, "expected the key of " + expected + ", found " + describe(value));
            }
            KeyedItem target = itemsByKey.get(key.value());
            if (target == null) {
                throw problem(value, "no item has the key " + quote(key.value()) + "; expected the key of " + expected
                        + " listed under \"sections\"");
            }
            Item item = target.item();
            if (!item.isCustomer() && !item.isOffering()) {
                throw problem(value, quote(key.value()) + " is " + article(item.section()) + " item, one of the"
                        + " offers compared on the factors; expected the key of " + expected);
            }
            LocatedJson earlier = sources.putIfAbsent(item.id(), value);
            if (earlier != null) {
                throw problem(value, quote(key.value()) + " is already the source of the factor at line "
                        + earlier.line() + " (" + earlier.path() + "); an item becomes one factor at most");
            }
            return item.id();
        }

        private FourAction action(LocatedJson value) {
            if (value instanceof JsonString name) {
                Optional<FourAction> action = CanvasJsonFormat.action(name.value());
                if (action.isPresent()) {
                    return action.get();
                }
            }
            throw problem(value, "expected the four-actions choice, one of " + String.join(", ", actionNames())
                    + "; found " + describe(value));
        }

        private List<FactorLink> factorLinks(LocatedJson value, long factorId) {
            JsonArray array = array(value, "an array of keys of the customer items the factor matters through");
            Map<Long, LocatedJson> seen = new HashMap<>();
            List<FactorLink> links = new ArrayList<>();
            for (LocatedJson element : array.elements()) {
                Item customer = linked(element, SectionGroup.CUSTOMER, "a customer item (want, need or fear)");
                LocatedJson earlier = seen.putIfAbsent(customer.id(), element);
                if (earlier != null) {
                    throw problem(element, quote(((JsonString) element).value()) + " is already listed for this"
                            + " factor at line " + earlier.line() + " (" + earlier.path() + ")");
                }
                links.add(new FactorLink(factorId, customer.id()));
            }
            return links;
        }

        private List<Rating> ratings(LocatedJson value, long factorId) {
            JsonArray array = array(value, "an array of ratings, each {\"offer\": \"ours\" or KEY, \"score\": 1-5 or"
                    + " null, \"note\": TEXT}");
            Map<Long, LocatedJson> seen = new HashMap<>();
            List<Rating> ratings = new ArrayList<>();
            for (LocatedJson element : array.elements()) {
                JsonObject rating = object(element, "a rating: {\"offer\": \"ours\" or KEY, \"score\": 1-5 or null,"
                        + " \"note\": TEXT}");
                onlyFields(rating, RATING_FIELDS, "a rating");
                LocatedJson offerValue = required(rating, OFFER, "\"ours\" or the key of a competitor or substitute");
                long offer = offer(offerValue);
                LocatedJson earlier = seen.putIfAbsent(offer, rating);
                if (earlier != null) {
                    throw problem(rating, "this factor already has a rating for "
                            + quote(((JsonString) offerValue).value()) + " at line " + earlier.line() + " (" + earlier.path() + "); expected one rating per offer");
                }
                int score = optional(rating, SCORE).filter(v -> !(v instanceof JsonNull)).map(this::rating)
                        .orElse(Rating.UNKNOWN);
                String note = optionalText(rating, NOTE, "the rating's note", Limits.MAX_NOTES);
                ratings.add(domain(rating, () -> new Rating(factorId, offer, score, note)));
            }
            return ratings;
        }

        /** "ours" is the canvas's own offering; any other offer is a competitor or substitute. */
        private long offer(LocatedJson value) {
            String expected = "\"ours\" (the canvas's own offering) or the key of a competitor or substitute";
            if (!(value instanceof JsonString key)) {
                throw problem(value, "expected " + expected + ", found " + describe(value));
            }
            if (key.value().equals(OURS)) {
                return Offer.OURS;
            }
            KeyedItem target = itemsByKey.get(key.value());
            if (target == null) {
                throw problem(value, "no item has the key " + quote(key.value()) + "; expected " + expected
                        + " listed under \"sections\"");
            }
            Item item = target.item();
            if (item.isCustomer() || item.isOffering()) {
                throw problem(value, quote(key.value()) + " is " + article(item.section()) + " item, not an offer"
                        + " to rate; expected " + expected);
            }
            return item.id();
        }

        private int rating(LocatedJson value) {
            if (value instanceof JsonNumber number && number.isIntegral()
                    && number.value().compareTo(BigDecimal.valueOf(Limits.MIN_LEVEL)) >= 0
                    && number.value().compareTo(BigDecimal.valueOf(Limits.MAX_LEVEL)) <= 0) {
                return number.value().intValue();
            }
            throw problem(value, "expected the score as a whole number from " + Limits.MIN_LEVEL + " to "
                    + Limits.MAX_LEVEL + ", or null when unknown, found " + describe(value));
        }

        /** The feedback records; files of version 1 predate them and may only hold an empty array. */
        private List<Feedback> feedback(LocatedJson value, int version) {
            JsonArray array = array(value, "an array of feedback records, each {\"promise\": KEY, \"score\": NUMBER, ...}");
            if (version < FEEDBACK_SINCE && !array.elements().isEmpty()) {
                throw problem(array, "a file of schemaVersion " + version + " cannot hold feedback records ("
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
            JsonObject record = object(value, "a feedback record: an object with at least \"promise\" and \"score\"");
            onlyFields(record, FEEDBACK_FIELDS, "a feedback record");
            Item promise = promise(required(record, FEEDBACK_PROMISE, "the key of the promise the feedback is on"));
            FeedbackScale scale = optional(record, SCALE).map(this::scale).orElse(FeedbackScale.ONE_TO_FIVE);
            double score = score(required(record, SCORE, "the score"), "score", scale);
            Double expectation = optional(record, EXPECTATION).filter(v -> !(v instanceof JsonNull))
                    .map(v -> score(v, "expectation", scale)).orElse(null);
            Voice voice = optional(record, VOICE).map(this::voice).orElse(Voice.CUSTOMER);
            String channel = optionalText(record, CHANNEL, "the channel", FeedbackChannels.MAX_LENGTH);
            String segment = optionalText(record, FEEDBACK_SEGMENT, "the segment", Feedback.MAX_SEGMENT);
            LocalDate date = optional(record, DATE).filter(v -> !(v instanceof JsonNull)).map(this::date).orElse(null);
            String respondent = optionalText(record, RESPONDENT, "the respondent", Feedback.MAX_RESPONDENT);
            String comment = optionalText(record, COMMENT, "the comment", Feedback.MAX_COMMENT);
            return domain(record, () -> new Feedback(0, 0, promise.id(), score, scale, expectation, voice, channel,
                    segment, date, respondent, comment, null));
        }

        private Item promise(LocatedJson value) {
            Item item = linked(value, SectionGroup.OFFERING, "a promise (an offering item with \"promise\": true)");
            if (!item.promise()) {
                throw problem(value, quote(((JsonString) value).value()) + " is " + article(item.section())
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
            throw problem(value, "expected the scale, one of " + FeedbackScale.labels() + "; found " + describe(value));
        }

        private double score(LocatedJson value, String what, FeedbackScale scale) {
            if (value instanceof JsonNumber number) {
                double score = number.value().doubleValue();
                if (scale.contains(score)) {
                    return score;
                }
            }
            throw problem(value, "expected the " + what + " as a number from " + scale.min() + " to " + scale.max()
                    + " (the record's scale is " + scale.label() + "), found " + describe(value));
        }

        private Voice voice(LocatedJson value) {
            if (value instanceof JsonString name) {
                for (Voice voice : Voice.values()) {
                    if (voice.label().equals(name.value())) {
                        return voice;
                    }
                }
            }
            throw problem(value, "expected the voice, one of " + Arrays.stream(Voice.values()).map(Voice::label)
                    .collect(Collectors.joining(", ")) + "; found " + describe(value));
        }

        private LocalDate date(LocatedJson value) {
            if (value instanceof JsonString text && text.value().matches("\\d{4}-\\d{2}-\\d{2}")) {
                LocalDate date;
                try {
                    date = LocalDate.parse(text.value());
                } catch (DateTimeParseException e) {
                    throw problem(value, "expected a date such as \"2024-05-01\", or null; \"" + text.value()
                            + "\" is not a day of the calendar");
                }
                if (!FeedbackDates.plausible(date)) {
                    throw problem(value, "expected a date from " + FeedbackDates.EARLIEST + " to " + FeedbackDates.LATEST
                            + ", or null; \"" + text.value() + "\" is " + FeedbackDates.range());
                }
                return date;
            }
            throw problem(value, "expected a date such as \"2024-05-01\", or null; found " + describe(value));
        }

        // ---- value checks

        private JsonObject object(LocatedJson value, String expected) {
            if (value instanceof JsonObject object) {
                return object;
            }
            throw problem(value, "expected " + expected + ", found " + describe(value));
        }

        private JsonArray array(LocatedJson value, String expected) {
            if (value instanceof JsonArray array) {
                return array;
            }
            throw problem(value, "expected " + expected + ", found " + describe(value));
        }

        private LocatedJson required(JsonObject object, String field, String what) {
            LocatedJson value = object.members().get(field);
            if (value == null) {
                throw problem(object, "missing required field '" + field + "' (" + what + ")");
            }
            return value;
        }

        private static Optional<LocatedJson> optional(JsonObject object, String field) {
            return Optional.ofNullable(object.members().get(field));
        }

        private void onlyFields(JsonObject object, Set<String> allowed, String what) {
            for (Map.Entry<String, LocatedJson> member : object.members().entrySet()) {
                if (!allowed.contains(member.getKey())) {
                    throw problem(member.getValue(), "unknown field " + quote(member.getKey()) + " in " + what
                            + "; expected only " + String.join(", ", allowed.stream().sorted().toList()));
                }
            }
        }

        private String optionalText(JsonObject object, String field, String what, int max) {
            return optional(object, field).map(v -> text(v, what, max, false)).orElse("");
        }

        private String text(LocatedJson value, String what, int max, boolean required) {
            if (!(value instanceof JsonString string)) {
                throw problem(value, "expected " + what + " as a string, found " + describe(value));
            }
            wellFormed(string);
            String text = string.value();
            if (required && text.isBlank()) {
                throw problem(value, "expected " + what + ", found an empty string");
            }
            int length = text.codePointCount(0, text.length());
            if (length > max) {
                throw problem(value, what + " is " + String.format("%,d", length) + " characters long; at most "
                        + String.format("%,d", max) + " are allowed");
            }
            return text;
        }

        /** JSON escapes can spell half of a surrogate pair, which no file or database can store. */
        private void wellFormed(JsonString string) {
            String text = string.value();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else if (Character.isSurrogate(c)) {
                    throw problem(string, String.format("the string holds half of a character (\\u%04X at "
                            + "character %d) that no text can store; expected complete Unicode characters", (int) c, i + 1));
                }
            }
        }

        private int level(LocatedJson value, String what) {
            if (value instanceof JsonNumber number && number.isIntegral()
                    && number.value().compareTo(BigDecimal.valueOf(Limits.MIN_LEVEL)) >= 0
                    && number.value().compareTo(BigDecimal.valueOf(Limits.MAX_LEVEL)) <= 0) {
                return number.value().intValue();
            }
            throw problem(value, "expected the " + what + " as a whole number from " + Limits.MIN_LEVEL + " to "
                    + Limits.MAX_LEVEL + ", found " + describe(value));
        }

        private boolean bool(LocatedJson value) {
            if (value instanceof JsonBoolean bool) {
                return bool.value();
            }
            throw problem(value, "expected true or false, found " + describe(value));
        }

        private ColourTag colour(LocatedJson value) {
            if (value instanceof JsonString name) {
                Optional<ColourTag> colour = CanvasJsonFormat.colour(name.value());
                if (colour.isPresent()) {
                    return colour.get();
                }
            }
            throw problem(value, "expected a colour, one of " + String.join(", ", colourNames()) + "; found "
                    + describe(value));
        }

        /** Rules the domain enforces that the checks above did not already catch still name a place. */
        private <T> T domain(LocatedJson where, Supplier<T> build) {
            try {
                return build.get();
            } catch (InvalidInputException e) {
                throw problem(where, e.getMessage());
            }
        }

        private static String describe(LocatedJson value) {
            if (value instanceof JsonString string) {
                return "the string \"" + MessageText.cut(string.value()) + "\"";
            }
            return value.kind();
        }

        private FormatException problem(LocatedJson where, String message) {
            return new FormatException(where.position(source), message);
        }
    }
}
