package org.valuebench.ui.gaps.charts;

import org.valuebench.ui.gaps.figures.GapFigures;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import javafx.geometry.Dimension2D;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.ScatterChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.shape.Line;
import org.valuebench.analysis.Crosshairs;
import org.valuebench.analysis.GapReport;
import org.valuebench.analysis.PromiseGap;
import org.valuebench.analysis.Quadrant;
import org.valuebench.domain.Voice;
import org.valuebench.ui.fx.GapLabels;
import org.valuebench.ui.fx.HoverTooltips;

/**
 * Martilla and James's importance-performance grid: one point per promise with feedback (delivered across,
 * importance up), the crosshair lines, and the four quadrants named in their corners.
 */
public final class ImportancePerformanceChart extends ScatterChart<Number, Number> {
    private final LongConsumer onSelect;
    private final Line vertical = new Line();
    private final Line horizontal = new Line();
    private final List<Label> quadrants = new ArrayList<>();
    private final List<Label> pointLabels = new ArrayList<>();
    private Crosshairs crosshairs = Crosshairs.MIDPOINTS;
    private Voice voice = Voice.CUSTOMER;
    private List<Long> ids = List.of();
    private List<String> names = List.of();

    public ImportancePerformanceChart(LongConsumer onSelect) {
        super(axis("delivered (performance, 1–5)"), axis("importance (1–5)"));
        this.onSelect = onSelect;
        setId("importancePerformanceChart");
        getStyleClass().add("ip-chart");
        setAnimated(false);
        setLegendVisible(false);
        setTitle("Importance–performance");
        vertical.getStyleClass().add("ip-crosshair");
        horizontal.getStyleClass().add("ip-crosshair");
        vertical.setMouseTransparent(true);
        horizontal.setMouseTransparent(true);
        for (Quadrant q : Quadrant.values()) {
            Label label = new Label(q.title());
            label.getStyleClass().addAll("ip-quadrant", "ip-" + q.key().replace('_', '-'));
            label.setMouseTransparent(true);
            label.setTooltip(new Tooltip(q.meaning()));
            quadrants.add(label);
        }
        getPlotChildren().addAll(vertical, horizontal);
        getPlotChildren().addAll(quadrants);
    }

    private static NumberAxis axis(String label) {
        NumberAxis axis = new NumberAxis(0.5, 5.5, 0.5);
        axis.setAutoRanging(false);
        axis.setLabel(label);
        axis.setMinorTickVisible(false);
        axis.setTickLabelFormatter(new NumberAxis.DefaultFormatter(axis) {
            @Override
            public String toString(Number value) {
                double v = value.doubleValue();
                return v == Math.rint(v) ? Integer.toString((int) v) : "";
            }
        });
        return axis;
    }

    /**
     * Shows one point per promise with feedback. When the same promises are shown as before (a new filter), the
     * points are moved in place: rebuilding the series costs the JavaFX thread a new node per point and its styles.
     */
    public void show(GapReport report) {
        List<PromiseGap> shown = report == null ? List.of()
                : report.promises().stream().filter(p -> p.delivered() != null).toList();
        List<Long> ids = shown.stream().map(PromiseGap::promiseId).toList();
        List<String> names = shown.stream().map(p -> GapLabels.shortText(p.text(), 22)).toList();
        if (!(ids.equals(this.ids) && names.equals(this.names) && getData().size() == 1)) {
            rebuild(shown, names);
            this.ids = ids;
            this.names = names;
        }
        if (report == null) {
            return;
        }
        crosshairs = report.crosshairs();
        voice = report.filter().voice();
        List<XYChart.Data<Number, Number>> points = getData().get(0).getData();
        for (int i = 0; i < shown.size(); i++) {
            PromiseGap gap = shown.get(i);
            XYChart.Data<Number, Number> point = points.get(i);
            point.setExtraValue(gap);
            point.setXValue(gap.delivered());
            point.setYValue(gap.importance());
        }
        requestChartLayout();
    }

