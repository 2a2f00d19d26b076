package org.valuebench.io;

import static org.valuebench.io.CanvasJsonFormat.*;

import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.valuebench.domain.Canvas;
import org.valuebench.domain.CanvasContent;
import org.valuebench.domain.Feedback;
import org.valuebench.domain.FitLink;
import org.valuebench.domain.Item;
import org.valuebench.domain.Limits;
import org.valuebench.domain.Strategy;
import org.valuebench.domain.workshop.WorkshopRecord;
import org.valuebench.io.LocatedJson.JsonNumber;
import org.valuebench.io.LocatedJson.JsonObject;

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
            Set.of(SCHEMA_REFERENCE_FIELD, SCHEMA_VERSION_FIELD, CANVAS, SECTIONS, FIT_LINKS, FACTORS, FEEDBACK,
                    WORKSHOPS, HISTORY);
    private static final Set<String> CANVAS_FIELDS = Set.of(NAME, SEGMENT, OFFERING, NOTES, CREATED, UPDATED);

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

    /** One read: the header here, each other part by its own reader, all knowing the items by their keys. */
    private static final class Reading {
        private final JsonChecks json;
        private final ItemKeys keys;

        private Reading(String source) {
            this.json = new JsonChecks(source);
            this.keys = new ItemKeys(json);
        }

        CanvasDocument document(LocatedJson document) {
            JsonObject root = json.object(document, "a JSON object (a ValueBench canvas file)");
            int version = checkVersion(root);
            json.onlyFields(root, ROOT_FIELDS, "a canvas file");
            Canvas canvas = header(json.required(root, CANVAS, "the canvas header"));
            List<Item> items = new ArrayList<>();
            json.optional(root, SECTIONS).ifPresent(s -> items.addAll(new SectionsReader(json, keys).read(s)));
            List<FitLink> links = json.optional(root, FIT_LINKS).map(new FitLinksReader(json, keys)::read)
                    .orElse(List.of());
            Strategy strategy = json.optional(root, FACTORS)
                    .map(f -> new StrategyReader(json, keys).read(f, version)).orElse(Strategy.NONE);
            List<Feedback> feedback = json.optional(root, FEEDBACK)
                    .map(f -> new FeedbackRecordsReader(json, keys).read(f, version)).orElse(List.of());
            List<WorkshopRecord> workshops = json.optional(root, WORKSHOPS)
                    .map(w -> new WorkshopsReader(json, keys).read(w, version)).orElse(List.of());
            CanvasHistory history = json.optional(root, HISTORY).map(h -> {
                if (version < HISTORY_SCHEMA_VERSION) {
                    throw json.problem(h, "a canvas's history needs \"schemaVersion\": " + HISTORY_SCHEMA_VERSION
                            + "; this file has " + version);
                }
                return new HistoryReader(json).read(h, items.size());
            }).orElse(null);
            return new CanvasDocument(new CanvasContent(canvas, items, links, strategy), feedback, workshops, history);
        }

        private int checkVersion(JsonObject root) {
            LocatedJson value = root.members().get(SCHEMA_VERSION_FIELD);
            if (value == null) {
                throw json.problem(root, "missing required field '" + SCHEMA_VERSION_FIELD + "'; expected "
                        + "\"schemaVersion\": " + SCHEMA_VERSION + " (is this a ValueBench canvas file?)");
            }
            if (!(value instanceof JsonNumber number) || !number.isIntegral()) {
                throw json.problem(value, "expected the format version as a whole number (" + SCHEMA_VERSION
                        + "), found " + value.kind());
            }
            BigDecimal version = number.value();
            if (version.compareTo(BigDecimal.valueOf(HISTORY_SCHEMA_VERSION)) > 0) {
                throw json.problem(value, "this file has schemaVersion " + number.text()
                        + ", which is newer than this version of ValueBench reads (schemaVersion "
                        + HISTORY_SCHEMA_VERSION + "); it was written by a newer ValueBench: update ValueBench to import"
                        + " it");
            }
            if (version.compareTo(BigDecimal.valueOf(OLDEST_SCHEMA_VERSION)) < 0) {
                throw json.problem(value, "expected a schemaVersion from " + OLDEST_SCHEMA_VERSION + " to "
                        + HISTORY_SCHEMA_VERSION
                        + ", found " + number.text());
            }
            return version.intValueExact();
        }

        private Canvas header(LocatedJson value) {
            JsonObject header = json.object(value, "an object with the canvas name, segment, offering and notes");
            json.onlyFields(header, CANVAS_FIELDS, "the canvas header");
            String name = json.text(json.required(header, NAME, "the canvas name"), "the canvas name", Limits.MAX_NAME,
                    true);
            String segment = json.optionalText(header, SEGMENT, "the customer segment", Limits.MAX_NAME);
            String offering = json.optionalText(header, OFFERING, "the offering", Limits.MAX_NAME);
            String notes = json.optionalText(header, NOTES, "the canvas notes", Limits.MAX_NOTES);
            Instant created = json.optional(header, CREATED).map(this::instant).orElse(Instant.EPOCH);
            Instant updated = json.optional(header, UPDATED).map(this::instant).orElse(created);
            return json.domain(header, () -> new Canvas(0, name, segment, offering, notes, created, updated));
        }

        private Instant instant(LocatedJson value) {
            String text = json.text(value, "a date and time", 64, true);
            try {
                return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
            } catch (DateTimeParseException e) {
                throw json.problem(value, "expected a date and time such as \"2024-05-01T09:30:00Z\", found \""
                        + text + "\"");
            }
        }
    }
}
