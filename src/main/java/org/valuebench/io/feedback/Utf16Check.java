package org.valuebench.io.feedback;

import java.nio.file.Path;

/**
 * Refuses UTF-16 files without a byte order mark before they are read as UTF-8. Without a byte order mark, UTF-16 text is valid UTF-8
 * (every other byte a NUL character), so it would otherwise be refused later for a reason that misleads: a
 * header 'promise' that does not match "promise" because NULs hide between its letters.
 */
final class Utf16Check {
    /** Enough text to judge: a header line or two. */
    private static final int SAMPLE = 4096;

    private Utf16Check() {
    }

    /** @param head the file's first bytes, as many as were at hand, of a file with no byte order mark */
    static void refuseUtf16WithoutMark(Path file, byte[] head) {
        if (looksLikeUtf16(head)) {
            throw new FeedbackFormatException(file.getFileName() + " looks like UTF-16 text without a byte order mark"
                    + " (every other byte is zero). " + TextEncoding.OPTIONS + ": save it as \"CSV UTF-8\" (or as"
                    + " UTF-16 with a byte order mark) and import it again");
        }
    }

    /**
     * Text in Latin letters, digits and punctuation has a zero high byte in UTF-16: zeros at nearly every odd
     * position (little-endian) or even position (big-endian), and almost none at the other.
     */
    private static boolean looksLikeUtf16(byte[] head) {
        int pairs = Math.min(head.length, SAMPLE) / 2;
        if (pairs < 2) {
            return false;
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < pairs * 2; i += 2) {
            evenZeros += head[i] == 0 ? 1 : 0;
            oddZeros += head[i + 1] == 0 ? 1 : 0;
        }
        return mostly(oddZeros, pairs) && rarely(evenZeros, pairs) || mostly(evenZeros, pairs) && rarely(oddZeros, pairs);
    }

    private static boolean mostly(int zeros, int pairs) {
        return zeros * 10 >= pairs * 4;
    }

    private static boolean rarely(int zeros, int pairs) {
        return zeros * 10 <= pairs;
    }
}
