package org.valuebench.ui.workshop.join;

import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.valuebench.app.join.RoomControl.NetworkChoice;
import org.valuebench.domain.MessageText;

/** The joining row's dialogs as the window shows them, owned by the main window. */
public final class FxJoiningDialogs implements JoiningDialogs {
    private final Window owner;

    public FxJoiningDialogs(Window owner) {
        this.owner = owner;
    }

    @Override
    public boolean askOpen(JoinForm form) {
        Dialog<Boolean> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Open joining");
        dialog.setHeaderText(null);
        dialog.getDialogPane().setId("openJoiningDialog");
        dialog.getDialogPane().setContent(content(form));
        ButtonType go = new ButtonType("Open joining", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(go, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(go).disableProperty().bind(javafx.beans.binding.Bindings
                .createBooleanBinding(() -> form.settings().isEmpty(), form.networkProperty(), form.portProperty()));
        dialog.setResultConverter(b -> b == go);
        return dialog.showAndWait().orElse(false);
    }

    /** The form's fields: network with what it means under it, port with its rule, anonymous participants. */
    static VBox content(JoinForm form) {
        ComboBox<NetworkChoice> network = new ComboBox<>();
        network.setId("joinNetwork");
        network.getItems().setAll(form.networks());
        network.valueProperty().bindBidirectional(form.networkProperty());
        network.setButtonCell(networkCell());
        network.setCellFactory(list -> networkCell());
        network.setMaxWidth(Double.MAX_VALUE);
        Label note = new Label();
        note.setId("joinNetworkNote");
        note.setWrapText(true);
        note.textProperty().bind(form.networkNoteProperty());
        note.styleProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> form.networkNoteProperty()
                .get().startsWith("Warning") ? "-fx-text-fill: -color-danger-fg; -fx-font-weight: bold;" : "",
                form.networkNoteProperty()));
        TextField port = new TextField();
        port.setId("joinPort");
        port.setPromptText("Any free port");
        port.textProperty().bindBidirectional(form.portProperty());
        port.setMaxWidth(160);
        Label portProblem = new Label();
        portProblem.setWrapText(true);
        portProblem.setStyle("-fx-text-fill: -color-danger-fg;");
        portProblem.textProperty().bind(form.portProblemProperty());
        portProblem.visibleProperty().bind(form.portProblemProperty().isNotEmpty());
        portProblem.managedProperty().bind(portProblem.visibleProperty());
        CheckBox anonymous = new CheckBox("Allow anonymous participants (no name asked)");
        anonymous.setId("joinAnonymous");
        anonymous.selectedProperty().bindBidirectional(form.allowAnonymousProperty());
        Label listen = new Label("Listen on the network");
        listen.setLabelFor(network);
        Label portLabel = new Label("Port (empty: any free port)");
        portLabel.setLabelFor(port);
        VBox box = new VBox(8, listen, network, note, portLabel, port, portProblem, anonymous);
        box.setPadding(new Insets(8));
        box.setPrefWidth(480);
        return box;
    }

    private static ListCell<NetworkChoice> networkCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(NetworkChoice choice, boolean empty) {
                super.updateItem(choice, empty);
                setText(empty || choice == null ? null : JoinForm.label(choice));
            }
        };
    }

    @Override
    public Optional<String> askRename(String name) {
        TextInputDialog dialog = new TextInputDialog(name);
        dialog.initOwner(owner);
        dialog.setTitle("Rename participant");
        dialog.setHeaderText(null);
        dialog.setContentText("New name for " + MessageText.quote(name));
        return dialog.showAndWait();
    }

    @Override
    public Optional<Removal> askRemove(String name, int cards) {
        ButtonType keep = new ButtonType("Remove, keep cards", ButtonBar.ButtonData.OK_DONE);
        ButtonType withCards = new ButtonType("Remove with cards", ButtonBar.ButtonData.OTHER);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "Remove " + MessageText.quote(name) + " from the"
                + " workshop? Their device stops working. Their " + cards + (cards == 1 ? " card" : " cards")
                + " can stay on the canvas or go with them. Ctrl+Z undoes either.", keep, withCards, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle("Remove participant");
        alert.setHeaderText(null);
        alert.getDialogPane().setId("removeParticipantDialog");
        return alert.showAndWait().map(b -> b == keep ? Removal.KEEP_CARDS : b == withCards ? Removal.WITH_CARDS
                : null);
    }
}
