package org.valuebench.ui.feedback;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.valuebench.domain.Feedback;
import org.valuebench.domain.FeedbackChannels;
import org.valuebench.domain.FeedbackScale;
import org.valuebench.domain.InvalidInputException;
import org.valuebench.domain.Item;
import org.valuebench.domain.Voice;
import org.valuebench.ui.fx.DateFields;
import org.valuebench.ui.fx.GapLabels;

/** A form for one feedback record: promise, score and scale, expectation, voice, channel, segment, date, comment. */
final class FeedbackRecordDialog extends Dialog<Feedback> {
    private final Feedback original;
    private final ComboBox<Item> promise = new ComboBox<>();
    private final TextField score = new TextField();
    private final ComboBox<FeedbackScale> scale = new ComboBox<>();
    private final TextField expectation = new TextField();
    private final ComboBox<Voice> voice = new ComboBox<>();
    private final ComboBox<String> channel = new ComboBox<>();
    private final TextField segment = new TextField();
    private final DatePicker date = DateFields.picker(
            "The day the feedback was given; leave it empty if unknown");
    private final TextField respondent = new TextField();
    private final TextArea comment = new TextArea();
    private final Label problem = new Label();

    FeedbackRecordDialog(Window owner, String title, Feedback record, List<Item> promises) {
        this.original = record;
        initOwner(owner);
        setTitle(title);
        setHeaderText(null);
        getDialogPane().setId("feedbackRecordDialog");
        promise.setId("recordPromise");
        promise.getItems().setAll(promises);
        promise.setConverter(new StringConverter<>() {
            @Override
            public String toString(Item item) {
                return item == null ? "" : GapLabels.shortText(item.text(), 60);
            }

            @Override
            public Item fromString(String s) {
                return null;
            }
        });
        promises.stream().filter(p -> p.id() == record.promiseItemId()).findFirst().ifPresent(promise::setValue);
        score.setId("recordScore");
        score.setText(Feedback.format(record.score()));
        scale.setId("recordScale");
        scale.getItems().setAll(FeedbackScale.values());
        scale.setValue(record.scale());
        expectation.setId("recordExpectation");
        expectation.setPromptText("optional, same scale");
        expectation.setText(record.expectation() == null ? "" : Feedback.format(record.expectation()));
        voice.setId("recordVoice");
        voice.getItems().setAll(Arrays.asList(Voice.values()));
        voice.setValue(record.voice());
        channel.setId("recordChannel");
        channel.setEditable(true);
        channel.getItems().setAll(FeedbackChannels.KNOWN);
        channel.setValue(record.channel());
        segment.setId("recordSegment");
        segment.setText(record.segment());
        date.setId("recordDate");
        date.setValue(record.date());
        respondent.setId("recordRespondent");
        respondent.setText(record.respondent());
        comment.setId("recordComment");
        comment.setText(record.comment());
        comment.setWrapText(true);
        comment.setPrefRowCount(4);
        problem.setId("recordProblem");
        problem.getStyleClass().add("danger");
        problem.setWrapText(true);

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(12));
        int row = 0;
        grid.addRow(row++, new Label("Promise"), promise);
        grid.addRow(row++, new Label("Score"), score, new Label("on"), scale);
        grid.addRow(row++, new Label("Expectation"), expectation);
        grid.addRow(row++, new Label("Voice"), voice, new Label("Channel"), channel);
        grid.addRow(row++, new Label("Segment"), segment, new Label("Date"), date);
        grid.addRow(row++, new Label("Respondent"), respondent);
        grid.add(new Label("Comment"), 0, row);
        grid.add(comment, 1, row++, 3, 1);
        grid.add(problem, 0, row, 4, 1);
        GridPane.setColumnSpan(promise, 3);
        promise.setMaxWidth(Double.MAX_VALUE);
        getDialogPane().setContent(grid);

        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(save, ButtonType.CANCEL);
        javafx.scene.Node saveButton = getDialogPane().lookupButton(save);
        saveButton.setId("recordSave");
        for (javafx.beans.Observable o : List.of(promise.valueProperty(), score.textProperty(), scale.valueProperty(),
                expectation.textProperty(), channel.valueProperty(), channel.getEditor().textProperty(),
                segment.textProperty(), respondent.textProperty(), comment.textProperty(), date.valueProperty())) {
            o.addListener(x -> saveButton.setDisable(read().isEmpty()));
        }
        saveButton.setDisable(read().isEmpty());
        setResultConverter(button -> button == save ? read().orElse(null) : null);
        Platform.runLater(score::requestFocus);
    }

    /** The record as filled in, or empty with the reason shown. */
    private Optional<Feedback> read() {
        try {
            if (promise.getValue() == null) {
                throw new InvalidInputException("Choose the promise the feedback is on");
            }
            double value = number("Score", score.getText());
            String expected = expectation.getText() == null ? "" : expectation.getText().strip();
            Double expectationValue = expected.isEmpty() ? null : number("Expectation", expected);
            String channelText = channel.isEditable() && channel.getEditor().getText() != null
                    ? channel.getEditor().getText() : channel.getValue();
            Feedback record = new Feedback(original.id(), original.canvasId(), promise.getValue().id(), value,
                    scale.getValue(), expectationValue, voice.getValue(), channelText, segment.getText(),
                    date.getValue(), respondent.getText(), comment.getText(), original.importId());
            problem.setText("");
            return Optional.of(record);
        } catch (InvalidInputException e) {
            problem.setText(e.getMessage());
            return Optional.empty();
        }
    }

    private static double number(String what, String text) {
        try {
            return Double.parseDouble(text.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new InvalidInputException(what + " '" + text.strip() + "' is not a number");
        }
    }
}
