package org.valuebench.ui.feedback;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.property.Property;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.valuebench.app.feedback.ImportOptions;
import org.valuebench.domain.FeedbackScale;
import org.valuebench.domain.InvalidInputException;
import org.valuebench.domain.SurveyColumn;
import org.valuebench.domain.SurveyMapping;
import org.valuebench.domain.SurveyPreview;
import org.valuebench.domain.Voice;
import org.valuebench.ui.fx.GapLabels;
import org.valuebench.ui.fx.Icons;

/**
 * The mapping step of a survey import: the first rows of the file, then one line per column saying what it is
 * (a question on a promise and its scale, the date, segment, respondent, comment, or not imported), the import
 * options, and saving or loading the mapping. Binds to {@link SurveyMappingViewModel}.
 */
final class SurveyMappingDialog extends Dialog<ImportOptions> {
    /** The gap view's style sheet: the dialog is opened from that view and looks like it. */
    private static final String STYLESHEET =
            SurveyMappingDialog.class.getResource("/org/valuebench/ui/gaps/gapview.css").toExternalForm();

    SurveyMappingDialog(Window owner, SurveyMappingViewModel model) {
        initOwner(owner);
        setTitle("Map survey columns");
        headerTextProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            SurveyPreview p = model.preview();
            return p.fileName() + ": " + p.kind() + ", " + p.headerRows() + " header row"
                    + (p.headerRows() == 1 ? "" : "s") + ", " + p.columns().size() + " columns";
        }, model.previewProperty()));
        setResizable(true);
        getDialogPane().setId("surveyMappingDialog");
        getDialogPane().getStylesheets().add(STYLESHEET);

        TableView<SurveyColumnMapping> mapping = new TableView<>(model.columns());
        mapping.setId("mappingTable");
        mapping.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<SurveyColumnMapping, String> column = new TableColumn<>("Column");
        column.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().column().positionRef() + "  "
                + GapLabels.shortText(c.getValue().column().label(), 60)));
        column.setPrefWidth(300);
        TableColumn<SurveyColumnMapping, String> samples = new TableColumn<>("First answers");
        samples.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().samples()));
        samples.setPrefWidth(170);
        TableColumn<SurveyColumnMapping, SurveyColumnMapping> role = comboColumn("Use as", "mappingRole", 190,
                m -> Arrays.asList(SurveyColumnRole.values()), SurveyColumnMapping::roleProperty, r -> true);
        TableColumn<SurveyColumnMapping, SurveyColumnMapping> promise = comboColumn("Promise", "mappingPromise", 220,
                m -> model.promises(), SurveyColumnMapping::promiseProperty, r -> r == SurveyColumnRole.QUESTION);
        TableColumn<SurveyColumnMapping, SurveyColumnMapping> question = comboColumn("Belongs to question",
                "mappingQuestion", 200, m -> model.questionColumns(), SurveyColumnMapping::questionProperty,
                SurveyColumnRole::belongsToQuestion);
        TableColumn<SurveyColumnMapping, SurveyColumnMapping> scale = comboColumn("Scale", "mappingScale", 90,
                m -> Arrays.asList(FeedbackScale.values()), SurveyColumnMapping::scaleProperty,
                r -> r == SurveyColumnRole.QUESTION);
        TableColumn<SurveyColumnMapping, SurveyColumnMapping> answers = answersColumn(model);
        mapping.getColumns().setAll(List.of(column, samples, role, promise, scale, answers, question));
        mapping.setPrefHeight(Math.min(420, 36 + 40 * model.columns().size()));
        mapping.setMinHeight(160);
        mapping.setFixedCellSize(38);
        VBox.setVgrow(mapping, Priority.ALWAYS);

        TextField dateFormat = new TextField();
        dateFormat.setId("mappingDateFormat");
        dateFormat.setPromptText("ISO dates");
        dateFormat.setPrefColumnCount(14);
        dateFormat.textProperty().bindBidirectional(model.dateFormatProperty());
        dateFormat.setTooltip(new Tooltip("A java.time pattern for the date column, e.g. M/d/yyyy H:mm:ss;"
                + " blank for ISO dates such as 2024-03-05"));
        ComboBox<Voice> voice = new ComboBox<>(FXCollections.observableArrayList(Voice.values()));
        voice.setId("mappingVoice");
        voice.valueProperty().bindBidirectional(model.voiceProperty());
        TextField channel = new TextField();
        channel.setId("mappingChannel");
        channel.setPrefColumnCount(10);
        channel.textProperty().bindBidirectional(model.channelProperty());
        Spinner<Integer> headerRows = new Spinner<>(1, SurveyMapping.MAX_HEADER_ROWS, model.headerRowsProperty().get());
        headerRows.setId("mappingHeaderRows");
        headerRows.setPrefWidth(70);
        headerRows.setTooltip(new Tooltip("Rows above the first answer: Google Forms 1, SurveyMonkey 2, Qualtrics 3."
                + " Changing it reads the file again."));
        headerRows.getValueFactory().valueProperty().addListener((obs, old, now) -> {
            if (now != null && now != model.headerRowsProperty().get()) {
                model.headerRowsProperty().set(now);
            }
        });
        model.headerRowsProperty().addListener((obs, old, now) -> headerRows.getValueFactory().setValue(now.intValue()));
        HBox common = new HBox(8, new Label("Header rows"), headerRows, new Label("Date format"), dateFormat,
                new Label("Voice"), voice, new Label("Channel"), channel);
        common.setAlignment(Pos.CENTER_LEFT);

        CheckBox skip = new CheckBox("Skip invalid rows (import the valid ones, report the others)");
        skip.setId("mappingSkipInvalid");
        skip.selectedProperty().bindBidirectional(model.skipInvalidProperty());
        CheckBox duplicate = new CheckBox("Allow importing the same file again");
        duplicate.setId("mappingAllowDuplicate");
        duplicate.selectedProperty().bindBidirectional(model.allowDuplicateProperty());
        Button save = new Button("Save mapping…", Icons.small(Feather.SAVE));
        save.setId("mappingSave");
        save.setOnAction(e -> model.saveMapping());
        Button load = new Button("Load mapping…", Icons.small(Feather.FOLDER));
        load.setId("mappingLoad");
        load.setOnAction(e -> model.loadMapping());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox files = new HBox(8, skip, spacer, load, save);
        files.setAlignment(Pos.CENTER_LEFT);
        Label message = new Label();
        message.setId("mappingMessage");
        message.getStyleClass().add("hint");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        Label problem = new Label();
        problem.setId("mappingProblem");
        problem.getStyleClass().add("danger");
        problem.textProperty().bind(model.problemProperty());

        StackPane previewHolder = new StackPane(previewTable(model.preview()));
        model.previewProperty().addListener((obs, old, now) -> previewHolder.getChildren().setAll(previewTable(now)));
        VBox content = new VBox(10, caption("The file's first rows"), previewHolder,
                caption("What each column holds"), mapping, common, files, duplicate, message, problem);
        content.setPadding(new Insets(4, 12, 0, 12));
        getDialogPane().setContent(content);
        // Sized to the screen, through the minimum: the pane's own preferred width comes out far too narrow
        // for ten columns of mapping (seen at 600 px), and a 1280 x 800 screen cannot take every table row.
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        double width = Math.min(1200, screen.getWidth() - 40);
        getDialogPane().setMinWidth(width);
        getDialogPane().setPrefSize(width, Math.min(860, screen.getHeight() - 40));

        ButtonType importType = new ButtonType("Import", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(importType, ButtonType.CANCEL);
        javafx.scene.Node importButton = getDialogPane().lookupButton(importType);
        importButton.setId("mappingImport");
        importButton.disableProperty().bind(model.problemProperty().isNotEmpty());
        setResultConverter(button -> {
            if (button != importType) {
                return null;
            }
            try {
                return model.options();
            } catch (InvalidInputException e) {
                return null;
            }
        });
    }

    private static Label caption(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("caption");
        return label;
    }

    private static TableView<List<String>> previewTable(SurveyPreview preview) {
        TableView<List<String>> table = new TableView<>(FXCollections.observableArrayList(preview.rows()));
        table.setId("mappingPreview");
        for (SurveyColumn c : preview.columns()) {
            TableColumn<List<String>, String> column = new TableColumn<>(GapLabels.shortText(c.label(), 28));
            column.setSortable(false);
            column.setPrefWidth(Math.min(220, Math.max(90, 8 * Math.min(28, c.label().length()))));
            column.setCellValueFactory(r -> new SimpleStringProperty(c.index() < r.getValue().size()
                    ? r.getValue().get(c.index()).replace('\n', ' ') : ""));
            table.getColumns().add(column);
        }
        table.setFixedCellSize(28);
        table.setPrefHeight(34 + 28 * Math.max(2, Math.min(6, preview.rows().size())));
        table.setMinHeight(100);
        return table;
    }

    /**
     * A column whose cells are always-visible combo boxes bound to a property of the row, so each column can be
     * mapped with two clicks; shown only for rows whose role passes {@code shownFor}. A choice list that is
     * observable is followed, so the boxes offer the question columns as roles change.
     */
    private static <T> TableColumn<SurveyColumnMapping, SurveyColumnMapping> comboColumn(String title, String id,
            double width, Function<SurveyColumnMapping, List<T>> choices,
            Function<SurveyColumnMapping, Property<T>> property, Predicate<SurveyColumnRole> shownFor) {
        TableColumn<SurveyColumnMapping, SurveyColumnMapping> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setSortable(false);
        column.setCellValueFactory(c -> new javafx.beans.property.SimpleObjectProperty<>(c.getValue()));
        column.setCellFactory(c -> new TableCell<>() {
            private final ComboBox<T> box = new ComboBox<>();
            private Property<T> bound;
            private final List<javafx.beans.value.ChangeListener<SurveyColumnRole>> roleListeners = new ArrayList<>();
            private SurveyColumnMapping row;
            private javafx.collections.ObservableList<T> live;
            /**
             * Refills the box when its choices change, unbound meanwhile: a combo box clears its value when its
             * items are replaced, which would otherwise clear the mapping's choice too.
             */
            private final javafx.collections.ListChangeListener<T> refill = change -> {
                Property<T> target = bound;
                if (target == null) {
                    return;
                }
                box.valueProperty().unbindBidirectional(target);
                box.getItems().setAll(live);
                box.valueProperty().bindBidirectional(target);
            };

            {
                box.getStyleClass().add(id);
                box.setMaxWidth(Double.MAX_VALUE);
            }

            @Override
            protected void updateItem(SurveyColumnMapping item, boolean empty) {
                super.updateItem(item, empty);
                if (bound != null) {
                    box.valueProperty().unbindBidirectional(bound);
                    bound = null;
                }
                if (live != null) {
                    live.removeListener(refill);
                    live = null;
                }
                if (row != null) {
                    roleListeners.forEach(l -> row.roleProperty().removeListener(l));
                    roleListeners.clear();
                    row = null;
                }
                if (empty || item == null) {
                    setGraphic(null);
                    return;
                }
                row = item;
                List<T> options = choices.apply(item);
                box.getItems().setAll(options);
                bound = property.apply(item);
                box.valueProperty().bindBidirectional(bound);
                if (options instanceof javafx.collections.ObservableList<T> changing) {
                    live = changing;
                    live.addListener(refill);
                }
                box.setId(id + "-" + item.column().index());
                setGraphic(box);
                javafx.beans.value.ChangeListener<SurveyColumnRole> listener = (obs, old, now) ->
                        box.setVisible(shownFor.test(now));
                item.roleProperty().addListener(listener);
                roleListeners.add(listener);
                box.setVisible(shownFor.test(item.roleProperty().get()));
            }
        });
        return column;
    }

    /**
     * For question columns: a button naming how many answer labels have a score, which opens a small table to
     * score each label the preview rows show.
     */
    private static TableColumn<SurveyColumnMapping, SurveyColumnMapping> answersColumn(SurveyMappingViewModel model) {
        TableColumn<SurveyColumnMapping, SurveyColumnMapping> column = new TableColumn<>("Answers");
        column.setPrefWidth(120);
        column.setSortable(false);
        column.setCellValueFactory(c -> new javafx.beans.property.SimpleObjectProperty<>(c.getValue()));
        column.setCellFactory(c -> new TableCell<>() {
            private final Button button = new Button();
            private SurveyColumnMapping row;
            private final javafx.beans.InvalidationListener refresh = o -> refresh();

            {
                button.getStyleClass().add("mappingAnswers");
                button.setOnAction(e -> {
                    if (row != null) {
                        new AnswerLabelsDialog(getScene().getWindow(), model, row).showAndWait();
                        refresh();
                    }
                });
            }

            @Override
            protected void updateItem(SurveyColumnMapping item, boolean empty) {
                super.updateItem(item, empty);
                if (row != null) {
                    row.roleProperty().removeListener(refresh);
                    row.answers().removeListener(refresh);
                }
                row = empty ? null : item;
                if (row == null) {
                    setGraphic(null);
                    return;
                }
                button.setId("mappingAnswers-" + row.column().index());
                row.roleProperty().addListener(refresh);
                row.answers().addListener(refresh);
                refresh();
                setGraphic(button);
            }

            private void refresh() {
                if (row == null) {
                    return;
                }
                List<String> labels = model.answerLabels(row);
                button.setVisible(row.roleProperty().get() == SurveyColumnRole.QUESTION);
                long scored = labels.stream().filter(l -> row.answers().keySet().stream()
                        .anyMatch(k -> k.equalsIgnoreCase(l))).count();
                button.setText(labels.isEmpty() ? "Numbers" : scored + " of " + labels.size() + " labels…");
                button.setDisable(labels.isEmpty());
            }
        });
        return column;
    }
}
