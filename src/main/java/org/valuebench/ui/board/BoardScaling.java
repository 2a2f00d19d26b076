package org.valuebench.ui.board;

import javafx.scene.control.ScrollPane;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import org.valuebench.ui.workbench.WorkbenchViewModel;

/**
 * The board's zoom as it is applied: the level ({@link BoardZoom}) scales the grid inside the scroll pane
 * ({@link ZoomPane}), Ctrl+wheel changes it, and "Fit canvas to window" searches the level at which all eight
 * sections show at once.
 */
final class BoardScaling {
    private final BoardZoom zoom;
    private final ZoomPane zoomed;
    private final ScrollPane scroll;

    BoardScaling(WorkbenchViewModel model, Region grid, ScrollPane scroll) {
        this.zoomed = new ZoomPane(grid);
        this.scroll = scroll;
        this.zoom = new BoardZoom(model);
        scroll.setContent(zoomed);
        zoomed.setScale(zoom.scaleProperty().get());
        zoom.scaleProperty().addListener((obs, old, now) -> zoomed.setScale(now.doubleValue()));
        // Ctrl+wheel zooms, as in a browser; the plain wheel scrolls.
        scroll.addEventFilter(ScrollEvent.SCROLL, e -> {
            if (e.isShortcutDown() && e.getDeltaY() != 0) {
                if (e.getDeltaY() > 0) {
                    zoom.zoomIn();
                } else {
                    zoom.zoomOut();
                }
                e.consume();
            }
        });
    }

    BoardZoom zoom() {
        return zoom;
    }

    /**
     * The largest level at which all eight sections show at once. The board's height depends on its width, which
     * depends on the level, so the level is found by laying the board out.
     */
    void fitToWindow() {
        double level = zoomed.scale();
        for (int i = 0; i < 12; i++) {
            double height = heightAt(level);
            double room = scroll.getViewportBounds().getHeight();
            if (room <= 0 || height <= 0) {
                return;
            }
            // Near the answer the scaled height grows about as the square of the level (wider rows hold more).
            double next = i < 6 ? level * Math.sqrt(room / height) : height > room ? level * 0.97 : level;
            next = Math.max(BoardZoom.MIN, Math.min(BoardZoom.MAX, next));
            if (i >= 6 && next == level) {
                break;
            }
            level = next;
        }
        zoom.set(Math.floor(level * 100) / 100);
        zoomed.setScale(zoom.scaleProperty().get());
    }

    /** The board's scaled height at {@code level}, laid out at the width it would have there. */
    private double heightAt(double level) {
        zoomed.setScale(level);
        scroll.applyCss();
        scroll.layout();
        // Cards take their width from their section's during layout; the second pass lays out their new heights.
        scroll.layout();
        return zoomed.prefHeight(zoomed.getWidth());
    }
}
