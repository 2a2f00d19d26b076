package org.valuebench.ui.strategy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.InvalidationListener;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.Shape;
import javafx.scene.shape.StrokeLineCap;
import javafx.util.StringConverter;
import org.valuebench.domain.Offer;
import org.valuebench.report.ValueCurveLines;
import org.valuebench.ui.fx.FittedText;
import org.valuebench.ui.fx.GapLabels;
import org.valuebench.ui.fx.HoverTooltips;

/**
 * The strategy canvas (value curves after Kim and Mauborgne): the factors along the bottom, levels 1-5 up the
 * side, one line per offer. Ours is drawn thicker in the accent colour, our delivered curve dashed beside it,
 * joining the factors that have a delivered value; an unknown rating leaves a gap in an offer's line. Clicking a
 * line, a point or a legend entry focuses that offer (the others fade); clicking it again or Esc unfocuses.
 * The legend is a pane of its own ({@link #legend()}), placed by the view beside the chart: inside the chart,
 * JavaFX cut its entries or dropped it whenever the chart was short.
 */
public final class StrategyChart extends LineChart<String, Number> {
    /** Distinct colours for the alternatives, each readable on the light and the dark theme (see strategy.css). */
    static final int PALETTE = 7;
    /** A factor's name takes up to three lines under its tick: on end it would take most of the plot's height. */
    private static final int MAX_LINES = 3;
    /** Air between neighbouring names, in pixels. */
    private static final double LABEL_GAP = 4;
    private final StrategyViewModel model;
    /** The legend swatch's length: long enough for two dashes of the delivered line and the gap between. */
    private static final double SWATCH = 28;
    /** The longest offer name in the legend, in characters, before it is shortened with an ellipsis. */
    private static final int LEGEND_NAME = 16;
    private final FlowPane legend = new FlowPane(12, 2);
    private final FittedText fittedText = new FittedText();
    private List<String> labels = List.of();

    StrategyChart(StrategyViewModel model) {
        super(new CategoryAxis(), new NumberAxis(0, 5.7, 1));
        this.model = model;
        setId("strategyChart");
        getStyleClass().add("strategy-chart");
        setAnimated(false);
        getXAxis().setAnimated(false);
        // Categories are set from the factors; left to itself the axis would stand long names on end.
        getXAxis().setAutoRanging(false);
        javafx.beans.InvalidationListener relabel = o -> {
            if (!fittedLabels().equals(labels)) {
                show();
            }
        };
        widthProperty().addListener(relabel);
        getXAxis().widthProperty().addListener(relabel);
        getXAxis().tickLabelFontProperty().addListener(relabel); // the theme's font arrives after the first show
        NumberAxis levels = (NumberAxis) getYAxis();
        levels.setAutoRanging(false);
        levels.setMinorTickVisible(false);
        levels.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number value) {
                double v = value.doubleValue();
                return v >= 1 && v <= 5 && v == Math.rint(v) ? Integer.toString((int) v) : "";
            }

