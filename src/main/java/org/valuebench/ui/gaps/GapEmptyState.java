package org.valuebench.ui.gaps;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.valuebench.ui.feedback.FeedbackImportViewModel;
import org.valuebench.ui.fx.Icons;

/** What the gap view shows in place of the figures while there are none: why, and what to do about it. */
final class GapEmptyState {
    private GapEmptyState() {
    }

    static Node of(GapViewModel model, FeedbackImportViewModel importer) {
        Label title = new Label();
        title.setId("gapEmptyTitle");
        title.getStyleClass().add("placeholder-title");
        Label text = new Label();
        text.setId("gapEmptyText");
        text.getStyleClass().add("placeholder-text");
        text.setWrapText(true);
        text.setMaxWidth(560);
        Button importButton = new Button("Import feedback CSV…", Icons.of(Feather.UPLOAD));
        importButton.setId("gapEmptyImport");
        importButton.getStyleClass().add("accent");
        importButton.setOnAction(e -> importer.chooseAndImport());
        Button add = new Button("Add a record", Icons.of(Feather.PLUS));
        add.setId("gapEmptyAdd");
        add.setOnAction(e -> model.addRecord());
        HBox buttons = new HBox(8, importButton, add);
        buttons.setAlignment(Pos.CENTER);
        VBox box = new VBox(12, title, text, buttons);
        box.setId("gapEmptyState");
        box.setAlignment(Pos.CENTER);
        box.setMaxWidth(Double.MAX_VALUE);
        ReadOnlyObjectProperty<GapViewModel.State> state = model.stateProperty();
        title.textProperty().bind(Bindings.createStringBinding(() -> switch (state.get()) {
            case NO_CANVAS -> "No canvas";
            case NO_PROMISES -> "This canvas promises nothing yet";
            case NO_FEEDBACK -> "No feedback on this canvas yet";
            case READY, LOADING -> "";
        }, state));
        text.textProperty().bind(Bindings.createStringBinding(() -> switch (state.get()) {
            case NO_CANVAS -> "Create a canvas first: the gap view compares what it promises with how it delivered.";
            case NO_PROMISES -> "Select an offering item on the Canvas tab and tick \"This is a promise\" in the"
                    + " Details pane, with the level it promises. Then feedback on it shows where you keep your word.";
            case NO_FEEDBACK -> "Import a CSV of feedback on the promises (ValueBench's long format, or a Google Forms,"
                    + " SurveyMonkey or Qualtrics export), or add a record by hand.";
            case READY, LOADING -> "";
        }, state));
        buttons.visibleProperty().bind(state.isEqualTo(GapViewModel.State.NO_FEEDBACK));
        box.visibleProperty().bind(state.isNotEqualTo(GapViewModel.State.READY)
                .and(state.isNotEqualTo(GapViewModel.State.LOADING)));
        return box;
    }
}
