package org.valuebench.ui.feedback;

import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import org.valuebench.domain.FeedbackScale;
import org.valuebench.domain.SurveyColumn;

/**
 * One column of a survey export in the mapping step: its role; for a question, the promise it measures, the
 * scale and the scores of answer labels; for an expectation or a per-question comment, the question column it
 * belongs to.
 */
public final class SurveyColumnMapping {
    private final SurveyColumn column;
    private final String samples;
    private final List<String> values;
    private final ObjectProperty<SurveyColumnRole> role = new SimpleObjectProperty<>(SurveyColumnRole.IGNORE);
    private final StringProperty promise = new SimpleStringProperty();
    private final ObjectProperty<FeedbackScale> scale = new SimpleObjectProperty<>(FeedbackScale.ONE_TO_FIVE);
    private final ObjectProperty<SurveyColumnMapping> question = new SimpleObjectProperty<>();
    private final ObservableMap<String, Double> answers = FXCollections.observableHashMap();
    private boolean rating;

    SurveyColumnMapping(SurveyColumn column, List<String> samples) {
        this.column = column;
        this.values = List.copyOf(samples);
        this.samples = String.join(" · ", samples.stream().filter(s -> !s.isBlank()).limit(4).toList());
    }

    public SurveyColumn column() {
        return column;
    }

    /** The first answers in the column, for the user to recognise it. */
    public String samples() {
        return samples;
    }

    /** Every answer in the column's preview rows, blanks included. */
    List<String> values() {
        return values;
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

    /** For an expectation or a per-question comment: the question column it belongs to, or null. */
    public ObjectProperty<SurveyColumnMapping> questionProperty() {
        return question;
    }

    /** For a question given as labels ("Very satisfied"): the score of each label on the question's scale. */
    public ObservableMap<String, Double> answers() {
        return answers;
    }

    /** True for a column the file's layout names as a rating (e.g. an app store's star rating). */
    boolean isRating() {
        return rating;
    }

    void markRating() {
        rating = true;
    }

    void clearExtras() {
        question.set(null);
        answers.clear();
    }

    void setAnswers(Map<String, Double> labels) {
        answers.clear();
        answers.putAll(labels);
    }

    /** How the column is named in the question choices: "#3  How satisfied ...". */
    @Override
    public String toString() {
        String label = column.label();
        return column.positionRef() + "  " + (label.length() > 50 ? label.substring(0, 49) + "…" : label);
    }
}
