package org.valuebench.ui.workshop.presentation;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

/**
 * A QR code drawn black on white (in either theme: phones read dark-on-light best) with a quiet zone of four
 * modules, each module a whole number of pixels, so its edges stay sharp; the code itself at least
 * {@code minCode} pixels wide.
 */
final class QrCodeView extends Region {
    private static final int QUIET = 4;
    private final Canvas canvas = new Canvas();
    private final double minCode;

    QrCodeView(double minCode) {
        this.minCode = minCode;
        getStyleClass().add("presentation-qr");
        getChildren().add(canvas);
    }

    void show(boolean[][] modules) {
        int count = modules.length;
        double module = Math.ceil(minCode / count);
        double size = (count + 2 * QUIET) * module;
        canvas.setWidth(size);
        canvas.setHeight(size);
        setMinSize(size, size);
        setPrefSize(size, size);
        setMaxSize(size, size);
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, size, size);
        g.setFill(Color.BLACK);
        for (int row = 0; row < count; row++) {
            for (int col = 0; col < count; col++) {
                if (modules[row][col]) {
                    g.fillRect((col + QUIET) * module, (row + QUIET) * module, module, module);
                }
            }
        }
    }
}
