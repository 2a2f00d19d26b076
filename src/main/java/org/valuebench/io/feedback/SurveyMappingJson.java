package org.valuebench.io.feedback;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.valuebench.io.AtomicFiles;
import org.valuebench.domain.FeedbackScale;
import org.valuebench.domain.InvalidInputException;
import org.valuebench.domain.MessageText;
import org.valuebench.domain.ResponseKind;
import org.valuebench.domain.SurveyMapping;
import org.valuebench.domain.SurveyQuestion;
import org.valuebench.domain.Voice;
import org.valuebench.io.JsonLimits;

/**
 * Reads and writes survey mappings as JSON, the file {@code --mapping FILE} takes and the mapping dialog saves:
 * <pre>{@code
 * {
 *   "format": "valuebench-survey-mapping", "version": 1,
 *   "headerRows": 3,
 *   "date": "StartDate", "dateFormat": "", "segment": "Q5", "respondent": "ResponseId", "comment": "Q6",
 *   "voice": "customer", "channel": "survey",
 *   "include": ["preview", "partial"],
 *   "questions": [
 *     {"column": "QID1", "promise": "Always in stock", "scale": "1-5",
 *      "expectation": "", "comment": "", "answers": {"Very satisfied": 5}}
 *   ]
 * }
 * }</pre>
 * Only {@code questions} (each with {@code column} and {@code promise}) is required. {@code include} names the
 * kinds of response that are not customers' feedback to import all the same ({@code preview}, {@code test},
 * {@code spam}, {@code partial}; none by default); it is written only when it names any, so older versions
 * still read the file. Unknown keys are refused so a misspelt key cannot be silently ignored.
 */
