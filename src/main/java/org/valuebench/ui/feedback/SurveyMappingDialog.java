package org.valuebench.ui.feedback;

import java.util.Arrays;
import java.util.List;
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
import org.valuebench.domain.ResponseKind;
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
        column.setPrefWidth(220);
        TableColumn<SurveyColumnMapping, String> samples = new TableColumn<>("First answers");
        samples.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().samples()));
        samples.setPrefWidth(150);
        TableColumn<SurveyColumnMapping, SurveyColumnMapping> role = SurveyMappingColumns.comboColumn("Use as", "mappingRole", 215,
                m -> Arrays.asList(SurveyColumnRole.values()), SurveyColumnMapping::roleProperty, r -> true);
        TableColumn<SurveyColumnMapping, SurveyColumnMapping> promise = SurveyMappingColumns.comboColumn("Promise", "mappingPromise", 230,
                m -> model.promises(), SurveyColumnMapping::promiseProperty, r -> r == SurveyColumnRole.QUESTION);
        TableColumn<SurveyColumnMapping, SurveyColumnMapping> question = SurveyMappingColumns.comboColumn("Belongs to question",
                "mappingQuestion", 180, m -> model.questionColumns(), SurveyColumnMapping::questionProperty,
                SurveyColumnRole::belongsToQuestion);
        TableColumn<SurveyColumnMapping, SurveyColumnMapping> scale = SurveyMappingColumns.comboColumn("Scale", "mappingScale", 90,
                m -> Arrays.asList(FeedbackScale.values()), SurveyColumnMapping::scaleProperty,
                r -> r == SurveyColumnRole.QUESTION);
        TableColumn<SurveyColumnMapping, SurveyColumnMapping> answers = SurveyMappingColumns.answersColumn(model);
        mapping.getColumns().setAll(List.of(column, samples, role, promise, scale, answers, question));
        mapping.setPrefHeight(Math.min(420, 36 + 40 * model.columns().size()));
        mapping.setMinHeight(160);
        mapping.setFixedCellSize(38);
        VBox.setVgrow(mapping, Priority.ALWAYS);
        // A rating the file's layout named still needs its promise; on a small screen its row may be out of sight.
        model.columns().stream().filter(c -> c.roleProperty().get() == SurveyColumnRole.QUESTION
                && c.promiseProperty().get() == null).findFirst()
                .ifPresent(c -> mapping.scrollTo(model.columns().indexOf(c)));

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
        // One row for the two options and the mapping file: a 720-pixel screen has no height to spare.
        HBox files = new HBox(16, skip, duplicate, spacer, load, save);
        files.setAlignment(Pos.CENTER_LEFT);
        Label message = new Label();
        message.setId("mappingMessage");
        message.getStyleClass().add("hint");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        Label problem = new Label();
        problem.setId("mappingProblem");
        problem.getStyleClass().add("danger");
        problem.setWrapText(true);
        problem.setMinHeight(Region.USE_PREF_SIZE);
        message.setMinHeight(Region.USE_PREF_SIZE);
        problem.textProperty().bind(model.problemProperty());

        StackPane previewHolder = new StackPane(previewTable(model.preview()));
        model.previewProperty().addListener((obs, old, now) -> previewHolder.getChildren().setAll(previewTable(now)));
        VBox content = new VBox(8, previewHeading(model), previewHolder, note("mappingRule", model.ruleProperty()),
                note("mappingExcluded", model.excludedProperty()), caption("What each column holds"), mapping, common,
                includeRow(model), files, message, problem);
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

    /** The caption over the first rows, with the sheet chooser beside it for a workbook of several sheets. */
    private static HBox previewHeading(SurveyMappingViewModel model) {
        ComboBox<String> sheet = new ComboBox<>(model.sheets());
        sheet.setId("mappingSheet");
        sheet.valueProperty().bindBidirectional(model.sheetProperty());
        sheet.setTooltip(new Tooltip("The workbook's sheet to import; choosing another reads it"));
        Label sheetLabel = new Label("Sheet");
        sheetLabel.setLabelFor(sheet);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox heading = new HBox(8, caption("The file's first rows"), spacer, sheetLabel, sheet);
        heading.setAlignment(Pos.CENTER_LEFT);
        Runnable shown = () -> {
            boolean several = model.choosesSheet();
            for (javafx.scene.Node n : List.of(sheetLabel, sheet)) {
                n.setVisible(several);
                n.setManaged(several);
            }
        };
        model.sheets().addListener((javafx.collections.ListChangeListener<String>) c -> shown.run());
        shown.run();
        return heading;
    }

    /** A line under the first rows that is there only when it has something to say (a rule, left-out responses). */
    private static Label note(String id, javafx.beans.value.ObservableStringValue text) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("hint");
        label.setWrapText(true);
        label.setGraphic(Icons.small(Feather.INFO));
        // Whole sentences even on a short screen: the tables give up the height instead (seen cut at 720 px).
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.textProperty().bind(text);
        label.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(text));
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    /** "Also import:" survey previews, test responses, spam, unfinished responses; none ticked unless loaded. */
    private static HBox includeRow(SurveyMappingViewModel model) {
        HBox row = new HBox(12, new Label("Also import"));
        row.setAlignment(Pos.CENTER_LEFT);
        for (ResponseKind kind : ResponseKind.values()) {
            CheckBox box = new CheckBox(INCLUDE_LABELS.get(kind));
            box.setId("mappingInclude-" + kind.id());
            box.selectedProperty().bindBidirectional(model.includeProperty(kind));
            row.getChildren().add(box);
        }
        Label why = new Label("(left out by default: not customers' feedback)");
        why.getStyleClass().add("hint");
        row.getChildren().add(why);
        return row;
    }

    private static final java.util.Map<ResponseKind, String> INCLUDE_LABELS = java.util.Map.of(
            ResponseKind.PREVIEW, "Survey previews", ResponseKind.TEST, "Test responses", ResponseKind.SPAM, "Spam",
            ResponseKind.PARTIAL, "Unfinished responses");

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
}
