package org.valuebench.domain;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Values from files and from users as messages quote them: at most {@link #MAX_QUOTED} characters, on one line.
 * A file can hold a key of 19 MB or a name with line breaks and terminal escapes; echoed whole, they flood the
 * terminal, split a message over lines or drive the terminal.
 */
public final class MessageText {
    /** The most characters of a value a message shows; a longer value is cut and ends with "…". */
    public static final int MAX_QUOTED = 80;
    private static final String ELLIPSIS = "…";
    private static final Pattern QUOTED = Pattern.compile("'([^']{" + (MAX_QUOTED + 1) + ",})'");

    private MessageText() {
    }

    /** The value in single quotes, cut as {@link #cut(String)} does: {@code 'need-1'}. */
    public static String quote(String value) {
        return "'" + cut(value) + "'";
    }

    /**
     * The value as a message shows it: line breaks, tabs and other control characters written as {@code \n},
     * {@code \t}, {@code \u001B}; cut after {@link #MAX_QUOTED} characters shown, never inside a character or an
     * escape, with "…" after it.
     */
    public static String cut(String value) {
        StringBuilder shown = new StringBuilder(Math.min(value.length(), 2 * MAX_QUOTED + 1));
        int count = 0;
        for (int i = 0; i < value.length(); ) {
            int codePoint = value.codePointAt(i);
            String next = shown(codePoint);
            count += next.codePointCount(0, next.length());
            if (count > MAX_QUOTED) {
                return shown.append(ELLIPSIS).toString();
            }
            shown.append(next);
            i += Character.charCount(codePoint);
        }
        return shown.toString();
    }

    /**
     * A message written by someone else (a library) with every value in it that is in single quotes cut as
     * {@link #cut(String)} does: a parser quotes a bad token of a file whole, or its first 256 characters.
     */
    public static String cutQuoted(String message) {
        return QUOTED.matcher(message).replaceAll(quoted -> Matcher.quoteReplacement(quote(quoted.group(1))));
    }

    private static String shown(int codePoint) {
        return switch (codePoint) {
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            default -> Character.getType(codePoint) == Character.CONTROL
                    ? String.format("\\u%04X", codePoint) : Character.toString(codePoint);
        };
    }
}
