package org.valuebench.ui.shell;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;
import org.valuebench.ui.exchange.ExchangeViewModel;
import org.valuebench.ui.fx.Icons;
import org.valuebench.ui.workbench.SaveStatus;
import org.valuebench.ui.workbench.WorkbenchViewModel;

/**
 * "All changes saved", "Saving…" or what went wrong, a running export with its progress and a Cancel button,
 * and the workspace file on the right.
 */
final class StatusBar extends HBox {

    StatusBar(WorkbenchViewModel model, ExchangeViewModel exchange) {
        setId("statusBar");
        getStyleClass().add("status-bar");
        Label text = new Label();
        text.setId("statusText");
        Label file = new Label();
        file.setId("workspaceFile");
        file.getStyleClass().add("status-file");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(text, exportProgress(exchange), spacer, teamStatus(model), file);
        model.statusProperty().addListener((obs, old, now) -> show(text, now));
        show(text, model.statusProperty().get());
        file.textProperty().bind(model.whereProperty());
    }

    /** Who else is on a team workspace, or that its connection is lost; hidden for a local file. */
    private static Node teamStatus(WorkbenchViewModel model) {
        Label team = new Label();
        team.setId("teamStatus");
        team.textProperty().bind(model.teamStatusProperty());
        team.visibleProperty().bind(model.teamStatusProperty().isNotEmpty());
        team.managedProperty().bind(team.visibleProperty());
        team.setGraphic(Icons.small(Feather.USERS));
        // Shortened before the address is: a lost connection must read in full.
        team.setMinWidth(Region.USE_PREF_SIZE);
        return team;
    }

    private static Node exportProgress(ExchangeViewModel exchange) {
        ProgressBar bar = new ProgressBar(ProgressIndicator.INDETERMINATE_PROGRESS);
        bar.setPrefWidth(110);
        Label text = new Label();
        text.setId("exportProgress");
        text.textProperty().bind(exchange.progressTextProperty());
        Button cancel = new Button("Cancel");
        cancel.setId("exportCancel");
        cancel.getStyleClass().addAll(Styles.SMALL);
        cancel.setOnAction(e -> exchange.cancelExport());
        HBox box = new HBox(8, bar, text, cancel);
        box.setId("exportStatus");
        box.setAlignment(Pos.CENTER_LEFT);
        box.visibleProperty().bind(exchange.exportingProperty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
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
