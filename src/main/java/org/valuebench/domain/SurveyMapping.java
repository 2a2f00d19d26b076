package org.valuebench.domain;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How to read a wide survey export (one row per respondent, one column per question) as feedback records:
 * each mapped question column gives one record per answered row. Columns are referred to by their header
 * text (any header row), a Qualtrics import id, or {@code #N} (the N-th column).
 *
 * @param headerRows       header rows before the first answer row; 0 to detect them (Google Forms 1,
 *                         SurveyMonkey 2, Qualtrics 3)
 * @param dateColumn       blank for none
 * @param dateFormat       a java.time pattern such as {@code M/d/yyyy H:mm:ss} for dates that are not ISO; blank
 *                         accepts ISO dates and date-times
 * @param commentColumn    a general comment column, attached to every record from the row; blank for none
 * @param voice            the voice of every record
 * @param channel          the channel of every record
 * @param include          the kinds of response that are not customers' feedback to import all the same
 *                         (left out by default)
 */
public record SurveyMapping(int headerRows, String dateColumn, String dateFormat, String segmentColumn,
                            String respondentColumn, String commentColumn, Voice voice, String channel,
                            List<SurveyQuestion> questions, Set<ResponseKind> include) {
    public static final int MAX_HEADER_ROWS = 10;

    public SurveyMapping {
        if (headerRows < 0 || headerRows > MAX_HEADER_ROWS) {
            throw new InvalidInputException("headerRows must be between 0 (detect) and " + MAX_HEADER_ROWS
                    + ", not " + headerRows);
        }
        dateColumn = Limits.optionalText("Date column", dateColumn, Limits.MAX_ITEM_TEXT);
        dateFormat = Limits.optionalText("Date format", dateFormat, Limits.MAX_NAME);
        segmentColumn = Limits.optionalText("Segment column", segmentColumn, Limits.MAX_ITEM_TEXT);
        respondentColumn = Limits.optionalText("Respondent column", respondentColumn, Limits.MAX_ITEM_TEXT);
        commentColumn = Limits.optionalText("Comment column", commentColumn, Limits.MAX_ITEM_TEXT);
        voice = voice == null ? Voice.CUSTOMER : voice;
        channel = channel == null ? FeedbackChannels.SURVEY : FeedbackChannels.normalise(channel);
        questions = List.copyOf(questions);
        if (questions.isEmpty()) {
            throw new InvalidInputException("A survey mapping needs at least one question mapped to a promise");
        }
        refuseRepeatedColumns(questions);
        include = include == null || include.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(include));
    }

    /** A mapping that leaves out previews, tests, spam and unfinished responses. */
    public SurveyMapping(int headerRows, String dateColumn, String dateFormat, String segmentColumn,
                         String respondentColumn, String commentColumn, Voice voice, String channel,
                         List<SurveyQuestion> questions) {
        this(headerRows, dateColumn, dateFormat, segmentColumn, respondentColumn, commentColumn, voice, channel,
                questions, Set.of());
    }

    /**
     * A column mapped twice would turn each answer into two records, so every respondent would count twice. The
     * same reference spelt with other spaces or case is the same column, as the file's columns are found so.
     */
    private static void refuseRepeatedColumns(List<SurveyQuestion> questions) {
        Map<String, Integer> entries = new HashMap<>();
        for (int i = 0; i < questions.size(); i++) {
            SurveyQuestion q = questions.get(i);
            Integer earlier = entries.putIfAbsent(q.column().toLowerCase(Locale.ROOT), i);
            if (earlier != null) {
                throw repeatedColumn(questions.get(earlier).column(), earlier + 1, i + 1, questions.get(earlier), q);
            }
        }
    }

    /** The refusal of a column that two question entries (numbered from 1) both map. */
    public static InvalidInputException repeatedColumn(String column, int first, int second, SurveyQuestion a,
                                                       SurveyQuestion b) {
        String names = a.column().equalsIgnoreCase(b.column()) ? ""
                : " (named '" + abbreviate(a.column()) + "' and '" + abbreviate(b.column()) + "')";
        String promises = a.promise().equalsIgnoreCase(b.promise())
                ? ", both to the promise '" + abbreviate(a.promise()) + "'"
                : ", to the promises '" + abbreviate(a.promise()) + "' and '" + abbreviate(b.promise()) + "'";
        return new InvalidInputException("The column '" + abbreviate(column) + "' is mapped twice: question entries "
                + first + " and " + second + names + promises + ", so every answer in it would count twice."
                + " Map each question column once.");
    }

    private static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 79) + "\u2026";
    }

    public SurveyMapping withQuestions(List<SurveyQuestion> newQuestions) {
        return new SurveyMapping(headerRows, dateColumn, dateFormat, segmentColumn, respondentColumn, commentColumn,
                voice, channel, newQuestions, include);
    }

    public SurveyMapping withHeaderRows(int rows) {
        return new SurveyMapping(rows, dateColumn, dateFormat, segmentColumn, respondentColumn, commentColumn, voice,
                channel, questions, include);
    }

    public SurveyMapping withInclude(Set<ResponseKind> kinds) {
        return new SurveyMapping(headerRows, dateColumn, dateFormat, segmentColumn, respondentColumn, commentColumn,
                voice, channel, questions, kinds);
    }
}
