package org.valuebench.io.feedback;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Reads a CSV file record by record, holding one record at a time: UTF-8 with or without a byte order mark,
 * comma or semicolon separated (whichever the first line uses more), LF or CRLF line ends, RFC 4180 quotes
 * (doubled quotes inside, line breaks inside quoted fields). Blank lines are skipped. Hashes the file's bytes
 * (SHA-256) on the way, so a second import of the same content is noticed without reading the file twice.
 */
public final class CsvRecordReader implements AutoCloseable {
    private static final int SNIFF_BYTES = 64 * 1024;
    private static final CsvFactory FACTORY = new CsvFactory();
    private final Path file;
    private final long size;
    private final CountingInputStream counter;
    private final CsvParser parser;
    private final char delimiter;
    private final MessageDigest digest;
    private boolean atEnd;
    private long record;
    private long line;

    private CsvRecordReader(Path file, long size, CountingInputStream counter, CsvParser parser, char delimiter,
                            MessageDigest digest) {
        this.file = file;
        this.digest = digest;
        this.size = size;
        this.counter = counter;
        this.parser = parser;
        this.delimiter = delimiter;
    }

    public static CsvRecordReader open(Path file) {
        CountingInputStream counter = null;
        try {
            long size = Files.size(file);
            MessageDigest digest = sha256();
            counter = new CountingInputStream(new BufferedInputStream(
                    new DigestInputStream(Files.newInputStream(file), digest), SNIFF_BYTES * 2));
            byte[] head = peek(counter);
            Utf16Check.refuseUtf16(file, head);
            skipByteOrderMark(counter, head);
            char delimiter = sniffDelimiter(head);
            Reader reader = new InputStreamReader(counter, StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT));
            CsvParser parser = FACTORY.createParser(reader);
            parser.setSchema(CsvSchema.emptySchema().withColumnSeparator(delimiter).withQuoteChar('"')
                    .withoutEscapeChar());
            // Blank lines are skipped here, not by the parser, so that they still count as rows.
            parser.disable(CsvParser.Feature.SKIP_EMPTY_LINES);
            return new CsvRecordReader(file, size, counter, parser, delimiter, digest);
        } catch (NoSuchFileException e) {
            closeQuietly(counter);
            throw new FeedbackFormatException(file + " does not exist");
        } catch (IOException e) {
            closeQuietly(counter);
            throw new FeedbackFormatException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private static void skipByteOrderMark(InputStream in, byte[] head) throws IOException {
        if (startsWithByteOrderMark(head)) {
            in.readNBytes(3);
        }
    }

    private static boolean startsWithByteOrderMark(byte[] head) {
        return head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF;
    }

    private static byte[] peek(InputStream in) throws IOException {
        in.mark(SNIFF_BYTES);
        byte[] head = in.readNBytes(SNIFF_BYTES);
        in.reset();
        return head;
    }

    /** Counts commas and semicolons outside quotes in the first record that is not blank. */
    private static char sniffDelimiter(byte[] head) {
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        boolean blank = true;
        for (int i = startsWithByteOrderMark(head) ? 3 : 0; i < head.length; i++) {
            byte b = head[i];
            if (b == '"') {
                quoted = !quoted;
                blank = false;
            } else if (!quoted && (b == '\n' || b == '\r')) {
                if (!blank) {
                    break;
                }
                commas = 0;
                semicolons = 0;
            } else if (!quoted && b == ',') {
                commas++;
            } else if (!quoted && b == ';') {
                semicolons++;
            } else if (b != ' ' && b != '\t') {
                blank = false;
            }
        }
        return semicolons > commas ? ';' : ',';
    }

    /**
     * The next record's fields, or null at the end of the file. Blank records (empty, or only separators and
     * spaces) are skipped wherever they are, but counted, so record numbers stay the rows a spreadsheet shows.
     */
    public List<String> next() {
        List<String> fields;
        do {
            fields = nextRecord();
        } while (fields != null && isBlank(fields));
        return fields;
    }

    private static boolean isBlank(List<String> fields) {
        for (String field : fields) {
            if (!field.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private List<String> nextRecord() {
        try {
            JsonToken token = parser.nextToken();
            if (token == null) {
                atEnd = true;
                return null;
            }
            if (token != JsonToken.START_ARRAY) {
                throw new FeedbackFormatException(where() + "unexpected content");
            }
            line = parser.currentLocation().getLineNr();
            List<String> fields = new ArrayList<>();
            while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
                if (token == null) {
                    throw new FeedbackFormatException(where() + "the file ends inside a record");
                }
                fields.add(parser.getText());
            }
            record++;
            return fields;
        } catch (CharacterCodingException e) {
            throw new FeedbackFormatException(file + " is not UTF-8 text (near line " + parser.currentLocation().getLineNr()
                    + "); save it as \"CSV UTF-8\" and import it again", e);
        } catch (StreamReadException e) {
            throw new FeedbackFormatException(where() + cleanMessage(e), e);
        } catch (IOException e) {
            throw new FeedbackFormatException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private String where() {
        return file.getFileName() + " line " + parser.currentLocation().getLineNr() + ": ";
    }

    private static String cleanMessage(StreamReadException e) {
        String message = e.getOriginalMessage();
        return message == null ? "the CSV is malformed" : message.replaceAll("\\s+", " ");
    }

    /** SHA-256 of the file's bytes, lower-case hex; only once every record has been read. */
    public String contentHash() {
        if (!atEnd) {
            throw new IllegalStateException("The hash of " + file + " is known only once it has been read to the end");
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Records read so far, counting header rows: the spreadsheet row number of the last record read. */
    public long recordNumber() {
        return record;
    }

    /** The line the last record read starts on (records can span lines when quoted fields hold line breaks). */
    public long line() {
        return line;
    }

    public long bytesRead() {
        return Math.min(counter.count(), size);
    }

    public long size() {
        return size;
    }

    public char delimiter() {
        return delimiter;
    }

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

    private static void closeQuietly(InputStream in) {
        if (in == null) {
            return;
        }
        try {
            in.close();
        } catch (IOException ignored) {
            // Opening already failed; that failure is what the user is told about.
        }
    }
}
