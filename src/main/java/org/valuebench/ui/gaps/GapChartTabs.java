package org.valuebench.ui.gaps;

import org.valuebench.ui.gaps.charts.GapTrendChart;
import org.valuebench.ui.gaps.charts.ImportancePerformanceChart;
import org.valuebench.ui.gaps.charts.VoiceComparisonChart;
import org.valuebench.ui.gaps.charts.GapBarChart;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.valuebench.analysis.GapReport;

/**
 * The gap view's charts, one a tab: the gaps with their confidence whiskers, the importance–performance grid
 * with its crosshair choice, the monthly trend and the voice comparison. Only the chart on screen follows each
 * report; one on another tab catches up when its tab is chosen.
 */
final class GapChartTabs {
    private final TabPane charts = new TabPane();
    private final Supplier<GapReport> report;
    /** The chart tabs that show the current report. */
    private final Set<Tab> shownIn = new HashSet<>();

    /** @param report the latest report, null before the first */
    GapChartTabs(GapViewModel model, Supplier<GapReport> report) {
        this.report = report;
        GapBarChart bars = new GapBarChart(model::selectPromise);
        ImportancePerformanceChart grid = new ImportancePerformanceChart(model::selectPromise);
        GapTrendChart trend = new GapTrendChart();
        VoiceComparisonChart voices = new VoiceComparisonChart(model::selectPromise);
        VBox gridWithOptions = new VBox(GapFilterBar.crosshairChoice(model), grid);
        VBox.setVgrow(grid, Priority.ALWAYS);
        charts.getTabs().setAll(tab("Gaps", "chartGaps", bars, bars::show),
                tab("Importance–performance", "chartGrid", gridWithOptions, grid::show),
                tab("Trend", "chartTrend", trend, trend::show),
                tab("Voices", "chartVoices", voices, voices::show));
        charts.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> showChart(now));
        charts.setId("gapCharts");
        charts.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        // The charts shrink with the window rather than widening the view past its pane.
        charts.setMinWidth(240);
    }

    TabPane node() {
        return charts;
    }

    /** A new report: the chart on screen shows it now, the others when their tab is chosen. */
    void show() {
        shownIn.clear();
        showChart(charts.getSelectionModel().getSelectedItem());
    }

    /** Brings the chart on {@code tab} to the latest report, unless it shows it already. */
    @SuppressWarnings("unchecked")
    private void showChart(Tab tab) {
        if (tab != null && shownIn.add(tab)) {
            ((Consumer<GapReport>) tab.getUserData()).accept(report.get());
        }
    }

    private static Tab tab(String title, String id, Node content, Consumer<GapReport> show) {
        Tab tab = new Tab(title, content);
        tab.setId(id);
        tab.setUserData(show);
        return tab;
    }
}
