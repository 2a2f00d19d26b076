package org.valuebench.ui.gaps.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.Region;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.valuebench.analysis.GapReport;
import org.valuebench.analysis.PromiseGap;

class GapTrendChartTest {

    @BeforeAll
    static void startJavaFx() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void otherMonthsKeepEachSeriesAndItsMarkersMovedToTheNewPoints() {
        GapTrendChart chart = onFx(GapTrendChart::new);
        onFx(() -> {
            chart.show(SampleGapReport.report(24));
            return null;
        });
        List<XYChart.Series<String, Number>> before = List.copyOf(chart.getData());
        List<Node> legendBefore = legendEntries(chart);
        List<Region> markersAt24 = allMarkers(chart);
        assertThat(markersAt24).hasSize(SampleGapReport.PROMISES * 24);
        assertThat(legendBefore).hasSize(SampleGapReport.PROMISES);

        onFx(() -> {
            chart.show(SampleGapReport.report(7));
            return null;
        });
        assertThat(chart.getData()).hasSize(SampleGapReport.PROMISES).containsExactlyElementsOf(before);
        assertThat(legendEntries(chart)).containsExactlyElementsOf(legendBefore);
        assertThat(((CategoryAxis) chart.getXAxis()).getCategories()).hasSize(7).startsWith("2000-01").endsWith(
                "2000-07");
        List<Region> markers = markers(chart);
        assertThat(markers).hasSize(SampleGapReport.PROMISES * 7);
        List<Object> points = chart.getData().stream().flatMap(s -> s.getData().stream()).map(d -> (Object) d)
                .toList();
        assertThat(markers).extracting(Node::getUserData).containsExactlyInAnyOrderElementsOf(points);

        onFx(() -> {
            chart.show(SampleGapReport.report(12));
            return null;
        });
        assertThat(chart.getData()).containsExactlyElementsOf(before);
        assertThat(allMarkers(chart)).as("no marker made anew").containsExactlyInAnyOrderElementsOf(markersAt24);
        assertThat(markers(chart)).hasSize(SampleGapReport.PROMISES * 12).extracting(Node::getUserData)
                .containsExactlyInAnyOrderElementsOf(chart.getData().stream().flatMap(s -> s.getData().stream())
                        .map(d -> (Object) d).toList());
    }

    @Test
    void keepsThePromisesInASteadyOrderSoEachKeepsItsColourWhateverTheRanking() {
        GapReport report = SampleGapReport.report(3);
        List<String> ranked = report.promises().stream().map(PromiseGap::text).toList();
        List<String> byId = report.promises().stream().sorted(Comparator.comparingLong(PromiseGap::promiseId))
                .map(PromiseGap::text).toList();
        assertThat(ranked).as("the ranking's order").isNotEqualTo(byId);
        GapTrendChart chart = onFx(() -> {
            GapTrendChart made = new GapTrendChart();
            made.show(report);
            return made;
        });
        assertThat(chart.getData()).extracting(XYChart.Series::getName).containsExactlyElementsOf(byId);
    }

    /** The markers on show. */
    private static List<Region> markers(GapTrendChart chart) {
        return allMarkers(chart).stream().filter(Node::isVisible).toList();
    }

    private static List<Region> allMarkers(GapTrendChart chart) {
        return chart.lookupAll(".gap-trend-point").stream().map(Region.class::cast).toList();
    }

    private static List<Node> legendEntries(GapTrendChart chart) {
        return List.copyOf(chart.lookupAll(".chart-legend-item"));
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) {
        AtomicReference<T> result = new AtomicReference<>();
        WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> {
            result.set(work.call());
            return null;
        }));
        return result.get();
    }
}
