package org.valuebench.io;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.Base64;
import java.util.Locale;

/** Writes the {@code history} block of a canvas file (format 5): the versions oldest first. */
final class HistoryJsonWriter {
    private HistoryJsonWriter() {
    }

    static void write(JsonGenerator json, CanvasHistory history) throws IOException {
        json.writeObjectFieldStart(CanvasJsonFormat.HISTORY);
        json.writeArrayFieldStart(HistoryReader.ITEM_IDS);
        for (long id : history.itemIds()) {
            json.writeNumber(id);
        }
        json.writeEndArray();
        json.writeArrayFieldStart(HistoryReader.VERSIONS);
        for (CanvasHistory.Version v : history.versions()) {
            json.writeStartObject();
            json.writeNumberField(HistoryReader.NUMBER, v.number());
            json.writeStringField(CanvasJsonFormat.NAME, v.name());
            json.writeStringField(HistoryReader.CAUSE, v.cause().name().toLowerCase(Locale.ROOT));
            json.writeStringField(HistoryReader.AUTHOR, v.author());
            json.writeStringField(HistoryReader.TAKEN_AT, v.takenAt().toString());
            json.writeStringField(HistoryReader.SUMMARY, v.summary());
            json.writeStringField(HistoryReader.CONTENT, Base64.getEncoder().encodeToString(v.content()));
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }
}
