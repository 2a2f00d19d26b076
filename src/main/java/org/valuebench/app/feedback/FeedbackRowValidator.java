package org.valuebench.app.feedback;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAccessor;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.valuebench.app.AppException;
import org.valuebench.domain.CanvasContent;
import org.valuebench.domain.Feedback;
import org.valuebench.domain.FeedbackDates;
import org.valuebench.domain.FeedbackScale;
import org.valuebench.domain.InvalidInputException;
import org.valuebench.domain.Item;
import org.valuebench.domain.MessageText;
import org.valuebench.domain.Voice;
import org.valuebench.io.feedback.FeedbackCandidate;
import org.valuebench.io.feedback.FeedbackField;

/**
 * Turns a file's row into a feedback record for one canvas, or says why it cannot: unknown or ambiguous
 * promise, score missing, not a number or outside its scale, unknown scale or voice, bad date, text too long.
 */
final class FeedbackRowValidator {
    private static final long AMBIGUOUS = -1;
    private final long canvasId;
    private final Map<String, Long> promisesByText = new HashMap<>();
    /** The texts exactly as on the canvas: most files spell them so, which spares trimming and lower-casing. */
    private final Map<String, Long> promisesByExactText = new HashMap<>();
    private final Map<Long, Item> promisesById = new HashMap<>();
    private final Map<String, Item> otherItemsByText = new HashMap<>();
    private final DateTimeFormatter dateFormat;
    private final String datePattern;
    private final boolean anyDate;

    /** @param anyDate take dates outside {@link FeedbackDates}' range too */
    FeedbackRowValidator(CanvasContent content, String datePattern, boolean anyDate) {
        this.anyDate = anyDate;
        this.canvasId = content.canvas().id();
        for (Item item : content.items()) {
            String key = key(item.text());
            if (item.promise()) {
                promisesById.put(item.id(), item);
                promisesByText.merge(key, item.id(), (a, b) -> AMBIGUOUS);
                promisesByExactText.merge(item.text(), item.id(), (a, b) -> AMBIGUOUS);
            } else {
                otherItemsByText.putIfAbsent(key, item);
            }
        }
        // Texts that are ambiguous ignoring case go the slow way, where the ambiguity is reported.
        promisesByExactText.values().removeIf(id -> id == AMBIGUOUS);
        promisesByExactText.keySet().removeIf(text -> promisesByText.get(key(text)) == AMBIGUOUS);
        this.datePattern = datePattern == null ? "" : datePattern.strip();
        this.dateFormat = this.datePattern.isEmpty() ? null : formatter(this.datePattern);
    }

    /** A java.time pattern made strict (so 31 February is refused) and case-insensitive (AM, am). */
    static DateTimeFormatter formatter(String pattern) {
        try {
            return new DateTimeFormatterBuilder().parseCaseInsensitive()
                    .appendPattern(strictYears(pattern))
                    .toFormatter(Locale.ENGLISH)
                    .withResolverStyle(ResolverStyle.STRICT);
        } catch (IllegalArgumentException e) {
            throw new AppException("The date format '" + pattern + "' is not a valid pattern: " + e.getMessage(), e);
        }
    }

    /** Strict resolving needs the proleptic year 'u' where people write the year-of-era 'y'. */
    private static String strictYears(String pattern) {
        StringBuilder out = new StringBuilder(pattern.length());
        boolean quoted = false;
        for (char c : pattern.toCharArray()) {
            if (c == '\'') {
                quoted = !quoted;
            }
            out.append(!quoted && c == 'y' ? 'u' : c);
        }
        return out.toString();
    }

    /** The record the row gives, or a {@link RowRejected} with the reason. */
    Feedback validate(FeedbackCandidate row, Long importId) {
        if (row.problem() != null) {
            throw new RowRejected(null, row.problem());
        }
        long promiseId = promise(row.promise());
        FeedbackScale scale = scale(row.scale());
        double score = score("score", row.score(), scale, true);
        String expectationText = row.expectation().strip();
        Double expectation = expectationText.isEmpty() ? null : score("expectation", expectationText, scale, false);
        Voice voice;
        try {
            voice = Voice.parse(row.voice());
        } catch (InvalidInputException e) {
            throw new RowRejected(FeedbackField.VOICE, e.getMessage());
        }
        LocalDate date = date(row.date());
        try {
            return new Feedback(0, canvasId, promiseId, score, scale, expectation, voice, row.channel(), row.segment(),
                    date, row.respondent(), row.comment(), importId);
        } catch (InvalidInputException e) {
            throw new RowRejected(null, e.getMessage());
        }
    }

