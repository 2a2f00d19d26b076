package org.valuebench.domain;

import java.util.Map;
import java.util.Objects;

/**
 * A question column of a survey export mapped to a promise.
 *
 * @param column            the question's column: header text in any header row, Qualtrics import id, or #N
 * @param promise           the promise's text (trimmed, case-insensitive) or id
 * @param scale             the scale the answers were given on
 * @param expectationColumn optional column holding the expectation on the same scale; blank for none
 * @param commentColumn     optional column with a comment on this question only; blank for none
 * @param answers           answer labels to scores (e.g. "Very satisfied" → 5) for exports that give labels
 */
public record SurveyQuestion(String column, String promise, FeedbackScale scale, String expectationColumn,
                             String commentColumn, Map<String, Double> answers) {

    public SurveyQuestion {
        column = Limits.requiredText("Question column", column, Limits.MAX_ITEM_TEXT);
        promise = Limits.requiredText("Promise", promise, Limits.MAX_ITEM_TEXT);
        Objects.requireNonNull(scale, "scale");
        expectationColumn = Limits.optionalText("Expectation column", expectationColumn, Limits.MAX_ITEM_TEXT);
        commentColumn = Limits.optionalText("Comment column", commentColumn, Limits.MAX_ITEM_TEXT);
        answers = answers == null ? Map.of() : Map.copyOf(answers);
        answers.forEach((label, score) -> {
            if (!scale.contains(score)) {
                throw new InvalidInputException("Answer " + MessageText.quote(label) + " maps to "
                        + Feedback.format(score)
                        + ", outside the scale " + scale.label());
            }
        });
    }

    public static SurveyQuestion of(String column, String promise, FeedbackScale scale) {
        return new SurveyQuestion(column, promise, scale, "", "", Map.of());
    }
}
