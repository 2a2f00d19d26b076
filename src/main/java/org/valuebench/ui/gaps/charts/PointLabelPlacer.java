package org.valuebench.ui.gaps.charts;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Dimension2D;
import javafx.geometry.Point2D;

/**
 * Places each point's name beside it in a scatter plot: at the first of a few spots around the point where it
 * stays inside the plot and covers no fixed label, no name placed before and no other point's marker. Where no
 * spot is free the name goes right of its point. Pure geometry, so it is tested without a window.
 */
final class PointLabelPlacer {
    /** Half the marker's width, and a pixel of air around it. */
    static final double MARKER_RADIUS = 9;

    private PointLabelPlacer() {
    }

    /**
     * The top-left corner of each label, in the order of {@code points}.
     *
     * @param points centres of the markers
     * @param sizes  the labels' sizes, one per point
     * @param fixed  what no label may cover (the quadrant titles)
     * @param plot   the area labels stay in
     */
    static List<Point2D> place(List<Point2D> points, List<Dimension2D> sizes, List<Bounds> fixed, Bounds plot) {
        List<Bounds> markers = points.stream().<Bounds>map(p -> new BoundingBox(p.getX() - MARKER_RADIUS,
                p.getY() - MARKER_RADIUS, 2 * MARKER_RADIUS, 2 * MARKER_RADIUS)).toList();
        List<Bounds> taken = new ArrayList<>(fixed);
        List<Point2D> placed = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            Point2D chosen = spot(i, points.get(i), sizes.get(i), taken, markers, plot);
            placed.add(chosen);
            taken.add(new BoundingBox(chosen.getX(), chosen.getY(), sizes.get(i).getWidth(),
                    sizes.get(i).getHeight()));
        }
        return placed;
    }

    private static Point2D spot(int index, Point2D point, Dimension2D size, List<Bounds> taken, List<Bounds> markers,
                                Bounds plot) {
        double px = point.getX();
        double py = point.getY();
        double w = size.getWidth();
        double h = size.getHeight();
        double[][] candidates = {{px + 9, py - h / 2}, {px - 9 - w, py - h / 2}, {px + 6, py + 5},
            {px - 6 - w, py + 5}, {px + 6, py - 5 - h}, {px - 6 - w, py - 5 - h}, {px + 6, py + 5 + h},
            {px - 6 - w, py + 5 + h}, {px + 6, py - 5 - 2 * h}, {px - 6 - w, py - 5 - 2 * h}};
        Point2D fallback = null;
        for (double[] c : candidates) {
            double x = Math.max(plot.getMinX(), Math.min(c[0], plot.getMaxX() - w));
            Bounds box = new BoundingBox(x, c[1], w, h);
            if (fallback == null) {
                fallback = new Point2D(x, c[1]);
            }
            boolean inside = c[1] >= plot.getMinY() && c[1] + h <= plot.getMaxY();
            boolean coversOtherPoint = false;
            for (int m = 0; m < markers.size(); m++) {
                coversOtherPoint |= m != index && box.intersects(markers.get(m));
            }
            if (inside && !coversOtherPoint && taken.stream().noneMatch(box::intersects)) {
                return new Point2D(x, c[1]);
            }
        }
        return fallback;
    }
}
