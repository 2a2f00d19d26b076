package org.valuebench.ui.exchange;

import atlantafx.base.theme.Styles;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.valuebench.ui.exchange.CopyToWorkspaceViewModel.State;

/**
 * The dialog of File ▸ Copy to workspace…: a workspace file (typed, or Choose file…) or a team address with its
 * password, then Copy. The dialog stays open while the copy runs (a spinner and what is copied where) and then
 * says what arrived or why nothing was copied; it cannot be closed half-way, since the copy is one transaction that
 * is either made or not. Everything it shows comes from {@link CopyToWorkspaceViewModel}.
 */
public final class CopyToWorkspaceDialog {
    private final CopyToWorkspaceViewModel model;

    public CopyToWorkspaceDialog(CopyToWorkspaceViewModel model) {
        this.model = model;
    }

    public void showAndWait(Window owner) {
        model.start();
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Copy to workspace");
        dialog.setHeaderText(null);
        dialog.getDialogPane().setId("copyToWorkspaceDialog");
        ButtonType copyType = new ButtonType("Copy", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(copyType, ButtonType.CLOSE);

        Label heading = new Label();
        heading.textProperty().bind(model.headingProperty());
        heading.setWrapText(true);
        TextField location = new TextField();
        location.setId("copyTarget");
        location.setPromptText("A workspace file, or postgresql://user@host:5432/database");
        location.textProperty().bindBidirectional(model.locationProperty());
        HBox.setHgrow(location, Priority.ALWAYS);
        Button choose = new Button("Choose file…");
        choose.setId("copyChooseFile");
        choose.setOnAction(e -> model.chooseFile());
        Label hint = new Label("A new file name makes a new workspace. A team workspace is named by its address;"
                + " without a password here, PGPASSWORD or ~/.pgpass is used.");
        hint.setWrapText(true);
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        PasswordField password = new PasswordField();
        password.setId("copyPassword");
        password.setPromptText("Password of the team workspace (not kept)");
        password.disableProperty().bind(model.teamAddressProperty().not());

        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(20, 20);
        spinner.visibleProperty().bind(model.stateProperty().isEqualTo(State.COPYING));
        spinner.managedProperty().bind(spinner.visibleProperty());
        Label message = new Label();
        message.setId("copyMessage");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        message.setMinHeight(Region.USE_PREF_SIZE);
        model.stateProperty().addListener((obs, was, now) -> {
            message.getStyleClass().removeAll(Styles.DANGER, Styles.SUCCESS);
            if (now == State.FAILED) {
                message.getStyleClass().add(Styles.DANGER);
            } else if (now == State.DONE) {
                message.getStyleClass().add(Styles.SUCCESS);
            }
            // A long address or message wraps onto more lines: let the dialog grow rather than cut it off.
            Platform.runLater(() -> dialog.getDialogPane().getScene().getWindow().sizeToScene());
        });
        HBox status = new HBox(8, spinner, message);
        status.setAlignment(Pos.CENTER_LEFT);
        status.setMinHeight(40);

        VBox content = new VBox(10, heading, new HBox(8, location, choose), hint, password, status);
        content.setPadding(new Insets(6));
        content.setPrefWidth(600);
        dialog.getDialogPane().setContent(content);

        Button copy = (Button) dialog.getDialogPane().lookupButton(copyType);
        copy.setId("copyGo");
        copy.disableProperty().bind(model.canCopyProperty().not());
        copy.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume(); // the dialog stays open to show the copy's progress and result
            char[] typed = password.getText().toCharArray();
            password.clear();
            model.copy(typed);
        });
        Button close = (Button) dialog.getDialogPane().lookupButton(ButtonType.CLOSE);
        close.disableProperty().bind(model.stateProperty().isEqualTo(State.COPYING));
        dialog.setOnCloseRequest(e -> {
            if (model.stateProperty().get() == State.COPYING) {
                e.consume();
            }
        });
        // Typing starts in the address field; without this the focus sits on Close and Enter closes the dialog.
        dialog.setOnShown(e -> Platform.runLater(location::requestFocus));
        dialog.showAndWait();
    }
}