    private void rebuild(List<PromiseGap> shown, List<String> names) {
        getData().clear();
        getPlotChildren().removeAll(pointLabels);
        pointLabels.clear();
        XYChart.Series<Number, Number> series = new XYChart.Series<>();
        for (PromiseGap gap : shown) {
            XYChart.Data<Number, Number> point = new XYChart.Data<>(gap.delivered(), gap.importance());
            point.setExtraValue(gap);
            series.getData().add(point);
        }
        getData().add(series);
        for (int i = 0; i < series.getData().size(); i++) {
            XYChart.Data<Number, Number> point = series.getData().get(i);
            Node node = point.getNode();
            node.getStyleClass().add("ip-point");
            node.setOnMouseClicked(e -> onSelect.accept(((PromiseGap) point.getExtraValue()).promiseId()));
            HoverTooltips.onHover(node, () -> explain((PromiseGap) point.getExtraValue()));
            Label label = new Label(names.get(i));
            label.getStyleClass().add("ip-point-label");
            label.setMouseTransparent(true);
            label.setUserData(point);
            pointLabels.add(label);
        }
        getPlotChildren().addAll(pointLabels);
    }

    private String explain(PromiseGap gap) {
        if (gap == null || gap.delivered() == null) {
            return null;
        }
        return gap.text() + "\ndelivered " + GapFigures.two(gap.delivered()) + ", importance " + gap.importance()
                + "\n" + GapFigures.quadrant(gap, crosshairs, voice).explanation();
    }

    @Override
    protected void layoutPlotChildren() {
        super.layoutPlotChildren();
        NumberAxis x = (NumberAxis) getXAxis();
        NumberAxis y = (NumberAxis) getYAxis();
        double left = x.getDisplayPosition(x.getLowerBound());
        double right = x.getDisplayPosition(x.getUpperBound());
        double top = y.getDisplayPosition(y.getUpperBound());
        double bottom = y.getDisplayPosition(y.getLowerBound());
        double cx = x.getDisplayPosition(crosshairs.performance());
        double cy = y.getDisplayPosition(crosshairs.importance());
        vertical.setStartX(cx);
        vertical.setEndX(cx);
        vertical.setStartY(top);
        vertical.setEndY(bottom);
        horizontal.setStartX(left);
        horizontal.setEndX(right);
        horizontal.setStartY(cy);
        horizontal.setEndY(cy);
        for (Label label : quadrants) {
            label.autosize();
        }
        // Concentrate here: important, performing badly (top left); keep up: top right; low priority: bottom
        // left; possible overkill: bottom right.
        place(quadrants.get(Quadrant.CONCENTRATE_HERE.ordinal()), left + 6, top + 4);
        place(quadrants.get(Quadrant.KEEP_UP_THE_GOOD_WORK.ordinal()),
                right - 6 - quadrants.get(Quadrant.KEEP_UP_THE_GOOD_WORK.ordinal()).getWidth(), top + 4);
        place(quadrants.get(Quadrant.LOW_PRIORITY.ordinal()), left + 6,
                bottom - 4 - quadrants.get(Quadrant.LOW_PRIORITY.ordinal()).getHeight());
        Label overkill = quadrants.get(Quadrant.POSSIBLE_OVERKILL.ordinal());
        place(overkill, right - 6 - overkill.getWidth(), bottom - 4 - overkill.getHeight());
        List<javafx.geometry.Bounds> titles = quadrants.stream().map(Label::getBoundsInParent).toList();
        List<Point2D> points = new ArrayList<>();
        List<Dimension2D> sizes = new ArrayList<>();
        for (Label label : pointLabels) {
            @SuppressWarnings("unchecked")
            XYChart.Data<Number, Number> point = (XYChart.Data<Number, Number>) label.getUserData();
            label.applyCss();
            points.add(new Point2D(x.getDisplayPosition(point.getXValue()), y.getDisplayPosition(point.getYValue())));
            sizes.add(new Dimension2D(label.prefWidth(-1), label.prefHeight(-1)));
        }
        List<Point2D> spots = PointLabelPlacer.place(points, sizes, titles,
                new javafx.geometry.BoundingBox(left, top, right - left, bottom - top));
        for (int i = 0; i < pointLabels.size(); i++) {
            Label label = pointLabels.get(i);
            label.resizeRelocate(spots.get(i).getX(), spots.get(i).getY(), sizes.get(i).getWidth(),
                    sizes.get(i).getHeight());
            label.toFront();
        }
    }

    private static void place(Label label, double x, double y) {
        label.resizeRelocate(x, y, label.prefWidth(-1), label.prefHeight(-1));
    }
}
