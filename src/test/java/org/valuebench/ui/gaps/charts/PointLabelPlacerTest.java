package org.valuebench.ui.gaps.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Dimension2D;
import javafx.geometry.Point2D;
import org.junit.jupiter.api.Test;

class PointLabelPlacerTest {
    private static final Bounds PLOT = new BoundingBox(0, 0, 500, 300);
    private static final Dimension2D NAME = new Dimension2D(120, 16);

    @Test
    void aNameGoesRightOfItsPointWhenThereIsRoom() {
        List<Point2D> spots = PointLabelPlacer.place(List.of(new Point2D(100, 100)), List.of(NAME), List.of(), PLOT);
        assertThat(spots).containsExactly(new Point2D(109, 92));
    }

    @Test
    void noNameCoversAnotherPointOrName() {
        // Two promises with the same importance and nearly the same delivered score, a third just below: as in
        // the sample workspace, where "Resolved on the first contact" was written across another promise's point.
        List<Point2D> points = List.of(new Point2D(200, 100), new Point2D(230, 100), new Point2D(215, 125));
        List<Point2D> spots = PointLabelPlacer.place(points, List.of(NAME, NAME, NAME), List.of(), PLOT);

        List<Bounds> names = new ArrayList<>();
        for (Point2D spot : spots) {
            names.add(new BoundingBox(spot.getX(), spot.getY(), NAME.getWidth(), NAME.getHeight()));
        }
        for (int i = 0; i < points.size(); i++) {
            for (int j = 0; j < points.size(); j++) {
                if (i != j) {
                    Bounds marker = new BoundingBox(points.get(j).getX() - 8, points.get(j).getY() - 8, 16, 16);
                    assertThat(names.get(i).intersects(marker)).as("name %d over point %d", i, j).isFalse();
                    assertThat(names.get(i).intersects(names.get(j))).as("names %d and %d", i, j).isFalse();
                }
            }
            assertThat(PLOT.contains(names.get(i))).isTrue();
        }
    }

    @Test
    void aNameKeepsClearOfTheQuadrantTitlesAndInsideThePlot() {
        Bounds title = new BoundingBox(380, 4, 116, 18);
        List<Point2D> spots = PointLabelPlacer.place(List.of(new Point2D(470, 12)), List.of(NAME), List.of(title),
                PLOT);
        Bounds name = new BoundingBox(spots.get(0).getX(), spots.get(0).getY(), NAME.getWidth(), NAME.getHeight());
        assertThat(name.intersects(title)).isFalse();
        assertThat(PLOT.contains(name)).isTrue();
    }
}
