package org.valuebench.ui.gaps.charts;

import org.valuebench.ui.gaps.figures.GapFigures;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import org.valuebench.analysis.ConfidenceInterval;
import org.valuebench.analysis.GapReport;
import org.valuebench.analysis.PromiseGap;
import org.valuebench.domain.Voice;
import org.valuebench.ui.fx.GapLabels;
import org.valuebench.ui.fx.HoverTooltips;

/**
 * The gap of every promise as a horizontal bar (target − delivered: right of zero falls short), largest deficit
 * on top, with the 95% confidence interval of the gap drawn as a whisker across each bar.
 */
public final class GapBarChart extends BarChart<Number, String> {
    private final List<Path> whiskers = new ArrayList<>();
    private static final PseudoClass SHORT = PseudoClass.getPseudoClass("short");
    private static final PseudoClass KEPT = PseudoClass.getPseudoClass("kept");
    private final LongConsumer onSelect;
    private Voice voice = Voice.CUSTOMER;

    public GapBarChart(LongConsumer onSelect) {
        super(new NumberAxis(), new CategoryAxis());
        this.onSelect = onSelect;
        setId("gapBarChart");
        getStyleClass().add("gap-bar-chart");
        setAnimated(false);
        setLegendVisible(false);
        // No title: its line is worth more to the bars at 1280x720, where a title left room for half the labels.
        getXAxis().setLabel("gap = target − delivered ± 95% CI");
        ((NumberAxis) getXAxis()).setAutoRanging(false);
        // The promises are set in deficit order; fixed, the axis keeps its labels when only the bars change.
        getYAxis().setAutoRanging(false);
        setBarGap(2);
        setCategoryGap(10);
    }

    /**
     * Shows the report's gaps. When the same promises are shown as before (a new filter), the bars are updated
     * in place, which keeps the JavaFX thread's work per report small.
     */
    public void show(GapReport report) {
        List<PromiseGap> withData = report == null ? List.of()
                : report.promises().stream().filter(p -> p.gap() != null).toList();
        // The category axis counts from the bottom: the smallest deficit first puts the largest on top.
        List<String> categories = new ArrayList<>();
        List<PromiseGap> ordered = new ArrayList<>();
        for (int i = withData.size() - 1; i >= 0; i--) {
            PromiseGap gap = withData.get(i);
            String label = GapLabels.shortText(gap.text(), 28) + (gap.thinEvidence() ? " *" : "");
            categories.add(categories.contains(label) ? label + " (" + gap.promiseId() + ")" : label);
            ordered.add(gap);
        }
        CategoryAxis axis = (CategoryAxis) getYAxis();
        boolean same = getData().size() == 1 && axis.getCategories().equals(categories);
        if (!same) {
            getData().clear();
            getPlotChildren().removeAll(whiskers);
            whiskers.clear();
            axis.getCategories().setAll(categories);
            XYChart.Series<Number, String> series = new XYChart.Series<>();
            for (int i = 0; i < ordered.size(); i++) {
                series.getData().add(new XYChart.Data<>(ordered.get(i).gap(), categories.get(i)));
            }
            getData().add(series);
            for (XYChart.Data<Number, String> bar : series.getData()) {
                Node node = bar.getNode();
                node.setOnMouseClicked(e -> onSelect.accept(((PromiseGap) bar.getExtraValue()).promiseId()));
                HoverTooltips.onHover(node, () -> explain((PromiseGap) bar.getExtraValue()));
                Path whisker = new Path();
                whisker.getStyleClass().add("gap-whisker");
                whisker.setUserData(bar);
                whisker.setMouseTransparent(true);
                whiskers.add(whisker);
            }
            getPlotChildren().addAll(whiskers);
        }
        if (report == null) {
            return;
        }
        List<XYChart.Data<Number, String>> bars = getData().get(0).getData();
        for (int i = 0; i < bars.size(); i++) {
            PromiseGap gap = ordered.get(i);
            XYChart.Data<Number, String> bar = bars.get(i);
            bar.setXValue(gap.gap());
            bar.setExtraValue(gap);
            Node node = bar.getNode();
            node.pseudoClassStateChanged(SHORT, gap.gap() > 0);
            node.pseudoClassStateChanged(KEPT, gap.gap() <= 0);
        }
        voice = report.filter().voice();
        range(withData);
        requestChartLayout();
    }

    private String explain(PromiseGap gap) {
        if (gap == null) {
            return null;
        }
        return gap.text() + "\n" + GapFigures.gap(gap, gap.headline(), voice).explanation() + "\n"
                + GapFigures.ci95(gap.headline(), voice).explanation().replace("95% CI", "95% CI of delivered")
                + (gap.thinEvidence() ? "\n* thin evidence: n = " + gap.n() : "");
    }

    /** From zero (or below) to past the widest whisker, in half points, so no whisker is cut off. */
    private void range(List<PromiseGap> gaps) {
        double low = 0;
        double high = 0.5;
        for (PromiseGap gap : gaps) {
            low = Math.min(low, gap.gap());
            high = Math.max(high, gap.gap());
            if (gap.ci95() != null) {
                low = Math.min(low, gap.target() - gap.ci95().high());
                high = Math.max(high, gap.target() - gap.ci95().low());
            }
        }
        NumberAxis axis = (NumberAxis) getXAxis();
        double lower = Math.floor(low * 2) / 2;
        double upper = Math.ceil(high * 2) / 2;
        if (axis.getLowerBound() != lower || axis.getUpperBound() != upper) {
            axis.setLowerBound(lower);
            axis.setUpperBound(upper);
            axis.setTickUnit(upper - lower > 4 ? 1 : 0.5);
        }
    }

    @Override
    protected void layoutPlotChildren() {
        super.layoutPlotChildren();
        NumberAxis axis = (NumberAxis) getXAxis();
        for (Path whisker : whiskers) {
            @SuppressWarnings("unchecked")
            XYChart.Data<Number, String> bar = (XYChart.Data<Number, String>) whisker.getUserData();
            PromiseGap gap = (PromiseGap) bar.getExtraValue();
            Node node = bar.getNode();
            whisker.setVisible(node != null && gap != null && gap.ci95() != null);
            if (!whisker.isVisible()) {
                continue;
            }
            Bounds b = node.getBoundsInParent();
            ConfidenceInterval ci = gap.ci95();
            // The gap's interval mirrors the delivered score's: target − high .. target − low.
            double low = axis.getDisplayPosition(gap.target() - ci.high());
            double high = axis.getDisplayPosition(gap.target() - ci.low());
            double y = b.getMinY() + b.getHeight() / 2;
            double cap = Math.max(3, Math.min(7, b.getHeight() / 4));
            whisker.getElements().setAll(new MoveTo(low, y), new LineTo(high, y), new MoveTo(low, y - cap),
                    new LineTo(low, y + cap), new MoveTo(high, y - cap), new LineTo(high, y + cap));
            whisker.toFront();
        }
    }
}
