package org.valuebench.cli;

import java.util.regex.Pattern;

/**
 * Makes user text safe and tidy for a terminal: control characters (an imported file could carry escape
 * sequences) never reach it, and table cells stay on one line and within a width.
 */
final class TerminalText {
    private static final Pattern LINE_BREAKS_AND_TABS = Pattern.compile("[\\s\\p{Cntrl}]+");
    private static final Pattern CONTROL_EXCEPT_NEWLINE = Pattern.compile("[\\p{Cntrl}&&[^\\n]]");
    private static final String ELLIPSIS = "…";

    private TerminalText() {
    }

    /** The text on one line: every run of white space or control characters becomes one space. */
    static String oneLine(String text) {
        return LINE_BREAKS_AND_TABS.matcher(text).replaceAll(" ").strip();
    }

    /** The text with its line breaks kept and other control characters (tabs, escapes, CR) made spaces. */
    static String lines(String text) {
        return CONTROL_EXCEPT_NEWLINE.matcher(text.replace("\r\n", "\n")).replaceAll(" ");
    }

    /** Width on a terminal, counted in code points (close enough for the scripts canvases are written in). */
    static int width(String text) {
        return text.codePointCount(0, text.length());
    }

    /** At most {@code max} code points, the last one an ellipsis when the text was cut. */
    static String truncate(String text, int max) {
        if (width(text) <= max) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, max - 1)) + ELLIPSIS;
    }

    static String padRight(String text, int width) {
        return text + " ".repeat(Math.max(0, width - width(text)));
    }

    static String padLeft(String text, int width) {
        return " ".repeat(Math.max(0, width - width(text))) + text;
    }
}
