package org.valuebench.ui.board;

import java.util.Arrays;
import javafx.geometry.Rectangle2D;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Background;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.transform.Transform;

/**
 * The board as a picture for PNG export. A snapshot of the board itself would show only what is scrolled into
 * view, so the header and the whole grid are taken apart and laid one under the other.
 */
final class BoardPicture {
    private BoardPicture() {
    }

    /**
     * The {@code board} as drawn, at {@code scale}: its {@code header} and its {@code grid} of sections, also
     * those scrolled out of view, as wide as the board. Runs on the JavaFX thread.
     */
    static WritableImage of(Region board, Region header, Region grid, double scale) {
        board.applyCss();
        board.layout();
        Paint background = background(board);
        WritableImage top = snapshot(header, scale, background);
        WritableImage body = snapshot(grid, scale, background);
        int width = (int) Math.ceil(board.getWidth() * scale);
        int topHeight = (int) top.getHeight();
        int height = topHeight + (int) body.getHeight();
        WritableImage picture = new WritableImage(width, height);
        PixelWriter pixels = picture.getPixelWriter();
        // What neither snapshot covers (beside the grid, where the scroll bar is) gets the board's colour.
        int argb = background instanceof Color c ? argb(c) : 0xffffffff;
        int[] row = new int[width];
        Arrays.fill(row, argb);
        for (int y = 0; y < height; y++) {
            pixels.setPixels(0, y, width, 1, PixelFormat.getIntArgbInstance(), row, 0, width);
        }
        pixels.setPixels(0, 0, Math.min(width, (int) top.getWidth()), topHeight, top.getPixelReader(), 0, 0);
        pixels.setPixels(0, topHeight, Math.min(width, (int) body.getWidth()), (int) body.getHeight(),
                body.getPixelReader(), 0, 0);
        return picture;
    }

    /** The node's own area (its layout bounds; card shadows stay inside the grid's padding) at {@code scale}. */
    private static WritableImage snapshot(Region node, double scale, Paint fill) {
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setTransform(Transform.scale(scale, scale));
        parameters.setFill(fill);
        parameters.setViewport(new Rectangle2D(0, 0, Math.ceil(node.getWidth() * scale),
                Math.ceil(node.getHeight() * scale)));
        return node.snapshot(parameters, null);
    }

    private static Paint background(Region board) {
        Background background = board.getBackground();
        if (background != null && !background.getFills().isEmpty()) {
            return background.getFills().get(0).getFill();
        }
        return Color.WHITE;
    }

    private static int argb(Color c) {
        return (int) Math.round(c.getOpacity() * 255) << 24 | (int) Math.round(c.getRed() * 255) << 16
                | (int) Math.round(c.getGreen() * 255) << 8 | (int) Math.round(c.getBlue() * 255);
    }
}
