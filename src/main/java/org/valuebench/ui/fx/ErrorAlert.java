package org.valuebench.ui.fx;

import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.stage.Window;

/** The error dialog every part of the window shows: the message wraps, so a long path or reason stays readable. */
public final class ErrorAlert {
    private static final double TEXT_WIDTH = 520;

    private ErrorAlert() {
    }

    /** Shows the error over {@code owner} and waits until the user closes it. */
    public static void show(Window owner, String title, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(null);
        Label text = new Label(message);
        text.setWrapText(true);
        text.setMaxWidth(TEXT_WIDTH);
        alert.getDialogPane().setContent(text);
        alert.showAndWait();
    }
}