public final class SurveyMappingJson {
    public static final String FORMAT = "valuebench-survey-mapping";
    public static final int VERSION = 1;
    private static final long MAX_BYTES = 1_000_000;
    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(JsonLimits.constraints()).build()).enable(SerializationFeature.INDENT_OUTPUT);
    private static final Set<String> TOP_KEYS = Set.of("format", "version", "headerRows", "date", "dateFormat",
            "segment", "respondent", "comment", "voice", "channel", "include", "questions");
    private static final Set<String> QUESTION_KEYS = Set.of("column", "promise", "scale", "expectation", "comment",
            "answers");

    private SurveyMappingJson() {
    }

    public static SurveyMapping read(Path file) {
        String text;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new FeedbackFormatException("The mapping " + file + " is larger than 1 MB; it is not a mapping file");
            }
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        } catch (NoSuchFileException e) {
            throw new FeedbackFormatException("The mapping " + file + " does not exist");
        } catch (CharacterCodingException e) {
            throw new FeedbackFormatException("The mapping " + file + " is not UTF-8 text", e);
        } catch (IOException e) {
            throw new FeedbackFormatException("Cannot read the mapping " + file + ": " + e.getMessage(), e);
        }
        return parse(text, file.getFileName().toString());
    }

    /** Parses mapping JSON; {@code source} names it in messages. */
    public static SurveyMapping parse(String json, String source) {
        String where = "The mapping " + source + ": ";
        String body = json.startsWith("\uFEFF") ? json.substring(1) : json;
        JsonNode root;
        try {
            checkLimits(body, where);
            root = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new FeedbackFormatException(where + "not valid JSON (" + (at == null ? "" : "line " + at.getLineNr()
                    + ", column " + at.getColumnNr() + ": ") + MessageText.cutQuoted(e.getOriginalMessage()) + ")", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a string has no input to fail
        }
        if (root == null || !root.isObject()) {
            throw new FeedbackFormatException(where + "expected a JSON object with \"questions\"");
        }
        try {
            refuseUnknown(root, TOP_KEYS, where);
            String format = text(root, "format", where);
            if (!format.isEmpty() && !format.equals(FORMAT)) {
                throw new FeedbackFormatException(where + "\"format\" is " + MessageText.quote(format) + ", not '"
                        + FORMAT + "'");
            }
            int version = integer(root, "version", VERSION, where);
            if (version > VERSION) {
                throw new FeedbackFormatException(where + "written by a newer ValueBench (mapping version " + version
                        + "; this version reads up to " + VERSION + ")");
            }
            JsonNode questions = root.get("questions");
            if (questions == null || !questions.isArray() || questions.isEmpty()) {
                throw new FeedbackFormatException(where + "\"questions\" must be a non-empty list of"
                        + " {\"column\": ..., \"promise\": ..., \"scale\": ...}");
            }
            List<SurveyQuestion> list = new ArrayList<>();
            int n = 0;
            for (JsonNode q : questions) {
                n++;
                list.add(question(q, where + "question " + n + ": "));
            }
            String voice = text(root, "voice", where);
            return new SurveyMapping(integer(root, "headerRows", 0, where), text(root, "date", where),
                    text(root, "dateFormat", where), text(root, "segment", where), text(root, "respondent", where),
                    text(root, "comment", where), voice.isEmpty() ? Voice.CUSTOMER : Voice.parse(voice),
                    root.has("channel") ? text(root, "channel", where) : null, list, include(root, where));
        } catch (InvalidInputException e) {
            throw new FeedbackFormatException(where + e.getMessage(), e);
        }
    }

    /**
     * Reads the tokens once within {@link JsonLimits} before the tree is built: the tree reads a number as a
     * double and keeps no places, so a hostile number, string or nesting is refused here, saying where.
     */
    private static void checkLimits(String body, String where) throws IOException {
        try (JsonParser parser = JSON.getFactory().createParser(body)) {
            try {
                for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                    if (token.isNumeric()) {
                        JsonLimits.checkNumber(parser);
                    } else if (token == JsonToken.VALUE_STRING) {
                        parser.getTextLength(); // reads the whole string, which checks its length
                    }
                }
            } catch (StreamConstraintsException e) {
                JsonLocation at = JsonLimits.location(parser, e);
                throw new FeedbackFormatException(where + "line " + at.getLineNr() + ", column " + at.getColumnNr()
                        + ": " + JsonLimits.problem(e), e);
            }
        }
    }

    /** The kinds of response to import all the same: {@code "include": ["preview", "partial"]}. */
    private static Set<ResponseKind> include(JsonNode root, String where) {
        JsonNode node = root.get("include");
        if (node == null || node.isNull()) {
            return Set.of();
        }
        if (!node.isArray()) {
            throw new FeedbackFormatException(where + "\"include\" must be a list of the kinds of response to import"
                    + " all the same, e.g. [\"preview\", \"partial\"]; the kinds are " + ResponseKind.ids());
        }
        EnumSet<ResponseKind> kinds = EnumSet.noneOf(ResponseKind.class);
        for (JsonNode kind : node) {
            if (!kind.isTextual()) {
                throw new FeedbackFormatException(where + "\"include\" holds " + MessageText.cut(kind.toString())
                        + ", not the name of a kind of response; the kinds are " + ResponseKind.ids());
            }
            kinds.add(ResponseKind.parse(kind.asText()));
        }
        return kinds;
    }

    private static SurveyQuestion question(JsonNode q, String where) {
        if (!q.isObject()) {
            throw new FeedbackFormatException(where + "expected an object with \"column\" and \"promise\"");
        }
        refuseUnknown(q, QUESTION_KEYS, where);
        Map<String, Double> answers = new LinkedHashMap<>();
        JsonNode node = q.get("answers");
        if (node != null && !node.isNull()) {
            if (!node.isObject()) {
                throw new FeedbackFormatException(where + "\"answers\" must map answer texts to scores");
            }
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                if (!e.getValue().isNumber()) {
                    throw new FeedbackFormatException(where + "the answer " + MessageText.quote(e.getKey())
                            + " must map to a number");
                }
                answers.put(e.getKey(), e.getValue().asDouble());
            }
        }
        try {
            return new SurveyQuestion(text(q, "column", where), text(q, "promise", where),
                    FeedbackScale.parse(text(q, "scale", where)), text(q, "expectation", where),
                    text(q, "comment", where), answers);
        } catch (InvalidInputException e) {
            throw new FeedbackFormatException(where + e.getMessage(), e);
        }
    }

    private static void refuseUnknown(JsonNode node, Set<String> known, String where) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!known.contains(key)) {
                throw new FeedbackFormatException(where + "unknown key \"" + MessageText.cut(key) + "\" (known: "
                        + known.stream().sorted().toList() + ")");
            }
        }
    }

    private static String text(JsonNode node, String key, String where) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return "";
        }
        if (value.isTextual()) {
            return value.asText();
        }
        if (value.isNumber()) {
            return value.asText();
        }
        throw new FeedbackFormatException(where + "\"" + key + "\" must be a text");
    }

    private static int integer(JsonNode node, String key, int fallback, String where) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.canConvertToInt() || !value.isIntegralNumber()) {
            throw new FeedbackFormatException(where + "\"" + key + "\" must be a whole number");
        }
        return value.asInt();
    }

    public static String toJson(SurveyMapping mapping) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.put("headerRows", mapping.headerRows());
        root.put("date", mapping.dateColumn());
        root.put("dateFormat", mapping.dateFormat());
        root.put("segment", mapping.segmentColumn());
        root.put("respondent", mapping.respondentColumn());
        root.put("comment", mapping.commentColumn());
        root.put("voice", mapping.voice().label());
        root.put("channel", mapping.channel());
        if (!mapping.include().isEmpty()) {
            ArrayNode include = root.putArray("include");
            EnumSet.copyOf(mapping.include()).forEach(kind -> include.add(kind.id()));
        }
        ArrayNode questions = root.putArray("questions");
        for (SurveyQuestion q : mapping.questions()) {
            ObjectNode node = questions.addObject();
            node.put("column", q.column());
            node.put("promise", q.promise());
            node.put("scale", q.scale().label());
            node.put("expectation", q.expectationColumn());
            node.put("comment", q.commentColumn());
            ObjectNode answers = node.putObject("answers");
            q.answers().forEach(answers::put);
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new FeedbackFormatException("Cannot write the mapping: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * Writes the mapping whole or not at all, under the rules of {@link AtomicFiles} (only a regular file or a
     * new name; a file already there is replaced only once the new one is complete).
     */
    public static void write(SurveyMapping mapping, Path file) {
        byte[] json = toJson(mapping).getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(file, out -> out.write(json));
    }
}
