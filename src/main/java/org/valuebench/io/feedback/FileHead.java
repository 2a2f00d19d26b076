package org.valuebench.io.feedback;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A file's first bytes, and the text they hold, from which its kind is told.
 *
 * @param text the first bytes decoded in the encoding their byte order mark names (UTF-8 without one)
 */
record FileHead(Path file, byte[] bytes, TextEncoding encoding, String text) {
    static final int SIZE = 64 * 1024;

    static FileHead read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(SIZE);
            TextEncoding encoding = TextEncoding.of(bytes);
            return new FileHead(file, bytes, encoding, encoding.decode(bytes));
        } catch (NoSuchFileException e) {
            throw new FeedbackFormatException(file + " does not exist");
        } catch (IOException e) {
            throw new FeedbackFormatException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** A ZIP archive, as every .xlsx workbook is. */
    boolean isZip() {
        return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    /** Text that starts (after spaces) with a JSON object or array. */
    boolean isJson() {
        String start = text.stripLeading();
        return start.startsWith("{") || start.startsWith("[");
    }

    /** Whether the text names {@code "key"} as a JSON key or value: a cheap first look at a JSON file. */
    boolean mentions(String key) {
        return text.contains("\"" + key + "\"");
    }

    /** The first line of the text, lower case: a CSV file's header. */
    String firstLine() {
        String start = text.stripLeading();
        int end = start.indexOf('\n');
        return (end < 0 ? start : start.substring(0, end)).strip().toLowerCase(Locale.ROOT);
    }
}
