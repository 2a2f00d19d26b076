package org.valuebench.ui.exchange;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns a canvas name into a file name every common file system accepts, for the file chooser's suggestion:
 * no path separators or characters Windows refuses, no control characters, no leading or trailing dots or
 * spaces, no reserved device names, and not too long. Letters of any script and emoji stay as they are.
 */
final class SafeFileName {
    static final String FALLBACK = "canvas";
    /** In characters (code points); well under the 255 bytes most file systems allow, even for UTF-8 text. */
    static final int MAX_LENGTH = 80;
    private static final Pattern REFUSED = Pattern.compile("[\\\\/:*?\"<>|\\p{Cntrl}\\p{Zl}\\p{Zp}]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Set<String> RESERVED = Set.of("CON", "PRN", "AUX", "NUL",
            "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
            "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9");

    private SafeFileName() {
    }

    /** A file name without extension for {@code name}; "canvas" when nothing usable is left. */
    static String of(String name) {
        String safe = REFUSED.matcher(name == null ? "" : name).replaceAll(" - ");
        safe = SPACES.matcher(safe).replaceAll(" ").strip();
        safe = safe.replaceAll("^( ?- ?)+", "").replaceAll("( ?- ?)+$", "");
        safe = truncate(safe);
        safe = safe.replaceAll("^[. ]+", "").replaceAll("[. ]+$", "");
        if (safe.isEmpty()) {
            return FALLBACK;
        }
        String base = safe.contains(".") ? safe.substring(0, safe.indexOf('.')) : safe;
        if (RESERVED.contains(base.strip().toUpperCase(Locale.ROOT))) {
            safe = safe + " " + FALLBACK;
        }
        return safe;
    }

    /** Cuts at a code point boundary, so an emoji is never split in half. */
    private static String truncate(String text) {
        if (text.codePointCount(0, text.length()) <= MAX_LENGTH) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, MAX_LENGTH));
    }
}
