package org.valuebench.ui.gaps.charts;

import org.valuebench.ui.gaps.figures.GapFigures;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import javafx.collections.FXCollections;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.Region;
import org.valuebench.analysis.GapReport;
import org.valuebench.analysis.PromiseGap;
import org.valuebench.analysis.TrendPoint;
import org.valuebench.ui.fx.GapLabels;
import org.valuebench.ui.fx.HoverTooltips;

/**
 * The delivered score of each promise month by month (records without a date are not in it), over the latest
 * {@value #MONTHS} months with feedback: more points would not be readable, and each one costs the JavaFX thread
 * a node to lay out and draw.
 *
 * <p>The points are this chart's own markers, not {@link LineChart}'s symbols: LineChart gives every symbol a
 * style class of its own ({@code data0}, {@code data1}, …), so JavaFX matches the whole theme's selectors
 * afresh for each one the first time it is shown, about a millisecond per point. The markers share one style
 * class per series and look the same.
 *
 * <p>Each series has its colour, its marker and, beyond the palette's distinct colours, a dash of its own
 * ({@link org.valuebench.report.SeriesPalette}), so that no reader has to tell two lines apart by colour alone.
 */
public final class GapTrendChart extends LineChart<String, Number> {
    static final int MONTHS = 24;
    private static final String TITLE = "Delivered per month";

    /** Each series' markers, one per point in the order of its points, then any hidden ones left over. */
    private final List<List<Region>> markers = new ArrayList<>();
    private List<List<YearMonth>> layout = List.of();
    private List<String> names = List.of();

    public GapTrendChart() {
        super(new CategoryAxis(), new NumberAxis(1, 5, 1));
        setId("gapTrendChart");
        getStyleClass().add("gap-trend-chart");
        setAnimated(false);
        setTitle(TITLE);
        getXAxis().setLabel("month");
        getYAxis().setLabel("delivered (1–5)");
        ((NumberAxis) getYAxis()).setAutoRanging(false);
        // The months are set in calendar order; auto-ranging would order them by the first series that has each.
        getXAxis().setAutoRanging(false);
        // Upright month labels: all of them fit, and the axis keeps the height it measured for them.
        getXAxis().setTickLabelRotation(90);
        setCreateSymbols(false);
    }

    /**
     * Shows each promise's monthly delivered score. When the same promises cover the same months as before,
     * the points are updated in place, which keeps the JavaFX thread's work per report small; over other months,
     * each series keeps its line, legend entry and markers.
     */
    public void show(GapReport report) {
        List<PromiseGap> withTrend = report == null ? List.of()
                : report.promises().stream().filter(p -> !p.trend().isEmpty()).toList();
        TreeSet<YearMonth> all = new TreeSet<>();
        withTrend.forEach(p -> p.trend().forEach(t -> all.add(t.month())));
        YearMonth from = all.size() > MONTHS ? all.descendingSet().stream().skip(MONTHS - 1).findFirst().orElseThrow()
                : YearMonth.of(1, 1);
        // In a steady order, not the ranking's: a promise then keeps its colour when a filter reorders the ranking.
        List<PromiseGap> shown = withTrend.stream().filter(p -> !shownPoints(p, from).isEmpty())
                .sorted(Comparator.comparingLong(PromiseGap::promiseId)).toList();
        List<String> categories = all.tailSet(from, true).stream().map(YearMonth::toString).toList();
        List<List<YearMonth>> layout = shown.stream()
                .map(p -> shownPoints(p, from).stream().map(TrendPoint::month).toList()).toList();
        List<String> names = shown.stream().map(p -> GapLabels.shortText(p.text(), 26)).toList();
        setTitle(all.size() > MONTHS ? TITLE + " (latest " + MONTHS + " of " + all.size() + " months)" : TITLE);
        CategoryAxis axis = (CategoryAxis) getXAxis();
        if (!names.equals(this.names)) {
            rebuild(shown, from, names, categories);
        } else if (!(axis.getCategories().equals(categories) && layout.equals(this.layout))) {
            moveToMonths(shown, from, categories);
        }
        this.layout = layout;
        this.names = names;
        for (int i = 0; i < shown.size(); i++) {
            PromiseGap gap = shown.get(i);
            List<TrendPoint> trend = shownPoints(gap, from);
            List<XYChart.Data<String, Number>> points = getData().get(i).getData();
            for (int j = 0; j < points.size(); j++) {
                points.get(j).setYValue(trend.get(j).delivered());
                points.get(j).setExtraValue(new Explained(gap, trend.get(j)));
            }
        }
    }

