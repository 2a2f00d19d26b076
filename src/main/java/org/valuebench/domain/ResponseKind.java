package org.valuebench.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Answers survey tools keep in their exports that are not customers' feedback: previews and tests by the
 * survey's makers, responses marked as spam, and responses never finished. Imports leave them out unless the
 * mapping includes them ({@code "include": ["preview", "partial"]}).
 */
public enum ResponseKind {
    PREVIEW("preview", "survey preview", "survey previews"),
    TEST("test", "test response", "test responses"),
    SPAM("spam", "spam response", "spam responses"),
    PARTIAL("partial", "unfinished response", "unfinished responses");

    private final String id;
    private final String one;
    private final String many;

    ResponseKind(String id, String one, String many) {
        this.id = id;
        this.one = one;
        this.many = many;
    }

    /** As a mapping's {@code include} names it. */
    public String id() {
        return id;
    }

    /** "3 test responses", "1 survey preview". */
    public String count(long n) {
        return n + " " + (n == 1 ? one : many);
    }

    public static ResponseKind parse(String text) {
        String key = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        for (ResponseKind kind : values()) {
            if (kind.id.equals(key)) {
                return kind;
            }
        }
        throw new InvalidInputException(MessageText.quote(text == null ? "" : text.strip())
                + " is not a kind of response to include; the kinds are " + ids());
    }

    public static String ids() {
        return Arrays.stream(values()).map(ResponseKind::id).collect(Collectors.joining(", "));
    }
}
