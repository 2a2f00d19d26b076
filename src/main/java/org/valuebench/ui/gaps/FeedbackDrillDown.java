package org.valuebench.ui.gaps;

import org.valuebench.ui.gaps.figures.GapRow;
import org.valuebench.ui.gaps.figures.GapFigures;
import java.util.Arrays;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.valuebench.domain.Feedback;
import org.valuebench.domain.Voice;
import org.valuebench.ui.fx.Icons;

/**
 * The records behind the selected promise, a page at a time: date, voice, channel, segment, score and the
 * verbatim comment; with buttons to add, edit and delete records (undoable).
 */
final class FeedbackDrillDown extends VBox {
    private final ListView<Feedback> table;
    private final GapViewModel model;

    FeedbackDrillDown(GapViewModel model) {
        this.model = model;
        setId("drillDown");
        getStyleClass().add("drill-down");
        setSpacing(6);
        Label title = new Label();
        title.setId("drillTitle");
        title.getStyleClass().add("pane-title");
        title.setWrapText(true);
        title.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            GapRow row = model.selectedRowProperty().get();
            return row == null ? "Select a promise to see its feedback" : "Behind “" + row.promise() + "”";
        }, model.selectedRowProperty()));

        ComboBox<Voice> voice = new ComboBox<>();
        voice.setId("drillVoice");
        voice.getItems().add(null);
        voice.getItems().addAll(Arrays.asList(Voice.values()));
        voice.setConverter(new StringConverter<>() {
            @Override
            public String toString(Voice v) {
                return v == null ? "All voices" : GapFigures.plural(v);
            }

            @Override
            public Voice fromString(String s) {
                return null;
            }
        });
        voice.setButtonCell(new javafx.scene.control.cell.ComboBoxListCell<Voice>(voice.getConverter()) {
            @Override
            public void updateItem(Voice item, boolean empty) {
                super.updateItem(item, empty);
                setText(voice.getConverter().toString(item));
            }
        });
        voice.valueProperty().bindBidirectional(model.drillVoiceProperty());
        CheckBox commentsOnly = new CheckBox("Only with comments");
        commentsOnly.setId("drillCommentsOnly");
        commentsOnly.selectedProperty().bindBidirectional(model.onlyWithCommentsProperty());
        commentsOnly.setMinWidth(0);
        HBox filters = new HBox(8, voice, commentsOnly);
        filters.setAlignment(Pos.CENTER_LEFT);

        table = new ListView<>(model.records());
        table.setId("drillRecords");
        table.setPlaceholder(new Label("No feedback behind this figure under the filter"));
        table.setCellFactory(FeedbackDrillDownCell::new);
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && table.getSelectionModel().getSelectedItem() != null) {
                model.editRecord(table.getSelectionModel().getSelectedItem());
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);

        Button previous = new Button(null, Icons.small(Feather.CHEVRON_LEFT));
        previous.setId("drillPrevious");
        previous.setTooltip(new Tooltip("Newer records"));
        previous.setOnAction(e -> model.previousPage());
        previous.disableProperty().bind(model.pageProperty().isEqualTo(0));
        Button next = new Button(null, Icons.small(Feather.CHEVRON_RIGHT));
        next.setId("drillNext");
        next.setTooltip(new Tooltip("Older records"));
        next.setOnAction(e -> model.nextPage());
        next.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> model.pageProperty().get() + 1 >= model.pageCount(), model.pageProperty(),
                model.recordCountProperty()));
        Label pageText = new Label();
        pageText.setId("drillPageText");
        pageText.getStyleClass().add("hint");
        pageText.textProperty().bind(model.pageTextProperty());

        Button add = new Button("Add", Icons.small(Feather.PLUS));
        add.setId("feedbackAdd");
        add.setTooltip(new Tooltip("Add a feedback record on this promise"));
        add.setOnAction(e -> model.addRecord());
        Button edit = new Button("Edit", Icons.small(Feather.EDIT_2));
        edit.setId("feedbackEdit");
        edit.setOnAction(e -> model.editRecord(table.getSelectionModel().getSelectedItem()));
        Button delete = new Button("Delete", Icons.small(Feather.TRASH_2));
        delete.setId("feedbackDelete");
        delete.setTooltip(new Tooltip("Delete the selected record (Ctrl+Z brings it back)"));
        delete.setOnAction(e -> model.deleteRecord(table.getSelectionModel().getSelectedItem()));
        var none = table.getSelectionModel().selectedItemProperty().isNull();
        edit.disableProperty().bind(none);
        delete.disableProperty().bind(none);
        HBox paging = new HBox(6, previous, pageText, next);
        paging.setAlignment(Pos.CENTER_LEFT);
        HBox editing = new HBox(6, add, edit, delete);
        editing.setAlignment(Pos.CENTER_LEFT);

        getChildren().addAll(title, filters, table, paging, editing);
    }

    ListView<Feedback> table() {
        return table;
    }
}