    /** New series, legend and markers: the promises shown have changed. */
    private void rebuild(List<PromiseGap> shown, YearMonth from, List<String> names, List<String> categories) {
        getData().clear();
        markers.forEach(getPlotChildren()::removeAll);
        markers.clear();
        ((CategoryAxis) getXAxis()).getCategories().setAll(categories);
        // Built whole and added in one change: the chart then lays out its legend and series once.
        List<XYChart.Series<String, Number>> built = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            List<XYChart.Data<String, Number>> points = points(shown.get(i), from);
            List<Region> seriesMarkers = new ArrayList<>();
            for (XYChart.Data<String, Number> data : points) {
                seriesMarkers.add(marker(data, i));
            }
            markers.add(seriesMarkers);
            built.add(new XYChart.Series<>(names.get(i), FXCollections.observableArrayList(points)));
        }
        getData().setAll(built);
        SeriesMarkers.dash(this);
        markers.forEach(getPlotChildren()::addAll);
    }

    /**
     * The same promises over other months (a date filter set or cleared): each series gets its new points and
     * keeps its line, its legend entry and its markers, those it no longer needs hidden. Rebuilding the series
     * made a new legend and a marker per point, and at 24 months and five promises that frame cost the JavaFX
     * thread 18–30 ms.
     */
    private void moveToMonths(List<PromiseGap> shown, YearMonth from, List<String> categories) {
        ((CategoryAxis) getXAxis()).getCategories().setAll(categories);
        for (int i = 0; i < shown.size(); i++) {
            List<XYChart.Data<String, Number>> points = points(shown.get(i), from);
            List<Region> seriesMarkers = markers.get(i);
            for (int j = 0; j < points.size(); j++) {
                if (j < seriesMarkers.size()) {
                    seriesMarkers.get(j).setUserData(points.get(j));
                    seriesMarkers.get(j).setVisible(true);
                } else {
                    Region marker = marker(points.get(j), i);
                    seriesMarkers.add(marker);
                    getPlotChildren().add(marker);
                }
            }
            // Kept hidden rather than removed: clearing the date filter again then needs no new, unstyled ones.
            for (int j = points.size(); j < seriesMarkers.size(); j++) {
                seriesMarkers.get(j).setVisible(false);
            }
            getData().get(i).getData().setAll(points);
        }
    }

    /** The chart's points for {@code gap}'s months from {@code from} on. */
    private static List<XYChart.Data<String, Number>> points(PromiseGap gap, YearMonth from) {
        List<XYChart.Data<String, Number>> points = new ArrayList<>();
        for (TrendPoint point : shownPoints(gap, from)) {
            points.add(new XYChart.Data<>(point.month().toString(), point.delivered()));
        }
        return points;
    }

    private static Region marker(XYChart.Data<String, Number> data, int series) {
        Region marker = new Region();
        marker.getStyleClass().addAll("chart-line-symbol", "gap-trend-point", "default-color" + series % 8);
        SeriesMarkers.shape(marker, series);
        marker.setUserData(data);
        // The point is read when the pointer arrives: a marker moves to another point when the months change.
        HoverTooltips.onHover(marker, () -> marker.getUserData() instanceof XYChart.Data<?, ?> point
                && point.getExtraValue() instanceof Explained e ? e.text() : null);
        return marker;
    }

    /** The legend's symbols in the series' markers, as the points are. */
    @Override
    protected void updateLegend() {
        super.updateLegend();
        SeriesMarkers.legend(getLegend());
    }

    @Override
    protected void layoutPlotChildren() {
        super.layoutPlotChildren();
        for (List<Region> series : markers) {
            for (Region marker : series) {
                if (!marker.isVisible()) {
                    continue;
                }
                @SuppressWarnings("unchecked")
                XYChart.Data<String, Number> data = (XYChart.Data<String, Number>) marker.getUserData();
                double x = getXAxis().getDisplayPosition(data.getXValue());
                double y = getYAxis().getDisplayPosition(data.getYValue());
                double width = marker.prefWidth(-1);
                double height = marker.prefHeight(-1);
                marker.resizeRelocate(x - width / 2, y - height / 2, width, height);
                marker.toFront();
            }
        }
    }

    private static List<TrendPoint> shownPoints(PromiseGap gap, YearMonth from) {
        return gap.trend().stream().filter(t -> !t.month().isBefore(from)).toList();
    }

    /** What a point's tooltip says, made only when the pointer reaches the point. */
    private record Explained(PromiseGap gap, TrendPoint point) {
        String text() {
            return gap.text() + "\n" + point.month() + ": delivered = mean of s5 over " + point.n() + " record"
                    + (point.n() == 1 ? "" : "s") + " = " + GapFigures.two(point.delivered()) + " (target "
                    + gap.target() + ")";
        }
    }
}
