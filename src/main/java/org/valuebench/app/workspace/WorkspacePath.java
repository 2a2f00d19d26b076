package org.valuebench.app.workspace;

import java.nio.charset.Charset;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.valuebench.domain.MessageText;

/**
 * Turns what the user typed for the workspace ({@code --db}, {@code VALUEBENCH_DB}) into a path, the one place
 * that does, so every way of naming it gets the same refusals: a URL, and a name the system cannot encode. The
 * command line's other file arguments ({@code -o}, import files) go through {@link #file} for the second.
 */
public final class WorkspacePath {
    /** "scheme://…" (two letters at least, so a Windows drive "C:/" is a path) or any "jdbc:…". */
    private static final Pattern URL = Pattern.compile("(?i)^(jdbc:.*|[a-z][a-z0-9+.-]+://.*)", Pattern.DOTALL);

    private WorkspacePath() {
    }

    /**
     * @param value  what the user gave
     * @param source where it was given ("--db", "VALUEBENCH_DB"), for the message
     * @throws WorkspaceLocationException when it cannot name a workspace file; nothing was touched
     */
    static Path of(String value, String source) {
        if (URL.matcher(value.strip()).matches()) {
            throw new WorkspaceLocationException(source + " '" + MessageText.cut(value) + "' looks like a URL; a ValueBench"
                    + " workspace is a file or a team workspace on a PostgreSQL server (postgresql://user@host:5432/"
                    + "database); other locations are not supported. Give the path of a workspace file or a"
                    + " postgresql:// address.");
        }
        return file(value, source).toAbsolutePath().normalize();
    }

    /**
     * A file name as given, or a refusal saying why the system cannot take it (a NUL character, or letters the
     * locale's character set cannot encode, as under {@code LC_ALL=C}) and what to do.
     *
     * @param source where it was given ("--db", "-o"), for the message
     * @throws WorkspaceLocationException when it cannot be a file name; nothing was touched
     */
    public static Path file(String value, String source) {
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw new WorkspaceLocationException(source + " '" + MessageText.cut(value) + "' cannot be a file name"
                    + " on this system (" + why(value, e) + "). If the name has letters beyond plain ASCII, use a"
                    + " UTF-8 locale, e.g. LC_ALL=C.UTF-8, or choose a plain ASCII name.", e);
        }
    }

    /** Why {@code value} cannot be a file name here, in the user's words. */
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
}
