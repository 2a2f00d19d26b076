package org.valuebench.app.feedback;

import java.time.DateTimeException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.valuebench.domain.CanvasContent;
import org.valuebench.domain.FeedbackChannels;
import org.valuebench.domain.FeedbackScale;
import org.valuebench.domain.Item;
import org.valuebench.domain.SurveyColumn;
import org.valuebench.domain.SurveyMapping;
import org.valuebench.domain.SurveyPreview;
import org.valuebench.domain.SurveyQuestion;
import org.valuebench.domain.Voice;

/**
 * A first guess at how to read a survey export, for the mapping step to start from: question columns whose
 * header names a promise, the scale from the answers seen, and the date, respondent, segment and comment
 * columns by their usual names in Google Forms, SurveyMonkey and Qualtrics exports.
 */
final class SurveyMappingSuggester {
    private static final Pattern DATE = Pattern.compile("(?i)^(timestamp|recorded ?date|end ?date|start ?date|date"
            + "|submitted at|zeitstempel|marca temporal|horodateur)$");
    private static final Pattern RESPONDENT = Pattern.compile("(?i)^(respondent ?id|response ?id|email( address)?"
            + "|e-mail|respondent)$");
    private static final Pattern SEGMENT = Pattern.compile("(?i).*\\b(segment|store|branch|region|location"
            + "|customer type)\\b.*");
    private static final Pattern COMMENT = Pattern.compile("(?i).*\\b(comments?|anything else|remarks|suggestions?"
            + "|tell us more)\\b.*");
    private static final List<String> DATE_PATTERNS = List.of("M/d/yyyy H:mm:ss", "M/d/yyyy h:mm:ss a",
            "MM/dd/yyyy hh:mm:ss a", "MM/dd/yyyy HH:mm:ss", "yyyy/MM/dd h:mm:ss a", "d/M/yyyy H:mm:ss", "M/d/yyyy",
            "d.M.yyyy H:mm:ss", "d.M.yyyy");

    private SurveyMappingSuggester() {
    }

    static Optional<SurveyMapping> suggest(CanvasContent content, SurveyPreview preview) {
        List<Item> promises = content.promises();
        List<SurveyQuestion> questions = new ArrayList<>();
        String date = "";
        String respondent = "";
        String segment = "";
        String comment = "";
        for (SurveyColumn column : preview.columns()) {
            List<String> values = preview.rows().stream()
                    .map(row -> column.index() < row.size() ? row.get(column.index()).strip() : "")
                    .filter(v -> !v.isEmpty()).toList();
            Optional<Item> promise = promiseNamedBy(column, promises);
            if (promise.isPresent()) {
                questions.add(SurveyQuestion.of(reference(column, preview), promise.get().text(),
                        scaleOf(column, values)));
            } else if (date.isEmpty() && matches(DATE, column)) {
                date = reference(column, preview);
            } else if (respondent.isEmpty() && matches(RESPONDENT, column)) {
                respondent = reference(column, preview);
            } else if (segment.isEmpty() && matches(SEGMENT, column)) {
                segment = reference(column, preview);
            } else if (comment.isEmpty() && matches(COMMENT, column)) {
                comment = reference(column, preview);
            }
        }
        if (questions.isEmpty()) {
            return Optional.empty();
        }
        String dateFormat = date.isEmpty() ? "" : dateFormatOf(valuesOf(preview, date));
        return Optional.of(new SurveyMapping(preview.headerRows(), date, dateFormat, segment, respondent, comment,
                Voice.CUSTOMER, FeedbackChannels.SURVEY, questions));
    }

    private static Optional<Item> promiseNamedBy(SurveyColumn column, List<Item> promises) {
        String label = normal(column.label());
        for (Item promise : promises) {
            String text = normal(promise.text());
            if (label.equals(text) || text.length() >= 8 && label.contains(text)
                    || label.length() >= 8 && text.contains(label)) {
                return Optional.of(promise);
            }
        }
        return Optional.empty();
    }

    private static boolean matches(Pattern pattern, SurveyColumn column) {
        return pattern.matcher(column.label().strip()).matches()
                || column.headerCells().stream().anyMatch(h -> pattern.matcher(h.strip()).matches());
    }

    /** Qualtrics import ids survive edits of the question text; elsewhere the label is the stable name. */
    private static String reference(SurveyColumn column, SurveyPreview preview) {
        if (!column.importId().isEmpty()) {
            return column.importId();
        }
        long same = preview.columns().stream().filter(c -> c.label().equalsIgnoreCase(column.label())).count();
        return same > 1 ? column.positionRef() : column.label();
    }

    private static List<String> valuesOf(SurveyPreview preview, String reference) {
        SurveyColumn column = preview.columns().stream()
                .filter(c -> c.label().equals(reference) || c.importId().equals(reference)
                        || c.positionRef().equals(reference))
                .findFirst().orElseThrow();
        return preview.rows().stream().map(row -> column.index() < row.size() ? row.get(column.index()).strip() : "")
                .filter(v -> !v.isEmpty()).toList();
    }

    static FeedbackScale scaleOf(SurveyColumn column, List<String> values) {
        String label = column.label().toLowerCase(Locale.ROOT);
        if (label.contains("0-10") || label.contains("0 to 10") || label.contains("recommend")) {
            return FeedbackScale.ZERO_TO_TEN;
        }
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (String value : values) {
            Double number = FeedbackRowValidator.number(value);
            if (number == null) {
                return FeedbackScale.ONE_TO_FIVE;
            }
            min = Math.min(min, number);
            max = Math.max(max, number);
        }
        if (values.isEmpty() || max <= 5 && min >= 1) {
            return FeedbackScale.ONE_TO_FIVE;
        }
        if (max <= 7 && min >= 1) {
            return FeedbackScale.ONE_TO_SEVEN;
        }
        return min < 1 ? FeedbackScale.ZERO_TO_TEN : FeedbackScale.ONE_TO_TEN;
    }

    /** Blank when the dates are ISO, else the first usual pattern that reads every sample. */
    static String dateFormatOf(List<String> samples) {
        if (samples.isEmpty() || samples.stream().allMatch(SurveyMappingSuggester::isIso)) {
            return "";
        }
        for (String pattern : DATE_PATTERNS) {
            DateTimeFormatter format = FeedbackRowValidator.formatter(pattern);
            if (samples.stream().allMatch(s -> parses(format, s))) {
                return pattern;
            }
        }
        return "";
    }

    private static boolean isIso(String value) {
        try {
            FeedbackRowValidator.isoDate(value);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static boolean parses(DateTimeFormatter format, String value) {
        try {
            format.parse(value);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static String normal(String text) {
        return text.strip().toLowerCase(Locale.ROOT).replaceAll("[\\p{Punct}\\s]+", " ").strip();
    }
}
