package org.valuebench.ui.feedback;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.valuebench.domain.Feedback;
import org.valuebench.domain.FeedbackScale;
import org.valuebench.ui.fx.GapLabels;

/**
 * Scores for the answer labels of one survey question ("Very satisfied" = 5): one line per label the preview
 * shows, each with a choice of the scale's whole points. Each choice goes straight to the mapping view model.
 */
final class AnswerLabelsDialog extends Dialog<Void> {
    private static final String NONE = "—";

    AnswerLabelsDialog(Window owner, SurveyMappingViewModel model, SurveyColumnMapping question) {
        initOwner(owner);
        setTitle("Answer labels");
        FeedbackScale scale = question.scaleProperty().get();
        setHeaderText("Score each answer of '" + GapLabels.shortText(question.column().label(), 60)
                + "' on the scale " + scale.label());
        getDialogPane().setId("answerLabelsDialog");
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(6);
        grid.setPadding(new Insets(8, 0, 0, 0));
        List<String> choices = new ArrayList<>();
        choices.add(NONE);
        for (int point = scale.min(); point <= scale.max(); point++) {
            choices.add(Integer.toString(point));
        }
        int row = 0;
        for (String label : model.answerLabels(question)) {
            ComboBox<String> score = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(choices));
            score.setId("answerScore-" + row);
            Double current = question.answers().entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(label))
                    .map(java.util.Map.Entry::getValue).findFirst().orElse(null);
            score.setValue(current == null ? NONE : Feedback.format(current));
            if (current != null && !choices.contains(score.getValue())) {
                score.getItems().add(score.getValue());
            }
            score.valueProperty().addListener((obs, old, now) -> model.scoreAnswer(question, label,
                    now == null || now.equals(NONE) ? null : Double.valueOf(now)));
            grid.addRow(row++, new Label(GapLabels.shortText(label, 60)), score);
        }
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
    }
}
