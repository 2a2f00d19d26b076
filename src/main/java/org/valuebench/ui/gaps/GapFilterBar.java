package org.valuebench.ui.gaps;

import org.valuebench.ui.gaps.figures.GapFigures;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.ComboBoxListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.valuebench.analysis.CrosshairMode;
import org.valuebench.domain.Voice;
import org.valuebench.ui.feedback.FeedbackImportViewModel;
import org.valuebench.ui.fx.DateFields;
import org.valuebench.ui.fx.Icons;

/**
 * The gap view's filter controls: the bar above the view, and the crosshair choice that sits with the
 * importance–performance grid.
 */
final class GapFilterBar {
    private GapFilterBar() {
    }

    /**
     * One row at the default window size (the gap view is about 700 px wide beside the library and the details
     * at 1280 × 800): compact date pickers and choices, an icon button for import, and last a status slot that
     * takes what is left, so a changing status never moves the rows below. The crosshair choice sits with the
     * importance–performance grid, the notices above the ranking, and adding a record with the records behind
     * the selected promise.
     */
    static Node of(GapViewModel model, FeedbackImportViewModel importer) {
        DatePicker since = datePicker("gapSince", "from", "Only feedback given on or after this date");
        since.valueProperty().bindBidirectional(model.sinceProperty());
        DatePicker until = datePicker("gapUntil", "to", "Only feedback given on or before this date");
        until.valueProperty().bindBidirectional(model.untilProperty());

        ComboBox<String> segment = choices("gapSegment", model.segments(), "All segments");
        segment.valueProperty().bindBidirectional(model.segmentProperty());
        ComboBox<String> channel = choices("gapChannel", model.channels(), "All channels");
        channel.valueProperty().bindBidirectional(model.channelProperty());

        ComboBox<Voice> voice = new ComboBox<>();
        voice.setId("gapVoice");
        voice.setPrefWidth(120);
        voice.setMinWidth(100);
        voice.getItems().setAll(Arrays.asList(Voice.values()));
        voice.setConverter(converter(v -> v == null ? "" : GapFigures.plural(v)));
        voice.valueProperty().bindBidirectional(model.voiceProperty());
        voice.setTooltip(new Tooltip("The voice the ranking, quadrants and trend come from"));

        Button clear = new Button(null, Icons.small(Feather.X_CIRCLE));
        clear.setId("gapClearFilter");
        clear.setTooltip(new Tooltip("Clear the filter"));
        clear.setOnAction(e -> model.clearFilter());
        clear.setMinWidth(Region.USE_PREF_SIZE);

        Button importButton = new Button(null, Icons.small(Feather.UPLOAD));
        importButton.setId("gapImport");
        importButton.setTooltip(new Tooltip("Import feedback from a CSV file (Ctrl+Shift+I): ValueBench's long"
                + " format or a survey export (Google Forms, SurveyMonkey, Qualtrics)"));
        importButton.setOnAction(e -> importer.chooseAndImport());
        importButton.disableProperty().bind(importer.importingProperty());
        importButton.setMinWidth(Region.USE_PREF_SIZE);

        // The pickers and choices take their full width when the window has room and give it up first.
        for (Region grows : List.of(since, until, segment, channel, voice)) {
            grows.setMaxWidth(156);
            HBox.setHgrow(grows, Priority.ALWAYS);
        }
        HBox bar = new HBox(6, since, until, segment, channel, voice, clear, importButton, status(model));
        bar.setId("gapFilterBar");
        bar.getStyleClass().add("gap-filter-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    /** Where the importance–performance grid is split; it also decides the ranking's quadrant column. */
    static Node crosshairChoice(GapViewModel model) {
        ComboBox<CrosshairMode> crosshairs = new ComboBox<>();
        crosshairs.setId("gapCrosshairs");
        crosshairs.getItems().setAll(CrosshairMode.values());
        crosshairs.setConverter(converter(m -> m == CrosshairMode.DATA_MEANS ? "Crosshairs at data means"
                : "Crosshairs at midpoints"));
        crosshairs.valueProperty().bindBidirectional(model.crosshairsProperty());
        crosshairs.setTooltip(new Tooltip("Where the importance–performance grid is split, here and in the"
                + " ranking's quadrant column: the scale midpoints (3, 3) or the means of the promises with feedback"));
        HBox box = new HBox(crosshairs);
        box.setAlignment(Pos.CENTER_RIGHT);
        box.getStyleClass().add("gap-chart-options");
        return box;
    }

    private static Node status(GapViewModel model) {
        // A still label, not a spinner: a spinning indicator would repaint every frame while each query runs.
        Label busy = new Label("updating…");
        busy.setId("gapBusy");
        busy.getStyleClass().add("hint");
        busy.setMinWidth(0);
        busy.visibleProperty().bind(model.loadingProperty());
        HBox status = new HBox(busy);
        status.setAlignment(Pos.CENTER_LEFT);
        status.setMinWidth(0);
        HBox.setHgrow(status, Priority.ALWAYS);
        return status;
    }

    private static DatePicker datePicker(String id, String prompt, String tip) {
        DatePicker picker = DateFields.picker(tip);
        picker.setId(id);
        picker.setPromptText(prompt);
        picker.setPrefWidth(120);
        picker.setMinWidth(104);
        return picker;
    }

    private static ComboBox<String> choices(String id, ObservableList<String> items, String all) {
        ComboBox<String> box = new ComboBox<>(items);
        box.setId(id);
        box.setPrefWidth(124);
        box.setMinWidth(100);
        box.setConverter(converter(s -> s == null || s.isEmpty() ? all : s));
        box.setButtonCell(new ComboBoxListCell<>(box.getConverter()) {
            @Override
            public void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(box.getConverter().toString(item));
            }
        });
        return box;
    }

    private static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return text.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        };
    }
}
