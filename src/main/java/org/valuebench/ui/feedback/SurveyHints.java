package org.valuebench.ui.feedback;

import java.util.Optional;
import java.util.function.Consumer;
import org.valuebench.domain.FormatHints;

/**
 * Puts what a file's known layout says about its columns ({@link FormatHints}) into the mapping step, after
 * the suggestion: each rating column becomes a question with its scale and answer labels, and the date,
 * segment, respondent and comment columns get their roles. Which promise a rating measures stays the user's
 * choice: a promise the suggestion found from the column's text is kept, none is guessed.
 */
final class SurveyHints {
    private SurveyHints() {
    }

    /**
     * Applies {@code hints} to the columns of {@code table}; call it {@link SurveyColumnTable#quietly}, so no
     * promise is guessed from the label. Tells {@code missing} each hinted column this file does not have.
     */
    static void apply(FormatHints hints, SurveyColumnTable table, Consumer<String> missing) {
        for (FormatHints.Rating rating : hints.ratings()) {
            Optional<SurveyColumnMapping> found = table.find(rating.column());
            if (found.isEmpty()) {
                missing.accept(rating.column());
                continue;
            }
            SurveyColumnMapping column = found.get();
            if (column.roleProperty().get() != SurveyColumnRole.QUESTION) {
                column.clearExtras();
                column.promiseProperty().set(null);
            }
            column.roleProperty().set(SurveyColumnRole.QUESTION);
            column.scaleProperty().set(rating.scale());
            if (!rating.answers().isEmpty()) {
                column.setAnswers(rating.answers());
            }
            column.markRating();
        }
        role(hints.dateColumn(), SurveyColumnRole.DATE, table, missing);
        role(hints.segmentColumn(), SurveyColumnRole.SEGMENT, table, missing);
        role(hints.respondentColumn(), SurveyColumnRole.RESPONDENT, table, missing);
        role(hints.commentColumn(), SurveyColumnRole.COMMENT, table, missing);
    }

    /** The single role goes to the hinted column, and away from the column the suggestion gave it to. */
    private static void role(String header, SurveyColumnRole role, SurveyColumnTable table, Consumer<String> missing) {
        if (header.isEmpty()) {
            return;
        }
        table.find(header).ifPresentOrElse(column -> {
            table.columns().stream().filter(c -> c != column && c.roleProperty().get() == role)
                    .forEach(c -> c.roleProperty().set(SurveyColumnRole.IGNORE));
            if (column.roleProperty().get() != SurveyColumnRole.QUESTION) {
                column.roleProperty().set(role);
            }
        }, () -> missing.accept(header));
    }
}
