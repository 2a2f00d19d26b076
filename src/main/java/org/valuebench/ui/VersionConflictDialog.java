package org.valuebench.ui;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.valuebench.app.EditConflictException;
import org.valuebench.ui.workbench.VersionChoice;

/**
 * Both versions of something a colleague changed while the user edited it, side by side ("Yours", "Your
 * colleague's"), the fields that differ marked; Keep mine / Keep theirs. Closing it keeps theirs, and "Copy mine"
 * puts the user's version on the clipboard first, so keeping theirs loses nothing.
 */
final class VersionConflictDialog {
    private static final double COLUMN = 280;

    private VersionConflictDialog() {
    }

    static VersionChoice ask(Window owner, EditConflictException conflict) {
        ButtonType keepMine = new ButtonType("Keep mine", ButtonBar.ButtonData.OK_DONE);
        ButtonType keepTheirs = new ButtonType("Keep theirs", ButtonBar.ButtonData.CANCEL_CLOSE);
        Dialog<VersionChoice> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle("Changed by a colleague");
        dialog.setHeaderText(null);
        dialog.getDialogPane().setId("versionConflictDialog");
        dialog.getDialogPane().setContent(content(conflict));
        dialog.getDialogPane().getButtonTypes().addAll(keepMine, keepTheirs);
        dialog.setResultConverter(button -> button == keepMine ? VersionChoice.KEEP_MINE : VersionChoice.KEEP_THEIRS);
        return dialog.showAndWait().orElse(VersionChoice.KEEP_THEIRS);
    }

    static VBox content(EditConflictException conflict) {
        Label message = new Label(conflict.getMessage());
        message.setWrapText(true);
        message.setMaxWidth(2 * COLUMN + 110);
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(6);
        grid.getColumnConstraints().addAll(new ColumnConstraints(90),
                column(), column());
        grid.addRow(0, new Label(), heading("Yours"), heading("Your colleague's"));
        List<EditConflictException.Field> fields = conflict.fields();
        for (int row = 0; row < fields.size(); row++) {
            EditConflictException.Field field = fields.get(row);
            Label label = new Label(field.label());
            label.setStyle("-fx-text-fill: -color-fg-muted;");
            grid.addRow(row + 1, label, value(field.mine(), field.differs()), value(field.theirs(), field.differs()));
        }
        Button copy = new Button("Copy mine");
        copy.setId("copyMine");
        copy.setMinWidth(Region.USE_PREF_SIZE);
        copy.setOnAction(e -> {
            ClipboardContent text = new ClipboardContent();
            text.putString(asText(fields));
            Clipboard.getSystemClipboard().setContent(text);
            copy.setText("Copied");
        });
        Label hint = new Label("Keep mine writes yours over theirs (Undo brings theirs back). Keep theirs saves"
                + " nothing of yours: copy it first to use it elsewhere.");
        hint.setWrapText(true);
        hint.setMaxWidth(2 * COLUMN + 10);
        hint.setStyle("-fx-text-fill: -color-fg-muted;");
        HBox foot = new HBox(12, copy, hint);
        foot.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(hint, Priority.ALWAYS);
        VBox content = new VBox(14, message, grid, foot);
        content.setPadding(new Insets(16, 18, 6, 18));
        return content;
    }

    private static ColumnConstraints column() {
        ColumnConstraints column = new ColumnConstraints(COLUMN);
        column.setHgrow(Priority.ALWAYS);
        return column;
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.setStyle("-fx-font-weight: bold;");
        return label;
    }

    private static Label value(String text, boolean differs) {
        Label label = new Label(text.isEmpty() ? "—" : text);
        label.setWrapText(true);
        label.setMaxWidth(COLUMN);
        label.setMaxHeight(160);
        label.setPadding(new Insets(3, 6, 3, 6));
        // The fields that differ are what the user decides about; the rest is the same in both.
        label.setStyle(differs ? "-fx-background-color: -color-warning-subtle; -fx-background-radius: 4;"
                + " -fx-text-fill: -color-fg-default;" : "-fx-text-fill: -color-fg-muted;");
        return label;
    }

    private static String asText(List<EditConflictException.Field> fields) {
        StringBuilder text = new StringBuilder();
        fields.forEach(field -> text.append(field.label()).append(": ").append(field.mine()).append('\n'));
        return text.toString();
    }
}
