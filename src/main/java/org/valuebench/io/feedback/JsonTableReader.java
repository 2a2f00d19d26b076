package org.valuebench.io.feedback;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.valuebench.io.JsonLimits;

/**
 * A JSON export laid out as a table: each element of one array in the file (the responses, reviews or ratings)
 * is a row, turned into named fields by the kind's {@link Flattener}. The columns are the field names in the
 * order first seen, gathered by a first pass over the file, so records with fields others lack (a question not
 * everyone was shown) still line up. Row 1 is that header; the N-th element is row N + 1. Both passes stream:
 * one element is held at a time.
 */
final class JsonTableReader implements TabularReader {
    /** More columns than any survey has: a file with more is not a survey export. */
    static final int MAX_COLUMNS = 5_000;
    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(JsonLimits.constraints()).build());

    /** Turns one element of the array into named fields, in the order to show them. */
    interface Flattener {
        /**
         * @param record the element
         * @param place  where it is, for messages: "reviews.json line 12"
         */
        Map<String, String> fields(JsonNode record, String place);
    }

    private final Path file;
    private final List<String> arrayPath;
    private final Flattener flattener;
    private final List<String> columns;
    private final long size;
    private final MessageDigest digest = ContentHash.sha256();
    private final CountingInputStream counter;
    private final JsonParser parser;
    private boolean headerGiven;
    private boolean atEnd;
    private long record = 0;
    private long line;

    private JsonTableReader(Path file, List<String> arrayPath, Flattener flattener) throws IOException {
        this.file = file;
        this.arrayPath = arrayPath;
        this.flattener = flattener;
        this.size = Files.size(file);
        this.columns = gatherColumns();
        this.counter = new CountingInputStream(new BufferedInputStream(new DigestInputStream(
                Files.newInputStream(file), digest), 64 * 1024));
        this.parser = openParser(counter);
        enterArray(parser);
    }

    /**
     * Opens the file.
     *
     * @param arrayPath the keys from the root object to the array of records; empty when the root is the array
     */
    static JsonTableReader open(Path file, List<String> arrayPath, Flattener flattener) {
        try {
            return new JsonTableReader(file, List.copyOf(arrayPath), flattener);
        } catch (NoSuchFileException e) {
            throw new FeedbackFormatException(file + " does not exist");
        } catch (CharacterCodingException e) {
            throw new FeedbackFormatException(file.getFileName() + " is not UTF-8 text. " + TextEncoding.OPTIONS, e);
        } catch (StreamReadException e) {
            throw new FeedbackFormatException(file.getFileName() + " line " + e.getLocation().getLineNr() + ": "
                    + clean(e), e);
        } catch (IOException e) {
            throw new FeedbackFormatException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private List<String> gatherColumns() throws IOException {
        LinkedHashSet<String> names = new LinkedHashSet<>();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 64 * 1024);
             JsonParser first = openParser(in)) {
            enterArray(first);
            long records = 0;
            while (first.nextToken() == JsonToken.START_OBJECT) {
                records++;
                long at = first.currentLocation().getLineNr();
                JsonNode element = JSON.readTree(first);
                names.addAll(flattener.fields(element, file.getFileName() + " line " + at).keySet());
                if (names.size() > MAX_COLUMNS) {
                    throw new FeedbackFormatException(file.getFileName() + " line " + at + ": its records have more"
                            + " than " + MAX_COLUMNS + " different fields; a feedback export has far fewer");
                }
            }
            refuseOtherThanRecords(first);
            if (records == 0) {
                // An export of nothing has no columns either, so a mapping could only fail on a missing column.
                throw new FeedbackFormatException(file.getFileName() + " line " + first.currentLocation().getLineNr()
                        + ": " + describePath() + " holds no records (an empty array): there is nothing to import");
            }
        }
        return List.copyOf(names);
    }

    private void refuseOtherThanRecords(JsonParser p) {
        JsonToken token = p.currentToken();
        if (token == JsonToken.END_ARRAY) {
            return;
        }
        String found;
        try {
            found = token == null ? "the end of the file" : token == JsonToken.START_ARRAY ? "an array"
                    : token.isScalarValue() ? org.valuebench.domain.MessageText.cut(p.getText()) : token.name();
        } catch (IOException e) {
            // The token's text could not be read; the refusal below still names the place, which is what helps.
            found = "something else";
        }
        throw new FeedbackFormatException(file.getFileName() + " line " + p.currentLocation().getLineNr()
                + ": expected a record (a JSON object) in " + describePath() + ", found " + found);
    }

    private JsonParser openParser(InputStream in) throws IOException {
        in.mark(8);
        byte[] head = in.readNBytes(4);
        in.reset();
        TextEncoding encoding = TextEncoding.of(head);
        in.readNBytes(encoding.bomLength());
        return JSON.getFactory().createParser(new InputStreamReader(in, encoding.charset().newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
    }

    /** Moves the parser to just inside the array of records. */
    private void enterArray(JsonParser p) throws IOException {
        JsonToken token = p.nextToken();
        for (String key : arrayPath) {
            if (token != JsonToken.START_OBJECT) {
                throw notThere(p);
            }
            token = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if (key.equals(name)) {
                    token = value;
                    break;
                }
                p.skipChildren();
            }
            if (token == null) {
                throw notThere(p);
            }
        }
        if (token != JsonToken.START_ARRAY) {
            throw notThere(p);
        }
    }

    private FeedbackFormatException notThere(JsonParser p) {
        return new FeedbackFormatException(file.getFileName() + " line " + p.currentLocation().getLineNr()
                + ": expected " + describePath() + " to be an array of records");
    }

    private String describePath() {
        return arrayPath.isEmpty() ? "the file" : "\"" + String.join(".", arrayPath) + "\"";
    }

    @Override
    public List<String> next() {
        if (!headerGiven) {
            headerGiven = true;
            record = 1;
            line = 1;
            return columns;
        }
        if (atEnd) {
            // Asked again after the end (a survey source reads ahead, then on): the parser is past the array.
            return null;
        }
        try {
            JsonToken token = parser.nextToken();
            if (token != JsonToken.START_OBJECT) {
                refuseOtherThanRecords(parser);
                atEnd = true;
                drain();
                return null;
            }
            line = parser.currentLocation().getLineNr();
            JsonNode element = JSON.readTree(parser);
            Map<String, String> fields = flattener.fields(element, file.getFileName() + " line " + line);
            List<String> row = new ArrayList<>(columns.size());
            for (String column : columns) {
                String value = fields.get(column);
                row.add(value == null ? "" : value);
            }
            record++;
            return row;
        } catch (CharacterCodingException e) {
            throw new FeedbackFormatException(file.getFileName() + " is not UTF-8 text (near line " + line + "). "
                    + TextEncoding.OPTIONS, e);
        } catch (StreamReadException e) {
            throw new FeedbackFormatException(file.getFileName() + " line " + e.getLocation().getLineNr() + ": "
                    + clean(e), e);
        } catch (IOException e) {
            throw new FeedbackFormatException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Reads what follows the array, so the hash covers the whole file. */
    private void drain() throws IOException {
        counter.transferTo(java.io.OutputStream.nullOutputStream());
    }

    private static String clean(StreamReadException e) {
        String message = e.getOriginalMessage();
        return message == null ? "the JSON is malformed" : message.replaceAll("\\s+", " ");
    }

    @Override
    public long recordNumber() {
        return record;
    }

    @Override
    public long line() {
        return line;
    }

    @Override
    public String sheet() {
        return "";
    }

    @Override
    public long bytesRead() {
        return Math.min(counter.count(), size);
    }

    @Override
    public long size() {
        return size;
    }

    @Override
    public String contentHash() {
        if (!atEnd) {
            throw new IllegalStateException("The hash of " + file + " is known only once it has been read to the end");
        }
        return ContentHash.hex(digest);
    }

    @Override
    public char delimiter() {
        return ',';
    }

    @Override
    public Path file() {
        return file;
    }

    @Override
    public void close() {
        try {
            parser.close();
            counter.close();
        } catch (IOException e) {
            throw new FeedbackFormatException("Cannot close " + file + ": " + e.getMessage(), e);
        }
    }

    /** Text of a field as it should read in a cell: strings as they are, numbers plainly, null and missing blank. */
    static String text(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return "";
        }
        if (node.isTextual()) {
            return node.asText();
        }
        if (node.isIntegralNumber()) {
            return node.bigIntegerValue().toString();
        }
        if (node.isNumber()) {
            return node.decimalValue().stripTrailingZeros().toPlainString();
        }
        return node.isValueNode() ? node.asText() : node.toString();
    }
}
