package org.valuebench.app.join;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Locale;

/**
 * The code on the screen that lets a device join: six characters from an alphabet without the look-alikes 0/O,
 * 1/I/L, typed in any case and with spaces; compared in constant time so timing tells nothing of it.
 */
final class JoinCode {
    static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    static final int LENGTH = 6;
    /** Longer than anything a person types for a code: compared anyway, but not normalised at length. */
    private static final int MAX_TYPED = 64;

    private JoinCode() {
    }

    static String make(SecureRandom random) {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** Whether {@code typed} is {@code code}, ignoring case and white space. */
    static boolean matches(String code, String typed) {
        if (typed == null || typed.length() > MAX_TYPED || code.isEmpty()) {
            return false;
        }
        String normal = typed.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        return MessageDigest.isEqual(code.getBytes(StandardCharsets.UTF_8), normal.getBytes(StandardCharsets.UTF_8));
    }
}
