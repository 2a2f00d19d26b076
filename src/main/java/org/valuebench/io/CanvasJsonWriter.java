package org.valuebench.io;

import static org.valuebench.io.CanvasJsonFormat.*;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.valuebench.domain.CanvasContent;
import org.valuebench.domain.Factor;
import org.valuebench.domain.Feedback;
import org.valuebench.domain.FitLink;
import org.valuebench.domain.Item;
import org.valuebench.domain.MessageText;
import org.valuebench.domain.Offer;
import org.valuebench.domain.Rating;
import org.valuebench.domain.Section;
import org.valuebench.domain.Strategy;
import org.valuebench.domain.workshop.WorkshopRecord;

/**
 * Writes a canvas in the JSON exchange format: UTF-8, two-space indent, LF line ends, keys in a fixed order,
 * every field always present, so two exports of the same canvas are byte-identical and a diff between two
 * versions shows exactly what changed.
 */
public final class CanvasJsonWriter {
    // Emoji and other characters beyond U+FFFF are written as themselves, not as escaped surrogate pairs.
    private final JsonFactory factory = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
            .build();

    /** Writes the canvas without feedback records, or with an empty {@code feedback} array. */
    public void write(CanvasContent content, OutputStream out, boolean withEmptyFeedback) {
        write(content, withEmptyFeedback ? List.of() : null, out);
    }

    /**
     * @param feedback the records on the canvas's promises, in any order (they are written by the promise's place
     *                 on the canvas, then date, undated last, then id: the order they were added); null leaves the
     *                 {@code feedback} array out
     * @throws FormatException when a record's promise is not a promise on the canvas
     */
    public void write(CanvasContent content, List<Feedback> feedback, OutputStream out) {
        write(content, feedback, List.of(), out);
    }

    /**
     * @param workshops the canvas's workshops, oldest first, whose cards are items of {@code content}; the
     *                  {@code workshops} array is written only when there is one
     */
    public void write(CanvasContent content, List<Feedback> feedback, List<WorkshopRecord> workshops,
                      OutputStream out) {
        write(content, feedback, workshops, null, out);
    }

