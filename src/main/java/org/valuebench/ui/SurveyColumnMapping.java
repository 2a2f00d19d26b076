package org.valuebench.ui;

import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.valuebench.domain.FeedbackScale;
import org.valuebench.domain.SurveyColumn;

/**
 * One column of a survey export in the mapping step: its role and, for a question, the promise it measures and
 * the scale. A loaded mapping's per-question extras (expectation and comment columns, answer labels) are kept
 * as they were, since the step does not edit them.
 */
public final class SurveyColumnMapping {
    private final SurveyColumn column;
    private final String samples;
    private final ObjectProperty<SurveyColumnRole> role = new SimpleObjectProperty<>(SurveyColumnRole.IGNORE);
    private final StringProperty promise = new SimpleStringProperty();
    private final ObjectProperty<FeedbackScale> scale = new SimpleObjectProperty<>(FeedbackScale.ONE_TO_FIVE);
    String expectationColumn = "";
    String commentColumn = "";
    Map<String, Double> answers = Map.of();

    SurveyColumnMapping(SurveyColumn column, List<String> samples) {
        this.column = column;
        this.samples = String.join(" · ", samples.stream().filter(s -> !s.isBlank()).limit(4).toList());
    }

    public SurveyColumn column() {
        return column;
    }

    /** The first answers in the column, for the user to recognise it. */
    public String samples() {
        return samples;
    }

    public ObjectProperty<SurveyColumnRole> roleProperty() {
        return role;
    }

    /** The promise's text, or null while none is chosen. */
    public StringProperty promiseProperty() {
        return promise;
    }

    public ObjectProperty<FeedbackScale> scaleProperty() {
        return scale;
    }

    public boolean hasExtras() {
        return !expectationColumn.isEmpty() || !commentColumn.isEmpty() || !answers.isEmpty();
    }

    void clearExtras() {
        expectationColumn = "";
        commentColumn = "";
        answers = Map.of();
    }
}
