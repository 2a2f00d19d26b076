package org.valuebench.ui.board;

import javafx.geometry.Orientation;
import javafx.scene.layout.Region;
import javafx.scene.transform.Scale;

/**
 * Holds the board's grid inside its scroll pane, drawn at a scale. The grid is laid out at the width it has at that
 * scale (so cards reflow, as text in a browser does, and never run off to the side), and this pane reports the
 * scaled size as its own: the scroll range follows what is drawn at every zoom level.
 */
final class ZoomPane extends Region {
    private final Region grid;
    private final Scale scale = new Scale(1, 1, 0, 0);

    ZoomPane(Region grid) {
        this.grid = grid;
        grid.getTransforms().add(scale);
        getChildren().add(grid);
    }

    double scale() {
        return scale.getX();
    }

    void setScale(double level) {
        if (level != scale.getX()) {
            scale.setX(level);
            scale.setY(level);
            requestLayout();
        }
    }

    /** Its height follows its width (cards wrap into rows); the scroll pane asks for the height at its width. */
    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computeMinWidth(double height) {
        return 0;
    }

    @Override
    protected double computePrefWidth(double height) {
        return grid.prefWidth(-1) * scale();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computePrefHeight(double width) {
        double s = scale();
        return grid.prefHeight(width < 0 ? -1 : width / s) * s;
    }

    @Override
    protected void layoutChildren() {
        double s = scale();
        double width = getWidth() / s;
        grid.resizeRelocate(0, 0, width, Math.max(grid.prefHeight(width), getHeight() / s));
    }
}
