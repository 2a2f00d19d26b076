package org.valuebench.io;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A JSON value together with where it was read: its JSONPath and the line and column it starts at. Jackson's
 * own tree forgets locations, and every refusal of an import must say where the problem is.
 */
sealed interface LocatedJson {

    String path();

    int line();

    int column();

    /** What kind of value this is, in words for a message ("a string", "an array"). */
    String kind();

    default FormatException.Position position(String source) {
        return new FormatException.Position(source, path(), line(), column());
    }

    record JsonObject(String path, int line, int column, Map<String, LocatedJson> members) implements LocatedJson {
        @Override
        public String kind() {
            return "an object";
        }
    }

    record JsonArray(String path, int line, int column, List<LocatedJson> elements) implements LocatedJson {
        @Override
        public String kind() {
            return "an array";
        }
    }

    record JsonString(String path, int line, int column, String value) implements LocatedJson {
        @Override
        public String kind() {
            return "a string";
        }
    }

    record JsonNumber(String path, int line, int column, BigDecimal value) implements LocatedJson {
        @Override
        public String kind() {
            return "the number " + text();
        }

        /** The number as a message shows it: 4, 3.75, or 5E-400 where writing it out would take many digits. */
        String text() {
            String plain = value.toPlainString();
            return plain.length() <= JsonLimits.MAX_NUMBER_CHARS ? plain : value.toString();
        }

        boolean isIntegral() {
            return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
        }
    }

    record JsonBoolean(String path, int line, int column, boolean value) implements LocatedJson {
        @Override
        public String kind() {
            return value ? "true" : "false";
        }
    }

    record JsonNull(String path, int line, int column) implements LocatedJson {
        @Override
        public String kind() {
            return "null";
        }
    }

    /** Paths as JSONPath: {@code $.sections.needs[2]}, or {@code $["odd key"]} for keys that need quoting. */
    final class Paths {
        private static final Pattern PLAIN = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");

        private Paths() {
        }

        /** The format's own field names, all plain: checked once here rather than for every value read. */
        private static final java.util.Set<String> FORMAT_NAMES = java.util.Set.of("schemaVersion", "canvas",
                "sections", "fitLinks", "feedback", "name", "segment", "offering", "notes", "created", "updated",
                "key", "text", "importance", "promise", "promiseTarget", "colour", "author", "customer", "score",
                "scale", "expectation", "voice", "channel", "date", "respondent", "comment", "factors", "source", "action",
                "actionNote", "customerItems", "ratings", "offer", "note");

        static String member(String parent, String name) {
            if (FORMAT_NAMES.contains(name)) {
                return parent + "." + name;
            }
            if (PLAIN.matcher(name).matches()) {
                return parent + "." + name;
            }
            StringBuilder quoted = new StringBuilder(parent).append("[\"");
            name.codePoints().limit(60).forEach(cp -> {
                if (cp == '"' || cp == '\\') {
                    quoted.append('\\').appendCodePoint(cp);
                } else if (cp < 0x20) {
                    quoted.append(String.format("\\u%04x", cp));
                } else {
                    quoted.appendCodePoint(cp);
                }
            });
            if (name.codePointCount(0, name.length()) > 60) {
                quoted.append('…');
            }
            return quoted.append("\"]").toString();
        }

        static String element(String parent, int index) {
            return parent + "[" + index + "]";
        }
    }
}
