package org.valuebench.ui;

import java.time.YearMonth;
import java.util.List;
import java.util.TreeSet;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;
import org.valuebench.analysis.GapReport;
import org.valuebench.analysis.PromiseGap;
import org.valuebench.analysis.TrendPoint;

/** The delivered score of each promise month by month (records without a date are not in it). */
final class GapTrendChart extends LineChart<String, Number> {

    private List<List<YearMonth>> layout = List.of();
    private List<String> names = List.of();

    GapTrendChart() {
        super(new CategoryAxis(), new NumberAxis(1, 5, 1));
        setId("gapTrendChart");
        getStyleClass().add("gap-trend-chart");
        setAnimated(false);
        setTitle("Delivered per month");
        getXAxis().setLabel("month");
        getYAxis().setLabel("delivered (1–5)");
        ((NumberAxis) getYAxis()).setAutoRanging(false);
        setCreateSymbols(true);
    }

    /**
     * Shows each promise's monthly delivered score. When the same promises cover the same months as before,
     * the points are updated in place, which keeps the JavaFX thread's work per report small.
     */
    void show(GapReport report) {
        List<PromiseGap> shown = report == null ? List.of()
                : report.promises().stream().filter(p -> !p.trend().isEmpty()).toList();
        TreeSet<YearMonth> months = new TreeSet<>();
        shown.forEach(p -> p.trend().forEach(t -> months.add(t.month())));
        List<String> categories = months.stream().map(YearMonth::toString).toList();
        List<List<YearMonth>> layout = shown.stream()
                .map(p -> p.trend().stream().map(TrendPoint::month).toList()).toList();
        List<String> names = shown.stream().map(p -> GapLabels.shortText(p.text(), 26)).toList();
        CategoryAxis axis = (CategoryAxis) getXAxis();
        if (!(axis.getCategories().equals(categories) && layout.equals(this.layout) && names.equals(this.names))) {
            getData().clear();
            axis.getCategories().setAll(categories);
            for (int i = 0; i < shown.size(); i++) {
                XYChart.Series<String, Number> series = new XYChart.Series<>();
                series.setName(names.get(i));
                for (TrendPoint point : shown.get(i).trend()) {
                    series.getData().add(new XYChart.Data<>(point.month().toString(), point.delivered()));
                }
                getData().add(series);
                for (XYChart.Data<String, Number> data : series.getData()) {
                    Tooltip tip = new Tooltip();
                    tip.setShowDelay(Duration.millis(200));
                    Tooltip.install(data.getNode(), tip);
                    data.getNode().getProperties().put(Tooltip.class, tip);
                }
            }
            this.layout = layout;
            this.names = names;
        }
        for (int i = 0; i < shown.size(); i++) {
            PromiseGap gap = shown.get(i);
            List<XYChart.Data<String, Number>> points = getData().get(i).getData();
            for (int j = 0; j < points.size(); j++) {
                TrendPoint point = gap.trend().get(j);
                XYChart.Data<String, Number> data = points.get(j);
                data.setYValue(point.delivered());
                ((Tooltip) data.getNode().getProperties().get(Tooltip.class)).setText(gap.text() + "\n"
                        + point.month() + ": delivered = mean of s5 over " + point.n() + " record"
                        + (point.n() == 1 ? "" : "s") + " = " + GapFigures.two(point.delivered()) + " (target "
                        + gap.target() + ")");
            }
        }
    }
}
