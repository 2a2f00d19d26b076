package org.valuebench.ui.gaps.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Path;
import javafx.scene.shape.SVGPath;
import javafx.scene.shape.Shape;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.valuebench.domain.Voice;
import org.valuebench.report.SeriesPalette;

/**
 * Issue 23, chart colours: in the Trend and Voices charts each series is told apart by more than its colour, a
 * marker of its own at its points and in its legend (and a dash for the slots that share a colour), and the
 * colours are {@link SeriesPalette}'s in both themes.
 */
class SeriesStylesTest {
    private static final String CSS = "/org/valuebench/ui/gaps/gapview.css";

    @BeforeAll
    static void startJavaFx() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void eachTrendSeriesHasItsOwnMarkerAtItsPointsAndInTheLegendAndItsPalettesColour() {
        GapTrendChart chart = onFx(() -> {
            GapTrendChart made = new GapTrendChart();
            made.show(SampleGapReport.report(3));
            shown(made);
            return made;
        });
        List<String> shapes = new ArrayList<>();
        for (int i = 0; i < chart.getData().size(); i++) {
            XYChart.Series<String, Number> series = chart.getData().get(i);
            String expected = SeriesPalette.marker(i).path();
            List<Region> points = chart.lookupAll(".gap-trend-point.default-color" + i).stream()
                    .map(Region.class::cast).toList();
            assertThat(points).as(series.getName()).isNotEmpty()
                    .allSatisfy(point -> assertThat(path(point)).isEqualTo(expected));
            assertThat(path(legendSymbol(chart, i))).as(series.getName() + "'s legend").isEqualTo(expected);
            assertThat(((Path) series.getNode()).getStroke()).as(series.getName() + "'s line")
                    .isEqualTo(Color.web(SeriesPalette.light(i)));
            shapes.add(expected);
        }
        assertThat(shapes).hasSize(SampleGapReport.PROMISES).doesNotHaveDuplicates();
    }

    @Test
    void seriesThatShareAColourAreDashed() {
        GapTrendChart chart = onFx(() -> {
            GapTrendChart made = new GapTrendChart();
            made.show(SampleGapReport.report(SeriesPalette.SLOTS, 3));
            shown(made);
            return made;
        });
        for (int i = 0; i < SeriesPalette.SLOTS; i++) {
            Path line = (Path) chart.getData().get(i).getNode();
            assertThat(line.getStrokeDashArray()).as("series " + i).containsExactlyElementsOf(SeriesPalette.dash(i));
        }
        assertThat(SeriesPalette.dash(SeriesPalette.SLOTS - 1)).isNotEmpty();
    }

    @Test
    void eachVoiceHasItsOwnMarkerOnItsBarsAndInTheLegendAndItsPalettesColour() {
        VoiceComparisonChart voices = onFx(() -> {
            VoiceComparisonChart made = new VoiceComparisonChart(id -> { });
            made.show(SampleGapReport.report(3));
            shown(made);
            return made;
        });
        List<String> shapes = new ArrayList<>();
        for (int v = 0; v < Voice.values().length; v++) {
            String expected = SeriesPalette.marker(v).path();
            List<Node> bars = List.copyOf(voices.lookupAll(".chart-bar.default-color" + v));
            List<Node> onBars = bars.stream().filter(b -> !b.getStyleClass().contains("bar-legend-symbol")).toList();
            assertThat(onBars).as(Voice.values()[v].name()).hasSize(SampleGapReport.PROMISES)
                    .allSatisfy(bar -> assertThat(path(((StackPane) bar).lookup(".series-marker"))).isEqualTo(expected))
                    .allSatisfy(bar -> assertThat(((Region) ((StackPane) bar).lookup(".series-marker")).getWidth())
                            .as("a marker at the bar's end, not stretched along it").isLessThan(20));
            Region legend = (Region) bars.stream().filter(b -> b.getStyleClass().contains("bar-legend-symbol"))
                    .findFirst().orElseThrow();
            assertThat(path(legend)).as(Voice.values()[v] + "'s legend").isEqualTo(expected);
            assertThat(((Region) onBars.get(0)).getBackground().getFills().get(0).getFill())
                    .as(Voice.values()[v] + "'s bars").isEqualTo(Color.web(SeriesPalette.light(v)));
            shapes.add(expected);
        }
        assertThat(shapes).doesNotHaveDuplicates();
    }

    @Test
    void theStyleSheetKeepsThePalettesColoursForBothThemes() throws IOException {
        String css;
        try (InputStream in = SeriesStylesTest.class.getResourceAsStream(CSS)) {
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String light = block(css, ".gap-view {");
        String dark = block(css, ".theme-dark .gap-view {");
        for (int i = 0; i < SeriesPalette.lightColours().size(); i++) {
            assertThat(value(light, "-vb-series-" + i)).isEqualTo(SeriesPalette.lightColours().get(i));
            assertThat(value(dark, "-vb-series-" + i)).isEqualTo(SeriesPalette.darkColours().get(i));
        }
    }

    private static String block(String css, String selector) {
        int at = css.indexOf(selector);
        assertThat(at).as(selector).isNotNegative();
        return css.substring(at, css.indexOf('}', at));
    }

    private static String value(String block, String property) {
        Matcher m = Pattern.compile(Pattern.quote(property) + ":\\s*(#[0-9a-fA-F]{6});").matcher(block);
        assertThat(m.find()).as(property).isTrue();
        return m.group(1).toLowerCase(Locale.ROOT);
    }

    /** The SVG path a region is drawn in, or null for the plain box a chart draws by default. */
    private static String path(Node node) {
        Shape shape = ((Region) node).getShape();
        return shape instanceof SVGPath svg ? svg.getContent() : null;
    }

    private static Region legendSymbol(Node chart, int series) {
        return chart.lookupAll(".chart-legend-item-symbol.series" + series).stream().map(Region.class::cast)
                .findFirst().orElseThrow();
    }

    /** Lays the chart out in a light gap view with its style sheet, as the Gaps tab shows it. */
    private static void shown(Region chart) {
        StackPane view = new StackPane(chart);
        view.getStyleClass().add("gap-view");
        view.getStylesheets().add(SeriesStylesTest.class.getResource(CSS).toExternalForm());
        Scene scene = new Scene(view, 900, 600);
        view.applyCss();
        view.layout();
        scene.getRoot().applyCss();
    }

    private static <T> T onFx(Callable<T> work) {
        AtomicReference<T> result = new AtomicReference<>();
        WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> {
            result.set(work.call());
            return null;
        }));
        return result.get();
    }
}
