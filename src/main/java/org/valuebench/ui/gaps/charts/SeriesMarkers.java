package org.valuebench.ui.gaps.charts;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Labeled;
import javafx.scene.layout.Region;
import javafx.scene.shape.Path;
import javafx.scene.shape.SVGPath;
import org.valuebench.report.SeriesPalette;

/**
 * Gives the Trend and Voices charts' series {@link SeriesPalette}'s markers and dashes, so that a reader who
 * cannot tell two colours apart still tells the series apart. The colours come from gapview.css, per theme.
 */
final class SeriesMarkers {
    private SeriesMarkers() {
    }

    /** Draws {@code region} (a point, a legend symbol) in series {@code series}'s marker shape. */
    static void shape(Region region, int series) {
        SVGPath path = new SVGPath();
        path.setContent(SeriesPalette.marker(series).path());
        region.setShape(path);
    }

    /** Dashes the line of {@code chart}'s series as the palette says; solid for those it leaves solid. */
    static void dash(XYChart<?, ?> chart) {
        for (int i = 0; i < chart.getData().size(); i++) {
            if (chart.getData().get(i).getNode() instanceof Path line) {
                line.getStrokeDashArray().setAll(SeriesPalette.dash(i));
            }
        }
    }

    /**
     * Draws each legend symbol in its series' marker. The chart makes a new legend whenever its series change,
     * and marks each symbol with its series' style class {@code series<i>}, so the index is read from it.
     */
    static void legend(Node legend) {
        if (!(legend instanceof Parent parent)) {
            return;
        }
        for (Node item : parent.getChildrenUnmodifiable()) {
            if (item instanceof Labeled label && label.getGraphic() instanceof Region symbol) {
                for (String style : symbol.getStyleClass()) {
                    if (style.matches("series\\d+")) {
                        shape(symbol, Integer.parseInt(style.substring("series".length())));
                    }
                }
            }
        }
    }
}