            @Override
            public Number fromString(String text) {
                return Double.valueOf(text);
            }
        });
        setCreateSymbols(true);
        legend.setId("strategyLegend");
        legend.getStyleClass().add("strategy-legend");
        legend.setAlignment(Pos.CENTER);
        setLegendVisible(false);
        setFocusTraversable(true);
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE && model.focusedOfferIdProperty().get() != StrategyViewModel.NO_FOCUS) {
                model.clearFocus();
                e.consume();
            }
        });
        setOnMousePressed(e -> requestFocus());
        model.curves().addListener((ListChangeListener<StrategyCurve>) c -> show());
        model.factorLabels().addListener((ListChangeListener<String>) c -> show());
        model.focusedOfferIdProperty().addListener(o -> applyFocus());
        show();
    }

    /** Rebuilds the lines from the model's curves. */
    private void show() {
        List<String> nextLabels = fittedLabels();
        List<StrategyCurve> curves = List.copyOf(model.curves());
        if (curves.stream().anyMatch(c -> c.levels().size() != nextLabels.size())) {
            return; // the labels and curves are mid-update; the last of the two changes draws
        }
        labels = nextLabels;
        List<String> names = List.copyOf(model.factorLabels());
        ((CategoryAxis) getXAxis()).getCategories().setAll(labels);
        // All series at once, styled afterwards: the chart resets every series' style classes on each change.
        List<XYChart.Series<String, Number>> all = new ArrayList<>();
        for (StrategyCurve curve : curves) {
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            series.setName(curve.name());
            for (int i = 0; i < labels.size(); i++) {
                Double level = curve.levels().get(i);
                if (level != null) {
                    // The factor's whole name rides along for the tooltip: the category is its fitted label.
                    series.getData().add(new XYChart.Data<>(labels.get(i), level, names.get(i)));
                }
            }
            all.add(series);
        }
        getData().setAll(all);
        int colour = 0;
        for (int i = 0; i < curves.size(); i++) {
            StrategyCurve curve = curves.get(i);
            String colourClass = curve.offer().isOurs() ? "curve-ours" : "curve-" + (colour++ % PALETTE + 1);
            style(all.get(i), curve, colourClass);
        }
        updateLegend();
        applyFocus();
    }

    private void style(XYChart.Series<String, Number> series, StrategyCurve curve, String colourClass) {
        List<String> classes = classes(curve, colourClass);
        Node line = series.getNode();
        line.getStyleClass().addAll(classes);
        line.setUserData(curve);
        line.setCursor(Cursor.HAND);
        line.setOnMouseClicked(e -> model.toggleFocus(curve.offer().id()));
        if (curve.delivered()) {
            dashAsDelivered((Shape) line);
        }
        for (XYChart.Data<String, Number> data : series.getData()) {
            Node symbol = data.getNode();
            symbol.getStyleClass().addAll(classes);
            // Its size comes from the style sheet. A theme change rebuilds the curves in the middle of a CSS pass
            // (the axis's font relabels them); the chart then laid the markers out at 0 wide and never again.
            symbol.applyCss();
            symbol.setUserData(curve);
            symbol.setCursor(Cursor.HAND);
            symbol.setOnMouseClicked(e -> model.toggleFocus(curve.offer().id()));
            double level = data.getYValue().doubleValue();
            String text = curve.name() + " — " + data.getExtraValue() + ": "
                    + (curve.delivered() ? String.format(Locale.ROOT, "%.2f delivered (from feedback)", level)
                    : (int) level + " of 5");
            HoverTooltips.onHover(symbol, () -> text);
        }
    }

    /** The delivered dash, in proportion to the line's width as the style sheet sets it (thicker when focused). */
    private static void dashAsDelivered(Shape shape) {
        InvalidationListener dash = o -> {
            List<Double> pattern = new ArrayList<>();
            for (double d : ValueCurveLines.deliveredDash(shape.getStrokeWidth())) {
                pattern.add(d);
            }
            shape.getStrokeDashArray().setAll(pattern);
        };
        shape.strokeWidthProperty().addListener(dash);
        dash.invalidated(null);
    }

    /** The legend: one clickable entry per curve, drawn like its line, wrapping whole entries onto more rows. */
    FlowPane legend() {
        return legend;
    }

    private static List<String> classes(StrategyCurve curve, String colourClass) {
        List<String> classes = new ArrayList<>(List.of("strategy-curve", colourClass));
        if (curve.offer().isOurs()) {
            classes.add("ours");
        }
        if (curve.delivered()) {
            classes.add("delivered");
        }
        return classes;
    }

    /**
     * Each factor's name broken at spaces into lines that fit under its tick in the axis's font: a name wider
     * than its share of the axis is hidden by the axis, so a factor lost its label. Names that come out the same
     * are told apart by zero-width spaces, since the axis needs distinct categories.
     */
    private List<String> fittedLabels() {
        int factors = Math.max(1, model.factorLabels().size());
        // The axis's own spacing lags a layout behind its width, so it is worked out from the width (less the
        // axis's start and end margins); before the first layout, from the chart's width.
        CategoryAxis axis = (CategoryAxis) getXAxis();
        double perFactor = axis.getWidth() > 0
                ? (axis.getWidth() - axis.getStartMargin() - axis.getEndMargin()) / factors
                : (Math.max(getWidth(), 300) - 70) / factors;
        List<String> fitted = new ArrayList<>();
        for (String name : model.factorLabels()) {
            String label = fittedText.fit(name, axis.getTickLabelFont(), perFactor - LABEL_GAP, MAX_LINES);
            while (fitted.contains(label)) {
                label += "\u200B";
            }
            fitted.add(label);
        }
        return fitted;
    }

    /** Our own legend: one clickable entry per curve, drawn like its line. */
    @Override
    protected void updateLegend() {
        if (legend == null) {
            return; // called by the superclass constructor, before this class has its legend
        }
        legend.getChildren().clear();
        for (XYChart.Series<String, Number> series : getData()) {
            if (!(series.getNode() != null && series.getNode().getUserData() instanceof StrategyCurve curve)) {
                continue;
            }
            Line swatch = new Line(0, 0, SWATCH, 0);
            // Butt ends: square ones, at the thick line's width, filled the gaps and the dashes looked solid.
            swatch.setStrokeLineCap(StrokeLineCap.BUTT);
            swatch.getStyleClass().addAll(series.getNode().getStyleClass().filtered(c -> c.startsWith("curve-")
                    || c.equals("ours") || c.equals("delivered")));
            swatch.getStyleClass().add("legend-swatch");
            if (curve.delivered()) {
                dashAsDelivered(swatch);
            }
            // Short names keep the legend to a line or two under the chart at 1280x720; the tooltip has the whole.
            Label name = new Label(curve.delivered() ? "Ours as delivered"
                    : GapLabels.shortText(curve.offer().name(), LEGEND_NAME));
            name.getStyleClass().add("legend-name");
            name.setMinWidth(Region.USE_PREF_SIZE); // an entry wraps whole to the next row, never cut short
            HBox entry = new HBox(5, swatch, name);
            entry.setMinWidth(Region.USE_PREF_SIZE);
            entry.setAlignment(Pos.CENTER_LEFT);
            entry.getStyleClass().add("strategy-legend-entry");
            if (curve.offer().isOurs()) {
                entry.getStyleClass().add("ours");
            }
            entry.setUserData(curve);
            entry.setCursor(Cursor.HAND);
            entry.setOnMouseClicked(e -> model.toggleFocus(curve.offer().id()));
            HoverTooltips.onHover(entry, () -> curve.name()
                    + (curve.delivered() ? " — " + ValueCurveLines.DELIVERED_JOINS : "") + "\nClick to focus its line; click again or press Esc"
                    + " to show every line");
            legend.getChildren().add(entry);
        }
    }

    /** Fades every curve but the focused offer's (ours and our delivered curve count as one offer). */
    private void applyFocus() {
        long focused = model.focusedOfferIdProperty().get();
        List<Node> nodes = new ArrayList<>(legend.getChildren());
        for (XYChart.Series<String, Number> series : getData()) {
            nodes.add(series.getNode());
            series.getData().forEach(d -> nodes.add(d.getNode()));
        }
        for (Node node : nodes) {
            if (node == null || !(node.getUserData() instanceof StrategyCurve curve)) {
                continue;
            }
            node.getStyleClass().removeAll("faded", "focused");
            if (focused != StrategyViewModel.NO_FOCUS) {
                node.getStyleClass().add(curve.offer().id() == focused ? "focused" : "faded");
                if (curve.offer().id() == focused && node.getParent() != legend) {
                    node.toFront(); // above the faded lines, but the legend keeps its order
                }
            }
        }
    }

    /**
     * Draws each line as the chart does, then lifts the pen across a factor the offer is not rated on, so an
     * unknown rating reads as a gap rather than as a slope to the next known one. The delivered curve is the
     * exception: it only has values on factors that come from promises with feedback, and broken at the others it
     * fell apart into lone markers, so it joins its known points.
     */
    @Override
    protected void layoutPlotChildren() {
        super.layoutPlotChildren();
        for (XYChart.Series<String, Number> series : getData()) {
            if (!(series.getNode() instanceof Path path)) {
                continue;
            }
            boolean joined = path.getUserData() instanceof StrategyCurve curve && curve.delivered();
            path.getElements().clear();
            int previous = -2;
            for (XYChart.Data<String, Number> data : series.getData()) {
                int index = labels.indexOf(data.getXValue());
                double x = getXAxis().getDisplayPosition(data.getXValue());
                double y = getYAxis().getDisplayPosition(data.getYValue());
                path.getElements().add(index == previous + 1 || joined && previous >= 0 ? new LineTo(x, y) : new MoveTo(x, y));
                previous = index;
            }
        }
    }

    /** The offer a curve belongs to, for tests. */
    static long offerOf(XYChart.Series<String, Number> series) {
        return series.getNode() != null && series.getNode().getUserData() instanceof StrategyCurve c
                ? c.offer().id() : Offer.OURS;
    }
}
