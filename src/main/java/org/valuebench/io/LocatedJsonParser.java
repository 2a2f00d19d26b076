package org.valuebench.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.valuebench.domain.MessageText;
import org.valuebench.io.LocatedJson.JsonArray;
import org.valuebench.io.LocatedJson.JsonBoolean;
import org.valuebench.io.LocatedJson.JsonNull;
import org.valuebench.io.LocatedJson.JsonNumber;
import org.valuebench.io.LocatedJson.JsonObject;
import org.valuebench.io.LocatedJson.JsonString;
import org.valuebench.io.LocatedJson.Paths;

/**
 * Reads strict JSON (no comments, no trailing commas, no duplicate keys) into {@link LocatedJson} values, within
 * {@link JsonLimits}: a number, string, name or nesting beyond them is refused as it is read, where it is.
 */
final class LocatedJsonParser {
    private final JsonFactory factory = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .streamReadConstraints(JsonLimits.constraints())
            .build();

    /** Parses one JSON document from text; {@code source} names the input in messages. */
    LocatedJson parse(Reader reader, String source) {
        try {
            return parse(factory.createParser(reader), source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Parses one JSON document from the bytes of a file, which must be UTF-8 (RFC 8259); a byte-order mark is
     * allowed. Decoding here rather than in Jackson keeps columns counted in characters, as editors count.
     */
    LocatedJson parse(InputStream in, String source) {
        try {
            return parse(new StringReader(utf8(in.readAllBytes(), source)), source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String utf8(byte[] bytes, String source) {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer input = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer output = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(input, output, true);
        if (!result.isError()) {
            result = decoder.flush(output);
        }
        if (result.isError()) {
            output.flip();
            String before = output.toString();
            int line = 1 + (int) before.chars().filter(c -> c == '\n').count();
            int column = before.length() - before.lastIndexOf('\n');
            throw new FormatException(new FormatException.Position(source, "$", line, column), String.format(
                    "not UTF-8 text (byte 0x%02X); canvas files are UTF-8 JSON", bytes[input.position()] & 0xFF));
        }
        output.flip();
        return output.toString();
    }

    private LocatedJson parse(JsonParser created, String source) {
        try (JsonParser parser = created) {
            try {
                return document(parser, source);
            } catch (StreamConstraintsException e) {
                throw new FormatException(where(parser, source, e), JsonLimits.problem(e), e);
            }
        } catch (JsonProcessingException e) {
            throw new FormatException(position(source, e),
                    "not valid JSON: " + MessageText.cutQuoted(e.getOriginalMessage()), e);
        } catch (CharConversionException e) {
            throw new FormatException(new FormatException.Position(source, "$", 0, 0),
                    "not valid JSON text: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static LocatedJson document(JsonParser parser, String source) throws IOException {
        JsonToken first = parser.nextToken();
        if (first == null) {
            throw new FormatException(new FormatException.Position(source, "$", 1, 1),
                    "the file is empty; expected a JSON object (a ValueBench canvas)");
        }
        LocatedJson root = value(parser, "$");
        if (parser.nextToken() != null) {
            JsonLocation at = parser.currentTokenLocation();
            throw new FormatException(new FormatException.Position(source, "$", line(at), column(at)),
                    "unexpected content after the end of the JSON document");
        }
        return root;
    }

    private static FormatException.Position where(JsonParser parser, String source, StreamConstraintsException e) {
        JsonLocation at = JsonLimits.location(parser, e);
        return new FormatException.Position(source, path(JsonLimits.context(parser, e)), line(at), column(at));
    }

    private static LocatedJson value(JsonParser parser, String path) throws IOException {
        JsonLocation at = parser.currentTokenLocation();
        int line = line(at);
        int column = column(at);
        JsonToken token = parser.currentToken();
        return switch (token) {
            case START_OBJECT -> {
                Map<String, LocatedJson> members = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    parser.nextToken();
                    members.put(name, value(parser, Paths.member(path, name)));
                }
                yield new JsonObject(path, line, column, members);
            }
            case START_ARRAY -> {
                List<LocatedJson> elements = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    elements.add(value(parser, Paths.element(path, elements.size())));
                }
                yield new JsonArray(path, line, column, elements);
            }
            case VALUE_STRING -> new JsonString(path, line, column, parser.getText());
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                JsonLimits.checkNumber(parser);
                yield new JsonNumber(path, line, column, parser.getDecimalValue());
            }
            case VALUE_TRUE -> new JsonBoolean(path, line, column, true);
            case VALUE_FALSE -> new JsonBoolean(path, line, column, false);
            case VALUE_NULL -> new JsonNull(path, line, column);
            default -> throw new IllegalStateException("Unexpected JSON token " + token + " at " + path);
        };
    }

    private static FormatException.Position position(String source, JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        String path = "$";
        if (e.getProcessor() instanceof JsonParser parser) {
            path = path(parser.getParsingContext());
        }
        return new FormatException.Position(source, path, at == null ? 0 : line(at), at == null ? 0 : column(at));
    }

    /** The JSONPath of where the parser is, built from Jackson's context chain. */
    private static String path(JsonStreamContext context) {
        List<JsonStreamContext> chain = new ArrayList<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            chain.add(0, c);
        }
        String path = "$";
        for (JsonStreamContext c : chain) {
            if (c.inArray()) {
                path = Paths.element(path, Math.max(0, c.getCurrentIndex()));
            } else if (c.inObject() && c.getCurrentName() != null) {
                path = Paths.member(path, c.getCurrentName());
            }
        }
        return path;
    }

    private static int line(JsonLocation at) {
        return Math.max(0, at.getLineNr());
    }

    private static int column(JsonLocation at) {
        return Math.max(0, at.getColumnNr());
    }
}
