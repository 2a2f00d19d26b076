package org.valuebench.ui.feedback;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Why a survey mapping cannot be used yet, in the words the mapping dialog shows: the first problem only, in
 * the order the user meets the columns, so fixing one shows the next.
 */
final class SurveyMappingProblems {
    private SurveyMappingProblems() {
    }

    /** The first problem of the mapping of {@code columns}, of which {@code questions} are the questions; "" if none. */
    static String first(List<SurveyColumnMapping> questions, List<SurveyColumnMapping> columns) {
        if (questions.isEmpty()) {
            return "Map at least one question column to a promise.";
        }
        for (SurveyColumnMapping c : questions) {
            if (c.promiseProperty().get() == null) {
                // A star rating or a good/bad verdict names no promise: only the user knows what it rates.
                return c.isRating() ? "Choose the promise the ratings in '" + c.column().label() + "' measure"
                        + " (the file does not say which), or set the column to Not imported." : "Choose the promise that '" + c.column().label()
                        + "' measures.";
            }
            for (String label : answerLabels(c)) {
                if (c.answers().keySet().stream().noneMatch(k -> k.equalsIgnoreCase(label))) {
                    return "Give the answer '" + label + "' in '" + c.column().label() + "' a score (Answers…).";
                }
            }
        }
        for (SurveyColumnMapping c : columns) {
            SurveyColumnRole role = c.roleProperty().get();
            if (!role.belongsToQuestion()) {
                continue;
            }
            SurveyColumnMapping question = c.questionProperty().get();
            if (question == null) {
                return "Choose the question that '" + c.column().label() + "' belongs to.";
            }
            long same = columns.stream().filter(o -> o.roleProperty().get() == role
                    && o.questionProperty().get() == question).count();
            if (same > 1) {
                return "Only one column can be the " + role.toString().toLowerCase(Locale.ROOT).replace(" a question", "")
                        + " '" + question.column().label() + "'.";
            }
        }
        return "";
    }

    /**
     * The answers in a question's preview rows that are neither blank nor a number, with those a loaded mapping
     * names: the labels that need a score.
     */
    static List<String> answerLabels(SurveyColumnMapping question) {
        Set<String> labels = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        labels.addAll(question.answers().keySet());
        question.values().stream().map(String::strip).filter(v -> !v.isEmpty() && !isNumber(v)).forEach(labels::add);
        return List.copyOf(labels);
    }

    private static boolean isNumber(String value) {
        return value.replace(',', '.').matches("[+-]?\\d+(\\.\\d+)?");
    }
}
