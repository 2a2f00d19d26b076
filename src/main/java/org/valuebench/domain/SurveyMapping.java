package org.valuebench.domain;

import java.util.List;

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
 */
public record SurveyMapping(int headerRows, String dateColumn, String dateFormat, String segmentColumn,
                            String respondentColumn, String commentColumn, Voice voice, String channel,
                            List<SurveyQuestion> questions) {
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
    }

    public SurveyMapping withQuestions(List<SurveyQuestion> newQuestions) {
        return new SurveyMapping(headerRows, dateColumn, dateFormat, segmentColumn, respondentColumn, commentColumn,
                voice, channel, newQuestions);
    }

    public SurveyMapping withHeaderRows(int rows) {
        return new SurveyMapping(rows, dateColumn, dateFormat, segmentColumn, respondentColumn, commentColumn, voice,
                channel, questions);
    }
}