    private long promise(String reference) {
        Long exact = promisesByExactText.get(reference);
        if (exact != null) {
            return exact;
        }
        String text = reference.strip();
        if (text.isEmpty()) {
            throw new RowRejected(FeedbackField.PROMISE, "the promise is missing");
        }
        Long byText = promisesByText.get(key(text));
        if (byText != null && byText == AMBIGUOUS) {
            throw new RowRejected(FeedbackField.PROMISE, "two promises read '" + text + "'; name the promise by its id");
        }
        if (byText != null) {
            return byText;
        }
        if (text.matches("\\d{1,18}") && promisesById.containsKey(Long.parseLong(text))) {
            return Long.parseLong(text);
        }
        if (otherItemsByText.containsKey(key(text))) {
            throw new RowRejected(FeedbackField.PROMISE, "'" + abbreviate(text) + "' is on the canvas but is not a promise");
        }
        throw new RowRejected(FeedbackField.PROMISE, "unknown promise '" + abbreviate(text) + "'");
    }

    private static FeedbackScale scale(String text) {
        try {
            return FeedbackScale.parse(text);
        } catch (InvalidInputException e) {
            throw new RowRejected(FeedbackField.SCALE, e.getMessage());
        }
    }

    private static double score(String what, String text, FeedbackScale scale, boolean required) {
        FeedbackField field = "score".equals(what) ? FeedbackField.SCORE : FeedbackField.EXPECTATION;
        String trimmed = text.strip();
        if (trimmed.isEmpty() && required) {
            throw new RowRejected(field, "the " + what + " is missing");
        }
        Double value = number(trimmed);
        if (value == null) {
            throw new RowRejected(field, what + " '" + abbreviate(trimmed) + "' is not a number");
        }
        if (!scale.contains(value)) {
            throw new RowRejected(field, what + " " + Feedback.format(value) + " is outside the scale " + scale.label());
        }
        return value;
    }

    /**
     * A plain decimal number: optional sign, digits, and a decimal point or (as semicolon-separated files from
     * European spreadsheets write it) a decimal comma. Exponents, hex, NaN and Infinity are not scores.
     */
    static Double number(String text) {
        int length = text.length();
        if (length == 0 || length > 30) {
            return null;
        }
        int i = text.charAt(0) == '-' || text.charAt(0) == '+' ? 1 : 0;
        int digits = 0;
        int separators = 0;
        for (int j = i; j < length; j++) {
            char c = text.charAt(j);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c == '.' || c == ',') {
                separators++;
            } else {
                return null;
            }
        }
        if (digits == 0 || separators > 1) {
            return null;
        }
        return Double.parseDouble(separators == 1 ? text.replace(',', '.') : text);
    }

    private LocalDate date(String text) {
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            return null;
        }
        LocalDate date;
        try {
            date = dateFormat == null ? isoDate(trimmed) : LocalDate.from(dateFormat.parse(trimmed));
        } catch (DateTimeException e) {
            String expected = dateFormat == null ? "an ISO date such as 2024-03-05 or date-time such as 2024-03-05T14:30"
                    : "a date written as " + datePattern;
            throw new RowRejected(FeedbackField.DATE, "bad date '" + abbreviate(trimmed) + "' (expected " + expected + ")");
        }
        if (!anyDate && !FeedbackDates.plausible(date)) {
            throw new RowRejected(FeedbackField.DATE, "date '" + abbreviate(trimmed) + "' is " + FeedbackDates.range()
                    + " (--any-date accepts it)");
        }
        return date;
    }

    /** An ISO date, or the date of an ISO date-time (with T or a space, optional seconds, offset or zone). */
    static LocalDate isoDate(String text) {
        if (text.length() == 10) {
            return plainDate(text);
        }
        String iso = text.length() > 10 && text.charAt(10) == ' ' ? text.substring(0, 10) + 'T' + text.substring(11)
                : text;
        TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parse(iso);
        return LocalDate.from(parsed);
    }

    /** yyyy-mm-dd read by hand: the import's most common date, parsed a million times. */
    private static LocalDate plainDate(String text) {
        for (int i = 0; i < 10; i++) {
            char c = text.charAt(i);
            if (i == 4 || i == 7 ? c != '-' : c < '0' || c > '9') {
                return LocalDate.parse(text);
            }
        }
        return LocalDate.of(Integer.parseInt(text, 0, 4, 10), Integer.parseInt(text, 5, 7, 10),
                Integer.parseInt(text, 8, 10, 10));
    }

    private static String key(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }

    private static String abbreviate(String text) {
        return MessageText.cut(text);
    }

    /** A row's fault; carries no stack trace, as a file can have many of them. */
    static final class RowRejected extends RuntimeException {
        private static final long serialVersionUID = 1L;

        private final transient FeedbackField field;

        /** @param field the field at fault, or null when the row as a whole is */
        RowRejected(FeedbackField field, String reason) {
            super(reason, null, false, false);
            this.field = field;
        }

        FeedbackField field() {
            return field;
        }
    }
}
