package org.valuebench.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * Reads a participant's JSON body within the limits: the content type must be JSON (415), the body at most
 * {@link #MAX_BYTES} (413, decided from Content-Length before reading, and by never reading more than one byte past
 * the limit when the length is not announced), and an object (400). The fields are then read one by one, each
 * refusal naming the field.
 */
final class JsonBodies {
    /** The cap on a request body: 16 KB. */
    static final int MAX_BYTES = 16 * 1024;
    /** The most of an over-long body that is read (and dropped) so its sender can read the refusal. */
    static final int DRAINED_BYTES = 1024 * 1024;

    private final ObjectMapper mapper;

    JsonBodies() {
        this.mapper = new ObjectMapper()
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    /**
     * The body as a JSON object.
     *
     * @param contentType   the request's Content-Type header, or null
     * @param contentLength the announced length, or -1 when not announced (chunked)
     */
    ObjectNode read(String contentType, long contentLength, InputStream body) {
        if (!isJson(contentType)) {
            throw new WebRefusal(415, "Send the request as JSON (Content-Type: application/json).");
        }
        if (contentLength > MAX_BYTES) {
            if (contentLength <= DRAINED_BYTES) {
                drain(body);
            }
            throw tooBig();
        }
        byte[] bytes = readCapped(body);
        JsonNode node;
        try {
            node = mapper.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw new WebRefusal(400, "The request is not valid JSON.");
        } catch (IOException e) {
            throw new WebRefusal(400, "The request could not be read.");
        }
        if (node == null || !node.isObject()) {
            throw new WebRefusal(400, "The request must be a JSON object.");
        }
        return (ObjectNode) node;
    }

    /**
     * Reads and drops a body announced a little over the cap before the 413: a client still sending it would
     * otherwise find the connection reset under its feet and never read the answer (seen in RoomHostileTest
     * once in a few runs). A body announced bigger than this is refused at once and its connection closed.
     */
    private static void drain(InputStream body) {
        byte[] buffer = new byte[8192];
        try {
            long left = DRAINED_BYTES;
            for (int n; left > 0 && (n = body.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0; ) {
                left -= n;
            }
        } catch (IOException e) {
            // The client went away: there is no one left to answer.
        }
    }

    private static byte[] readCapped(InputStream body) {
        try {
            // One byte more than allowed tells "too big" without reading (or holding) the rest of it.
            byte[] bytes = body.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw tooBig();
            }
            return bytes;
        } catch (IOException e) {
            throw new WebRefusal(400, "The request could not be read.");
        }
    }

    private static WebRefusal tooBig() {
        return new WebRefusal(413, "The request is too big (at most 16 KB).");
    }

    private static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return type.equals("application/json");
    }

    /** A required string field. */
    static String text(ObjectNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            throw missing(field);
        }
        if (!value.isTextual()) {
            throw new WebRefusal(400, "\"" + field + "\" must be text.");
        }
        return value.asText();
    }

    /** An optional string field: {@code otherwise} when absent or null. */
    static String text(ObjectNode body, String field, String otherwise) {
        JsonNode value = body.get(field);
        return value == null || value.isNull() ? otherwise : text(body, field);
    }

    /** A required true/false field. */
    static boolean flag(ObjectNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            throw missing(field);
        }
        if (!value.isBoolean()) {
            throw new WebRefusal(400, "\"" + field + "\" must be true or false.");
        }
        return value.booleanValue();
    }

    /** An optional true/false field: {@code otherwise} when absent or null. */
    static boolean flag(ObjectNode body, String field, boolean otherwise) {
        JsonNode value = body.get(field);
        return value == null || value.isNull() ? otherwise : flag(body, field);
    }

    /** A required whole number (a JSON integer that fits a long). */
    static long wholeNumber(ObjectNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            throw missing(field);
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw new WebRefusal(400, "\"" + field + "\" must be a whole number.");
        }
        return value.longValue();
    }

    private static WebRefusal missing(String field) {
        return new WebRefusal(400, "\"" + field + "\" is missing.");
    }
}
