package org.valuebench.ui;

import java.time.YearMonth;
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

    void show(GapReport report) {
        getData().clear();
        if (report == null) {
            return;
        }
        TreeSet<YearMonth> months = new TreeSet<>();
        report.promises().forEach(p -> p.trend().forEach(t -> months.add(t.month())));
        ((CategoryAxis) getXAxis()).getCategories().setAll(months.stream().map(YearMonth::toString).toList());
        for (PromiseGap gap : report.promises()) {
            if (gap.trend().isEmpty()) {
                continue;
            }
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            series.setName(GapLabels.shortText(gap.text(), 26));
            for (TrendPoint point : gap.trend()) {
                XYChart.Data<String, Number> data = new XYChart.Data<>(point.month().toString(), point.delivered());
                data.setExtraValue(point);
                series.getData().add(data);
            }
            getData().add(series);
            for (XYChart.Data<String, Number> data : series.getData()) {
                TrendPoint point = (TrendPoint) data.getExtraValue();
                Tooltip tip = new Tooltip(gap.text() + "\n" + point.month() + ": delivered = mean of s5 over "
                        + point.n() + " record" + (point.n() == 1 ? "" : "s") + " = " + GapFigures.two(point.delivered())
                        + " (target " + gap.target() + ")");
                tip.setShowDelay(Duration.millis(200));
                Tooltip.install(data.getNode(), tip);
            }
        }
    }
}
