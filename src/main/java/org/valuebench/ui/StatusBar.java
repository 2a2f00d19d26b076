package org.valuebench.ui;

import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;

/** "All changes saved", "Saving…" or what went wrong, with the workspace file on the right. */
final class StatusBar extends HBox {

    StatusBar(WorkbenchViewModel model) {
        setId("statusBar");
        getStyleClass().add("status-bar");
        Label text = new Label();
        text.setId("statusText");
        Label file = new Label();
        file.setId("workspaceFile");
        file.getStyleClass().add("status-file");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(text, spacer, file);
        model.statusProperty().addListener((obs, old, now) -> show(text, now));
        show(text, model.statusProperty().get());
        model.workspaceFileProperty().addListener((obs, old, now) -> file.setText(now == null ? "" : now.toString()));
        if (model.workspaceFileProperty().get() != null) {
            file.setText(model.workspaceFileProperty().get().toString());
        }
    }

    private static void show(Label label, SaveStatus status) {
        label.setText(status.text());
        label.getStyleClass().removeIf(c -> c.startsWith("status-"));
        label.getStyleClass().add("status-" + status.kind().name().toLowerCase());
        label.setGraphic(Icons.small(switch (status.kind()) {
            case OPENING, SAVING -> Feather.LOADER;
            case SAVED -> Feather.CHECK_CIRCLE;
            case NOTICE -> Feather.INFO;
            case ERROR -> Feather.ALERT_TRIANGLE;
        }));
    }
}
