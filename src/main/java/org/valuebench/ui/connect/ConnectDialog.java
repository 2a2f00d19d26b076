package org.valuebench.ui.connect;

import java.util.Map;
import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.valuebench.app.workspace.TeamAddress;

/**
 * File ▸ Connect to team workspace…: the fields of a PostgreSQL connection, or one address, and a password that
 * is kept for this session only. Connect stays here with the reason while the answers cannot make an address;
 * reaching the server happens afterwards, off the JavaFX thread, through the window's usual opening.
 */
public final class ConnectDialog extends Dialog<TeamAddress> {
    /** The labels' column, shared by the fields and the password row so that they line up. */
    private static final double LABEL_WIDTH = 110;
    private final ConnectViewModel model;

    public ConnectDialog(Window owner, ConnectViewModel model) {
        this.model = model;
        if (owner != null) {
            initOwner(owner);
        }
        setTitle("Connect to team workspace");
        setHeaderText("A team workspace on a PostgreSQL server");
        getDialogPane().setId("connectDialog");

        RadioButton byFields = new RadioButton("Server and database");
        byFields.setId("connectByFields");
        RadioButton byAddress = new RadioButton("Connection URL");
        byAddress.setId("connectByAddress");
        ToggleGroup how = new ToggleGroup();
        byFields.setToggleGroup(how);
        byAddress.setToggleGroup(how);
        (model.useAddressProperty().get() ? byAddress : byFields).setSelected(true);
        byAddress.selectedProperty().bindBidirectional(model.useAddressProperty());

        TextField address = field("connectAddress", model.addressProperty(), "postgresql://user@host:5432/database");
        TextField host = field("connectHost", model.hostProperty(), "db.example.com");
        TextField port = field("connectPort", model.portProperty(), "5432");
        port.setPrefColumnCount(6);
        TextField database = field("connectDatabase", model.databaseProperty(), "valuebench");
        TextField user = field("connectUser", model.userProperty(), "");
        ComboBox<String> ssl = new ComboBox<>();
        ssl.setId("connectSslMode");
        ssl.getItems().setAll(ConnectViewModel.SSL_MODES);
        ssl.setConverter(new StringConverter<>() {
            @Override
            public String toString(String mode) {
                return mode == null || mode.isEmpty() ? "Driver default (prefer)" : mode;
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        ssl.valueProperty().bindBidirectional(model.sslModeProperty());
        PasswordField password = new PasswordField();
        password.setId("connectPassword");
        password.setPromptText("empty: PGPASSWORD or the pgpass file");
        password.textProperty().bindBidirectional(model.passwordProperty());

        GridPane fields = new GridPane();
        fields.getColumnConstraints().add(new javafx.scene.layout.ColumnConstraints(LABEL_WIDTH));
        fields.setHgap(10);
        fields.setVgap(8);
        fields.addRow(0, new Label("Host"), host, new Label("Port"), port);
        fields.addRow(1, new Label("Database"), database);
        fields.addRow(2, new Label("User"), user);
        fields.addRow(3, new Label("TLS (sslmode)"), ssl);
        GridPane.setColumnSpan(database, 3);
        GridPane.setColumnSpan(user, 3);
        GridPane.setColumnSpan(ssl, 3);
        GridPane.setHgrow(host, Priority.ALWAYS);
        database.setMaxWidth(Double.MAX_VALUE);
        user.setMaxWidth(Double.MAX_VALUE);
        ssl.setMaxWidth(Double.MAX_VALUE);
        fields.disableProperty().bind(model.useAddressProperty());
        address.disableProperty().bind(model.useAddressProperty().not());
        Label passwordLabel = new Label("Password");
        passwordLabel.setMinWidth(LABEL_WIDTH);
        passwordLabel.setPrefWidth(LABEL_WIDTH);
        HBox passwordRow = new HBox(10, passwordLabel, password);
        passwordRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        HBox.setHgrow(password, Priority.ALWAYS);

        Label preview = new Label();
        preview.setId("connectPreview");
        preview.getStyleClass().add("text-muted");
        preview.setWrapText(true);
        preview.textProperty().bind(model.previewProperty().map(p -> p.isEmpty() ? "" : "Remembered as " + p
                + " (without the password)"));
        Label problem = new Label();
        problem.setId("connectProblem");
        problem.getStyleClass().add("danger");
        problem.setWrapText(true);
        problem.textProperty().bind(model.problemProperty());
        Label note = new Label("ValueBench never writes the password down: it is kept until the window closes.");
        note.setWrapText(true);
        note.getStyleClass().add("text-muted");

        VBox content = new VBox(10, byFields, fields, byAddress, address, passwordRow, preview, note, problem);
        content.setPadding(new Insets(12));
        content.setPrefWidth(520);
        getDialogPane().setContent(content);

        ButtonType connect = new ButtonType("Connect", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(connect, ButtonType.CANCEL);
        Node connectButton = getDialogPane().lookupButton(connect);
        connectButton.setId("connectButton");
        // Stay open, saying why, while the answers make no address.
        connectButton.addEventFilter(ActionEvent.ACTION, e -> {
            if (model.address().isEmpty()) {
                e.consume();
            }
        });
        setResultConverter(button -> button == connect ? model.address().orElse(null) : null);
        setOnShown(e -> (model.useAddressProperty().get() ? address : host).requestFocus());
    }

    private static TextField field(String id, javafx.beans.property.StringProperty value, String prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    /** Shows the dialog and waits; empty when cancelled. */
    public static Optional<TeamAddress> ask(Window owner, TeamAddress suggested, Map<String, String> env) {
        ConnectViewModel model = new ConnectViewModel(env);
        model.fill(suggested);
        return new ConnectDialog(owner, model).showAndWait();
    }

    ConnectViewModel model() {
        return model;
    }
}
