package org.valuebench.domain;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a file's known layout says about its columns, so the mapping step starts filled in: the rating columns
 * with their scale and answer labels, and the date, segment, respondent and comment columns (by header text;
 * blank for none). Which promise a rating measures is always the user's choice.
 *
 * @param voice   the voice of every record, or null to leave the usual default
 * @param channel the channel of every record, or blank to leave the usual default
 * @param rule    how the values are read, for the preview to show (e.g. how good and bad become scores); blank
 *                for none
 */
public record FormatHints(String dateColumn, String dateFormat, String segmentColumn, String respondentColumn,
                          String commentColumn, Voice voice, String channel, List<Rating> ratings, String rule) {
    public static final FormatHints NONE = new FormatHints("", "", "", "", "", null, "", List.of(), "");

    public FormatHints {
        dateColumn = Objects.requireNonNullElse(dateColumn, "");
        dateFormat = Objects.requireNonNullElse(dateFormat, "");
        segmentColumn = Objects.requireNonNullElse(segmentColumn, "");
        respondentColumn = Objects.requireNonNullElse(respondentColumn, "");
        commentColumn = Objects.requireNonNullElse(commentColumn, "");
        channel = Objects.requireNonNullElse(channel, "");
        ratings = List.copyOf(ratings);
        rule = Objects.requireNonNullElse(rule, "");
    }

    /**
     * A column that holds a rating.
     *
     * @param answers answer labels to scores, for ratings given as words (e.g. "good" → 5)
     */
    public record Rating(String column, FeedbackScale scale, Map<String, Double> answers) {
        public Rating {
            Objects.requireNonNull(column, "column");
            Objects.requireNonNull(scale, "scale");
            answers = answers == null ? Map.of() : Map.copyOf(answers);
        }

        public static Rating of(String column, FeedbackScale scale) {
            return new Rating(column, scale, Map.of());
        }
    }

    public boolean isEmpty() {
        return equals(NONE);
    }

    /**
     * The mapping these hints suggest with every rating measuring {@code promise}: for the command line to show
     * as a start when a mapping is missing. Empty when the hints name no rating.
     */
    public Optional<SurveyMapping> mappingWith(String promise) {
        if (ratings.isEmpty()) {
            return Optional.empty();
        }
        List<SurveyQuestion> questions = ratings.stream().map(r -> new SurveyQuestion(r.column(), promise, r.scale(),
                "", "", r.answers())).toList();
        return Optional.of(new SurveyMapping(0, dateColumn, dateFormat, segmentColumn, respondentColumn, commentColumn,
                voice, channel.isEmpty() ? null : channel, questions));
    }
}