    /**
     * @param history the canvas's versions, or null to leave the {@code history} block out; a file with it is
     *                format {@link CanvasJsonFormat#HISTORY_SCHEMA_VERSION}
     */
    public void write(CanvasContent content, List<Feedback> feedback, List<WorkshopRecord> workshops,
                      CanvasHistory history, OutputStream out) {
        Map<Long, String> keys = keys(content);
        List<Feedback> ordered = feedback == null ? null : ordered(content, feedback);
        try (JsonGenerator json = factory.createGenerator(out, JsonEncoding.UTF8)) {
            json.setPrettyPrinter(prettyPrinter());
            json.writeStartObject();
            json.writeNumberField(SCHEMA_VERSION_FIELD, history == null ? SCHEMA_VERSION : HISTORY_SCHEMA_VERSION);
            writeCanvas(json, content);
            writeSections(json, content, keys);
            writeLinks(json, content, keys);
            writeFactors(json, content, keys);
            if (ordered != null) {
                json.writeArrayFieldStart(FEEDBACK);
                for (Feedback record : ordered) {
                    writeFeedback(json, record, keys.get(record.promiseItemId()));
                }
                json.writeEndArray();
            }
            if (!workshops.isEmpty()) {
                new WorkshopJsonWriter(json, keys).write(workshops);
            }
            if (history != null) {
                HistoryJsonWriter.write(json, history);
            }
            json.writeEndObject();
            json.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static DefaultPrettyPrinter prettyPrinter() {
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        return new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter);
    }

    /** Every item's key: its section and 1-based place in it, e.g. "need-2". */
    static Map<Long, String> keys(CanvasContent content) {
        Map<Long, String> keys = new HashMap<>();
        for (Section section : Section.values()) {
            List<Item> items = content.itemsIn(section);
            for (int i = 0; i < items.size(); i++) {
                keys.put(items.get(i).id(), key(section, i));
            }
        }
        return keys;
    }

    private static void writeCanvas(JsonGenerator json, CanvasContent content) throws IOException {
        json.writeObjectFieldStart(CANVAS);
        json.writeStringField(NAME, content.canvas().name());
        json.writeStringField(SEGMENT, content.canvas().segment());
        json.writeStringField(OFFERING, content.canvas().offering());
        json.writeStringField(NOTES, content.canvas().notes());
        json.writeStringField(CREATED, content.canvas().created().toString());
        json.writeStringField(UPDATED, content.canvas().updated().toString());
        json.writeEndObject();
    }

    private static void writeSections(JsonGenerator json, CanvasContent content, Map<Long, String> keys)
            throws IOException {
        json.writeObjectFieldStart(SECTIONS);
        for (Section section : Section.values()) {
            json.writeArrayFieldStart(sectionName(section));
            for (Item item : content.itemsIn(section)) {
                writeItem(json, item, keys.get(item.id()));
            }
            json.writeEndArray();
        }
        json.writeEndObject();
    }

    /** Only the fields that mean something for the item's group are written; the reader refuses the others. */
    private static void writeItem(JsonGenerator json, Item item, String key) throws IOException {
        json.writeStartObject();
        json.writeStringField(KEY, key);
        json.writeStringField(TEXT, item.text());
        if (item.isCustomer()) {
            json.writeNumberField(IMPORTANCE, item.importance());
        }
        if (item.isOffering()) {
            json.writeBooleanField(PROMISE, item.promise());
            json.writeNumberField(PROMISE_TARGET, item.promiseTarget());
        }
        json.writeStringField(COLOUR, colourName(item.colour()));
        json.writeStringField(AUTHOR, item.author());
        json.writeStringField(NOTES, item.notes());
        json.writeEndObject();
    }

    private static void writeLinks(JsonGenerator json, CanvasContent content, Map<Long, String> keys)
            throws IOException {
        Map<Long, Integer> order = new HashMap<>();
        for (int i = 0; i < content.items().size(); i++) {
            order.put(content.items().get(i).id(), i);
        }
        List<FitLink> links = content.links().stream()
                .peek(link -> requireOnCanvas(link, order))
                .sorted(Comparator.comparing((FitLink l) -> order.get(l.offeringItemId()))
                        .thenComparing(l -> order.get(l.customerItemId())))
                .toList();
        json.writeArrayFieldStart(FIT_LINKS);
        for (FitLink link : links) {
            json.writeStartObject();
            json.writeStringField(LINK_OFFERING, keys.get(link.offeringItemId()));
            json.writeStringField(LINK_CUSTOMER, keys.get(link.customerItemId()));
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    /**
     * The competing factors in their order, always written (an empty array when the canvas has none): each with
     * its source item's key or null, its four-actions choice and note, the keys of the customer items it is
     * linked to in canvas order, and the stored cells of its ratings row in the order of the offers (ours, then
     * competitors, then substitutes); a blank cell is not written.
     */
    private static void writeFactors(JsonGenerator json, CanvasContent content, Map<Long, String> keys)
            throws IOException {
        Strategy strategy = content.strategy();
        Map<Long, Integer> order = new HashMap<>();
        for (int i = 0; i < content.items().size(); i++) {
            order.put(content.items().get(i).id(), i);
        }
        List<Offer> offers = content.offers();
        json.writeArrayFieldStart(FACTORS);
        for (Factor factor : strategy.factors()) {
            json.writeStartObject();
            json.writeStringField(NAME, factor.name());
            json.writeFieldName(SOURCE);
            if (factor.hasSource()) {
                json.writeString(sourceKey(content, keys, factor));
            } else {
                json.writeNull();
            }
            json.writeStringField(ACTION, actionName(factor.action()));
            json.writeStringField(ACTION_NOTE, factor.actionNote());
            json.writeArrayFieldStart(CUSTOMER_ITEMS);
            List<Long> customers = strategy.customerItemsOf(factor.id()).stream()
                    .peek(id -> requireCustomer(content, id, factor))
                    .sorted(Comparator.comparing(order::get))
                    .toList();
            for (long customer : customers) {
                json.writeString(keys.get(customer));
            }
            json.writeEndArray();
            json.writeArrayFieldStart(RATINGS);
            long rated = strategy.ratings().stream().filter(r -> r.factorId() == factor.id()).count();
            long written = 0;
            for (Offer offer : offers) {
                Rating rating = strategy.rating(factor.id(), offer.id());
                if (rating.isBlank()) {
                    continue;
                }
                written++;
                json.writeStartObject();
                json.writeStringField(OFFER, offer.isOurs() ? OURS : keys.get(offer.id()));
                json.writeFieldName(SCORE);
                if (rating.isKnown()) {
                    json.writeNumber(rating.score());
                } else {
                    json.writeNull();
                }
                json.writeStringField(NOTE, rating.note());
                json.writeEndObject();
            }
            if (written != rated) {
                throw new FormatException("A rating of the factor " + MessageText.quote(factor.name())
                        + " is on an offer that is"
                        + " neither the canvas's own offering nor one of its competitors or substitutes");
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static String sourceKey(CanvasContent content, Map<Long, String> keys, Factor factor) {
        if (content.item(factor.sourceItemId()).filter(i -> i.isCustomer() || i.isOffering()).isEmpty()) {
            throw new FormatException("The factor " + MessageText.quote(factor.name()) + " was made from item "
                    + factor.sourceItemId()
                    + ", which is not a customer or offering item on the canvas");
        }
        return keys.get(factor.sourceItemId());
    }

    private static void requireCustomer(CanvasContent content, long itemId, Factor factor) {
        if (content.item(itemId).filter(Item::isCustomer).isEmpty()) {
            throw new FormatException("The factor " + MessageText.quote(factor.name()) + " is linked to item " + itemId
                    + ", which is not a customer item on the canvas");
        }
    }

    /** Sorted so that a diff between two exports shows the records added or changed, not a reshuffle. */
    private static List<Feedback> ordered(CanvasContent content, List<Feedback> feedback) {
        Map<Long, Integer> promiseOrder = new HashMap<>();
        for (int i = 0; i < content.items().size(); i++) {
            Item item = content.items().get(i);
            if (item.promise()) {
                promiseOrder.put(item.id(), i);
            }
        }
        for (Feedback record : feedback) {
            if (!promiseOrder.containsKey(record.promiseItemId())) {
                throw new FormatException("A feedback record points to item " + record.promiseItemId()
                        + ", which is not a promise on " + MessageText.quote(content.canvas().name()));
            }
        }
        List<Feedback> sorted = new ArrayList<>(feedback);
        sorted.sort(Comparator.comparing((Feedback f) -> promiseOrder.get(f.promiseItemId()))
                .thenComparing(Feedback::date, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparingLong(Feedback::id));
        return sorted;
    }

    /** Every field is written, {@code null} where a record has no expectation or no date. */
    private static void writeFeedback(JsonGenerator json, Feedback record, String promiseKey) throws IOException {
        json.writeStartObject();
        json.writeStringField(FEEDBACK_PROMISE, promiseKey);
        json.writeFieldName(SCORE);
        writeScore(json, record.score());
        json.writeStringField(SCALE, record.scale().label());
        json.writeFieldName(EXPECTATION);
        if (record.expectation() == null) {
            json.writeNull();
        } else {
            writeScore(json, record.expectation());
        }
        json.writeStringField(VOICE, record.voice().label());
        json.writeStringField(CHANNEL, record.channel());
        json.writeStringField(FEEDBACK_SEGMENT, record.segment());
        if (record.date() == null) {
            json.writeNullField(DATE);
        } else {
            json.writeStringField(DATE, record.date().toString());
        }
        json.writeStringField(RESPONDENT, record.respondent());
        json.writeStringField(COMMENT, record.comment());
        json.writeEndObject();
    }

    /** 4 rather than 4.0; other scores in the shortest form that reads back as the same double. */
    private static void writeScore(JsonGenerator json, double score) throws IOException {
        if (score == Math.rint(score) && Math.abs(score) < 1e15) {
            json.writeNumber((long) score);
        } else {
            json.writeNumber(score);
        }
    }

    private static void requireOnCanvas(FitLink link, Map<Long, Integer> order) {
        if (!order.containsKey(link.offeringItemId()) || !order.containsKey(link.customerItemId())) {
            throw new FormatException("A fit link points to an item that is not on the canvas (" + link + ")");
        }
    }
}
