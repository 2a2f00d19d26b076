package org.valuebench.io;

import static org.valuebench.domain.MessageText.quote;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.valuebench.domain.InvalidInputException;
import org.valuebench.domain.Limits;
import org.valuebench.domain.MessageText;
import org.valuebench.io.LocatedJson.JsonArray;
import org.valuebench.io.LocatedJson.JsonBoolean;
import org.valuebench.io.LocatedJson.JsonNumber;
import org.valuebench.io.LocatedJson.JsonObject;
import org.valuebench.io.LocatedJson.JsonString;

/**
 * The checks every part of a canvas file's reading makes on a value: its kind, its fields, its text; each
 * failure a {@link FormatException} naming the file, line, column and JSON path of the value.
 */
final class JsonChecks {
    private final String source;

    /** @param source the file name for messages, e.g. "canvas.json" */
    JsonChecks(String source) {
        this.source = source;
    }

    JsonObject object(LocatedJson value, String expected) {
        if (value instanceof JsonObject object) {
            return object;
        }
        throw problem(value, "expected " + expected + ", found " + describe(value));
    }

    JsonArray array(LocatedJson value, String expected) {
        if (value instanceof JsonArray array) {
            return array;
        }
        throw problem(value, "expected " + expected + ", found " + describe(value));
    }

    LocatedJson required(JsonObject object, String field, String what) {
        LocatedJson value = object.members().get(field);
        if (value == null) {
            throw problem(object, "missing required field '" + field + "' (" + what + ")");
        }
        return value;
    }

    Optional<LocatedJson> optional(JsonObject object, String field) {
        return Optional.ofNullable(object.members().get(field));
    }

    void onlyFields(JsonObject object, Set<String> allowed, String what) {
        for (Map.Entry<String, LocatedJson> member : object.members().entrySet()) {
            if (!allowed.contains(member.getKey())) {
                throw problem(member.getValue(), "unknown field " + quote(member.getKey()) + " in " + what
                        + "; expected only " + String.join(", ", allowed.stream().sorted().toList()));
            }
        }
    }

    String optionalText(JsonObject object, String field, String what, int max) {
        return optional(object, field).map(v -> text(v, what, max, false)).orElse("");
    }

    String text(LocatedJson value, String what, int max, boolean required) {
        if (!(value instanceof JsonString string)) {
            throw problem(value, "expected " + what + " as a string, found " + describe(value));
        }
        wellFormed(string);
        String text = string.value();
        if (required && text.isBlank()) {
            throw problem(value, "expected " + what + ", found an empty string");
        }
        int length = text.codePointCount(0, text.length());
        if (length > max) {
            throw problem(value, what + " is " + String.format("%,d", length) + " characters long; at most "
                    + String.format("%,d", max) + " are allowed");
        }
        return text;
    }

    /** JSON escapes can spell half of a surrogate pair, which no file or database can store. */
    void wellFormed(JsonString string) {
        String text = string.value();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw problem(string, String.format("the string holds half of a character (\\u%04X at "
                        + "character %d) that no text can store; expected complete Unicode characters", (int) c, i + 1));
            }
        }
    }

    int level(LocatedJson value, String what) {
        if (value instanceof JsonNumber number && number.isIntegral()
                && number.value().compareTo(BigDecimal.valueOf(Limits.MIN_LEVEL)) >= 0
                && number.value().compareTo(BigDecimal.valueOf(Limits.MAX_LEVEL)) <= 0) {
            return number.value().intValue();
        }
        throw problem(value, "expected the " + what + " as a whole number from " + Limits.MIN_LEVEL + " to "
                + Limits.MAX_LEVEL + ", found " + describe(value));
    }

    boolean bool(LocatedJson value) {
        if (value instanceof JsonBoolean bool) {
            return bool.value();
        }
        throw problem(value, "expected true or false, found " + describe(value));
    }

    /** Rules the domain enforces that the checks above did not already catch still name a place. */
    <T> T domain(LocatedJson where, Supplier<T> build) {
        try {
            return build.get();
        } catch (InvalidInputException e) {
            throw problem(where, e.getMessage());
        }
    }

    String describe(LocatedJson value) {
        if (value instanceof JsonString string) {
            return "the string \"" + MessageText.cut(string.value()) + "\"";
        }
        return value.kind();
    }

    FormatException problem(LocatedJson where, String message) {
        return new FormatException(where.position(source), message);
    }
}
