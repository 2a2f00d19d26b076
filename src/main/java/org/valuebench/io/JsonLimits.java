package org.valuebench.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;

/**
 * How large a value a JSON input (a canvas file, a survey mapping) may hold, checked by the parser while it reads,
 * so that a small hostile file cannot make us build a huge number, string or stack. No value ValueBench writes
 * comes near these limits, and every refusal says what was too large in our words ({@link Exceeded#problem()}).
 */
public final class JsonLimits {
    /**
     * Characters in one number, sign, point and exponent included: room for every {@code long} (20) and every
     * {@code double} as Java writes it ({@code -2.2250738585072014E-308}, 24), so every file we write reads back.
     */
    public static final int MAX_NUMBER_CHARS = 24;
    /**
     * The largest exponent in size, again room for every {@code double}. The harm starts far beyond: printing
     * {@code 1e1000000000} in full takes a gigabyte, and turning it into an integer takes longer still.
     */
    public static final int MAX_EXPONENT = 400;
    /** Characters in one string; the longest text a canvas holds (notes, comments) is 20,000. */
    public static final int MAX_STRING_CHARS = 100_000;
    /** Characters in one field name; names are the format's own or a survey's answer texts. */
    public static final int MAX_NAME_CHARS = 10_000;
    /** Arrays and objects inside each other; a canvas file nests six deep, a mapping four. */
    public static final int MAX_DEPTH = 32;

    private static final StreamReadConstraints CONSTRAINTS = new Constraints();

    private JsonLimits() {
    }

    /** The limits for a Jackson {@code JsonFactory}; its parsers then throw {@link Exceeded}. */
    public static StreamReadConstraints constraints() {
        return CONSTRAINTS;
    }

    /**
     * Checks the number the parser stands on from its text, before anything turns it into a {@code BigDecimal},
     * a {@code BigInteger} or a {@code double}.
     */
    public static void checkNumber(JsonParser parser) throws IOException {
        char[] text = parser.getTextCharacters();
        int start = parser.getTextOffset();
        int length = parser.getTextLength();
        if (length > MAX_NUMBER_CHARS) {
            throw tooLongNumber();
        }
        for (int i = start; i < start + length; i++) {
            if (text[i] == 'e' || text[i] == 'E') {
                checkExponent(new String(text, start, length), new String(text, i + 1, start + length - i - 1));
                return;
            }
        }
    }

    /** What was too large, in words; Jackson's own messages name its classes, which mean nothing to a user. */
    public static String problem(StreamConstraintsException e) {
        return e instanceof Exceeded exceeded ? exceeded.problem()
                : "a value larger than ValueBench reads (is this the right file?)";
    }

    /**
     * Where the parser stopped on a limit, as Jackson throws those without a location: at the start of the token
     * it was reading, or of the field name it read together with a value; in a field name that is too long.
     */
    public static JsonLocation location(JsonParser parser, StreamConstraintsException e) {
        return inFieldName(e) ? parser.currentLocation() : parser.currentTokenLocation();
    }

    /** The array or object the refused value is in; for a field name, the object that has it. */
    public static JsonStreamContext context(JsonParser parser, StreamConstraintsException e) {
        JsonStreamContext context = parser.getParsingContext();
        return inFieldName(e) && context.getParent() != null ? context.getParent() : context;
    }

    private static boolean inFieldName(StreamConstraintsException e) {
        return e instanceof Exceeded exceeded && exceeded.fieldName;
    }

    private static void checkExponent(String number, String exponent) throws Exceeded {
        String digits = exponent.replaceFirst("^[+-]", "").replaceFirst("^0+(?=\\d)", "");
        if (digits.length() > 3 || Integer.parseInt(digits) > MAX_EXPONENT) {
            throw new Exceeded("the number " + number + " has an exponent beyond " + MAX_EXPONENT + " in size;"
                    + " expected a plain number such as 4 or 3.75");
        }
    }

    private static Exceeded tooLongNumber() {
        return new Exceeded("a number of more than " + MAX_NUMBER_CHARS + " characters; expected a plain number"
                + " such as 4 or 3.75");
    }

    /** A limit was passed; {@link #problem()} says which, in words for a user, without naming a place. */
    public static final class Exceeded extends StreamConstraintsException {
        private static final long serialVersionUID = 1L;
        /** A field name was too long: the parser stands in it, as it is not a token yet. */
        private final boolean fieldName;

        private Exceeded(String problem) {
            this(problem, false);
        }

        private Exceeded(String problem, boolean fieldName) {
            super(problem);
            this.fieldName = fieldName;
        }

        public String problem() {
            return getOriginalMessage();
        }
    }

    /**
     * Jackson's own limits, set to ours, with our words: Jackson's messages name its classes
     * ({@code StreamReadConstraints.getMaxNumberLength()}), which mean nothing to a user.
     */
    private static final class Constraints extends StreamReadConstraints {
        private static final long serialVersionUID = 1L;

        Constraints() {
            super(MAX_DEPTH, DEFAULT_MAX_DOC_LEN, MAX_NUMBER_CHARS, MAX_STRING_CHARS, MAX_NAME_CHARS,
                    DEFAULT_MAX_TOKEN_COUNT);
        }

        @Override
        public void validateNestingDepth(int depth) throws StreamConstraintsException {
            if (depth > MAX_DEPTH) {
                throw new Exceeded("arrays and objects nested more than " + MAX_DEPTH + " deep; a ValueBench file"
                        + " nests a few levels at most (is this the right file?)");
            }
        }

        @Override
        public void validateFPLength(int length) throws StreamConstraintsException {
            if (length > MAX_NUMBER_CHARS) {
                throw tooLongNumber();
            }
        }

        @Override
        public void validateIntegerLength(int length) throws StreamConstraintsException {
            if (length > MAX_NUMBER_CHARS) {
                throw tooLongNumber();
            }
        }

        @Override
        public void validateStringLength(int length) throws StreamConstraintsException {
            if (length > MAX_STRING_CHARS) {
                throw new Exceeded(String.format("a string of more than %,d characters; no text in a ValueBench"
                        + " file is that long (is this the right file?)", MAX_STRING_CHARS));
            }
        }

        @Override
        public void validateNameLength(int length) throws StreamConstraintsException {
            if (length > MAX_NAME_CHARS) {
                throw new Exceeded(String.format("a field name of more than %,d characters; no field name in a"
                        + " ValueBench file is that long (is this the right file?)", MAX_NAME_CHARS), true);
            }
        }
    }
}
