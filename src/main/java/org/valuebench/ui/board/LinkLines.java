package org.valuebench.ui.board;

import java.util.Collection;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;

/**
 * The fit links of the selected card, drawn as lines from its outline to the outline of each card it is linked to.
 * The lines lie in a layer inside the board's grid, above the sections: the grid is what zoom scales and the scroll
 * pane moves, so the lines follow both. Each end is bound to where the cards are, so a card that moves as the board
 * reflows (a new card, another width) takes its line along.
 */
final class LinkLines {
    private final Region grid;
    private final Pane layer = new Pane();

    LinkLines(Region grid) {
        this.grid = grid;
        layer.getStyleClass().add("link-lines");
        layer.setManaged(false);
        layer.setMouseTransparent(true);
    }

    /** The layer, to be added last to the grid so the lines are drawn over the sections. */
    Node layer() {
        return layer;
    }

    /** Draws a line from {@code selected} to each of {@code linked}; none when {@code selected} is null. */
    void show(CardView selected, Collection<CardView> linked) {
        layer.getChildren().clear();
        if (selected == null) {
            return;
        }
        for (CardView other : linked) {
            layer.getChildren().add(line(selected, other));
        }
    }

    private Line line(CardView from, CardView to) {
        ObservableValue<?>[] dependencies = dependencies(from, to);
        ObjectBinding<Point2D[]> ends = Bindings.createObjectBinding(() -> {
            // Bounds are lazy: one tells of a change only after it has been read since the last.
            for (ObservableValue<?> bounds : dependencies) {
                bounds.getValue();
            }
            return ends(from, to);
        }, dependencies);
        Line line = new Line();
        line.getStyleClass().add("link-line");
        line.setManaged(false);
        line.startXProperty().bind(Bindings.createDoubleBinding(() -> ends.get()[0].getX(), ends));
        line.startYProperty().bind(Bindings.createDoubleBinding(() -> ends.get()[0].getY(), ends));
        line.endXProperty().bind(Bindings.createDoubleBinding(() -> ends.get()[1].getX(), ends));
        line.endYProperty().bind(Bindings.createDoubleBinding(() -> ends.get()[1].getY(), ends));
        return line;
    }

    /** Where a card is in the grid follows its place in its section's card list, and the section's in the grid. */
    private static ObservableValue<?>[] dependencies(CardView from, CardView to) {
        return new ObservableValue<?>[] {from.boundsInParentProperty(), from.getParent().boundsInParentProperty(),
                from.getParent().getParent().boundsInParentProperty(), to.boundsInParentProperty(),
                to.getParent().boundsInParentProperty(), to.getParent().getParent().boundsInParentProperty()};
    }

    /** The two ends, in the grid's coordinates: where the line between the cards' centres leaves each card. */
    private Point2D[] ends(CardView from, CardView to) {
        Bounds a = grid.sceneToLocal(from.localToScene(from.getLayoutBounds()));
        Bounds b = grid.sceneToLocal(to.localToScene(to.getLayoutBounds()));
        Point2D ca = new Point2D(a.getCenterX(), a.getCenterY());
        Point2D cb = new Point2D(b.getCenterX(), b.getCenterY());
        return new Point2D[] {exit(a, ca, cb.subtract(ca)), exit(b, cb, ca.subtract(cb))};
    }

    /** Where the ray from {@code centre} along {@code direction} crosses the outline of {@code box}. */
    private static Point2D exit(Bounds box, Point2D centre, Point2D direction) {
        double dx = Math.abs(direction.getX());
        double dy = Math.abs(direction.getY());
        if (dx == 0 && dy == 0) {
            return centre;
        }
        double tx = dx == 0 ? Double.MAX_VALUE : box.getWidth() / 2 / dx;
        double ty = dy == 0 ? Double.MAX_VALUE : box.getHeight() / 2 / dy;
        return centre.add(direction.multiply(Math.min(tx, ty)));
    }
}
