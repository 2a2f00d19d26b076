package org.valuebench.io.feedback;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * The text encodings a feedback file may be in, told by its byte order mark. Without one, text is read as
 * UTF-8: a byte order mark is the only sure sign of another encoding, and guessing from the bytes would read
 * a Latin-1 file as garbage without a word.
 */
enum TextEncoding {
    UTF_8(StandardCharsets.UTF_8, 0, "UTF-8"),
    UTF_8_BOM(StandardCharsets.UTF_8, 3, "UTF-8 with a byte order mark"),
    UTF_32LE(Charset.forName("UTF-32LE"), 4, "UTF-32 (little-endian)"),
    UTF_32BE(Charset.forName("UTF-32BE"), 4, "UTF-32 (big-endian)"),
    UTF_16LE(StandardCharsets.UTF_16LE, 2, "UTF-16 (little-endian)"),
    UTF_16BE(StandardCharsets.UTF_16BE, 2, "UTF-16 (big-endian)");

    /** What the messages about an unreadable file offer instead. */
    static final String OPTIONS = "ValueBench reads UTF-8 (with or without a byte order mark) and UTF-16 or UTF-32"
            + " with a byte order mark";

    private final Charset charset;
    private final int bomLength;
    private final String title;

    TextEncoding(Charset charset, int bomLength, String title) {
        this.charset = charset;
        this.bomLength = bomLength;
        this.title = title;
    }

    Charset charset() {
        return charset;
    }

    /** The bytes of the byte order mark, to skip before the text. */
    int bomLength() {
        return bomLength;
    }

    String title() {
        return title;
    }

    /** The encoding the file's first bytes announce; UTF-8 when they announce none. */
    static TextEncoding of(byte[] head) {
        if (starts(head, 0xEF, 0xBB, 0xBF)) {
            return UTF_8_BOM;
        }
        if (starts(head, 0xFF, 0xFE, 0x00, 0x00)) {
            return UTF_32LE;
        }
        if (starts(head, 0x00, 0x00, 0xFE, 0xFF)) {
            return UTF_32BE;
        }
        if (starts(head, 0xFF, 0xFE)) {
            return UTF_16LE;
        }
        if (starts(head, 0xFE, 0xFF)) {
            return UTF_16BE;
        }
        return UTF_8;
    }

    private static boolean starts(byte[] head, int... bytes) {
        if (head.length < bytes.length) {
            return false;
        }
        for (int i = 0; i < bytes.length; i++) {
            if ((head[i] & 0xFF) != bytes[i]) {
                return false;
            }
        }
        return true;
    }

    /** The first characters of the file, decoded, for telling its kind apart; malformed bytes become U+FFFD. */
    String decode(byte[] head) {
        int start = Math.min(bomLength, head.length);
        return new String(head, start, head.length - start, charset);
    }
}
