package org.valuebench.app;

import java.nio.charset.Charset;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Turns what the user typed for the workspace ({@code --db}, {@code VALUEBENCH_DB}) into a path, the one place
 * that does, so every way of naming it gets the same refusals: a URL, and a name the system cannot encode.
 */
final class WorkspacePath {
    /** "scheme://…" (two letters at least, so a Windows drive "C:/" is a path) or any "jdbc:…". */
    private static final Pattern URL = Pattern.compile("(?i)^(jdbc:.*|[a-z][a-z0-9+.-]+://.*)", Pattern.DOTALL);
    private static final int SHOWN_LENGTH = 80;

    private WorkspacePath() {
    }

    /**
     * @param value  what the user gave
     * @param source where it was given ("--db", "VALUEBENCH_DB"), for the message
     * @throws WorkspaceLocationException when it cannot name a workspace file; nothing was touched
     */
    static Path of(String value, String source) {
        if (URL.matcher(value.strip()).matches()) {
            throw new WorkspaceLocationException(source + " '" + shown(value) + "' looks like a URL; ValueBench"
                    + " workspaces are files, and database servers or other locations are not supported yet."
                    + " Give the path of a workspace file.");
        }
        try {
            return Path.of(value).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw new WorkspaceLocationException(source + " '" + shown(value) + "' cannot be a file name on this"
                    + " system (" + why(value, e) + "). If the name has letters beyond plain ASCII, use a UTF-8"
                    + " locale, e.g. LC_ALL=C.UTF-8, or choose a plain ASCII name.", e);
        }
    }

    private static String why(String value, InvalidPathException e) {
        if (value.indexOf('\0') >= 0) {
            return "it contains a NUL character";
        }
        // The JVM encodes file names with the locale's character set: under LC_ALL=C that is ASCII.
        String encoding = System.getProperty("sun.jnu.encoding", Charset.defaultCharset().name());
        if (e.getReason() != null && e.getReason().startsWith("Malformed input or input contains unmappable")) {
            return "the locale's character set, " + encoding + ", cannot encode it";
        }
        return "the system says: " + e.getReason();
    }

    /** The value as the user can read it: control characters escaped, cut to about 80 characters. */
    private static String shown(String value) {
        StringBuilder out = new StringBuilder();
        value.codePoints().limit(SHOWN_LENGTH).forEach(cp -> {
            if (cp == 0) {
                out.append("\\0");
            } else if (Character.isISOControl(cp)) {
                out.append(String.format("\\u%04X", cp));
            } else {
                out.appendCodePoint(cp);
            }
        });
        if (value.codePointCount(0, value.length()) > SHOWN_LENGTH) {
            out.append('…');
        }
        return out.toString();
    }
}
