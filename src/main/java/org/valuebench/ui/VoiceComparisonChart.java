package org.valuebench.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.valuebench.analysis.GapReport;
import org.valuebench.analysis.PromiseGap;
import org.valuebench.analysis.VoiceFigures;
import org.valuebench.domain.Voice;

/**
 * Delivered per promise as each voice sees it (customers, employees, partners, community) as grouped bars,
 * with the promises where another voice differs from customers by half a point or more listed below.
 */
final class VoiceComparisonChart extends VBox {
    private final BarChart<Number, String> chart = new BarChart<>(new NumberAxis(1, 5, 1), new CategoryAxis());
    private final VBox notes = new VBox(3);
    private final LongConsumer onSelect;

    VoiceComparisonChart(LongConsumer onSelect) {
        this.onSelect = onSelect;
        setId("voiceComparison");
        getStyleClass().add("voice-comparison");
        chart.setAnimated(false);
        chart.setTitle("Delivered as each voice sees it");
        chart.getXAxis().setLabel("delivered (1–5)");
        ((NumberAxis) chart.getXAxis()).setAutoRanging(false);
        chart.setBarGap(1);
        chart.setCategoryGap(12);
        notes.setId("voiceDisagreements");
        notes.getStyleClass().add("voice-notes");
        VBox.setVgrow(chart, Priority.ALWAYS);
        getChildren().addAll(chart, notes);
    }

    void show(GapReport report) {
        chart.getData().clear();
        notes.getChildren().clear();
        if (report == null) {
            return;
        }
        List<PromiseGap> gaps = report.promises();
        List<String> categories = new ArrayList<>();
        for (int i = gaps.size() - 1; i >= 0; i--) {
            categories.add(category(gaps.get(i), categories));
        }
        ((CategoryAxis) chart.getYAxis()).getCategories().setAll(categories);
        for (Voice voice : Voice.values()) {
            XYChart.Series<Number, String> series = new XYChart.Series<>();
            series.setName(GapFigures.plural(voice));
            for (int i = gaps.size() - 1; i >= 0; i--) {
                PromiseGap gap = gaps.get(i);
                VoiceFigures figures = gap.voice(voice);
                if (figures != null && figures.delivered() != null) {
                    XYChart.Data<Number, String> bar = new XYChart.Data<>(figures.delivered(),
                            categories.get(gaps.size() - 1 - i));
                    bar.setExtraValue(gap);
                    series.getData().add(bar);
                }
            }
            chart.getData().add(series);
            for (XYChart.Data<Number, String> bar : series.getData()) {
                PromiseGap gap = (PromiseGap) bar.getExtraValue();
                bar.getNode().setOnMouseClicked(e -> onSelect.accept(gap.promiseId()));
                Tooltip tip = new Tooltip(gap.text() + "\n" + GapFigures.voiceCell(gap, voice).explanation());
                tip.setShowDelay(Duration.millis(200));
                tip.setWrapText(true);
                tip.setMaxWidth(520);
                Tooltip.install(bar.getNode(), tip);
            }
        }
        for (PromiseGap gap : gaps) {
            String differs = GapFigures.disagreement(gap);
            if (!differs.isEmpty()) {
                Label note = new Label(GapLabels.shortText(gap.text(), 40) + ": " + differs);
                note.getStyleClass().add("voice-differs");
                note.setWrapText(true);
                note.maxWidthProperty().bind(widthProperty().subtract(24));
                note.setOnMouseClicked(e -> onSelect.accept(gap.promiseId()));
                notes.getChildren().add(note);
            }
        }
        if (notes.getChildren().isEmpty()) {
            Label agree = new Label("The voices agree with customers within half a point on every promise.");
            agree.getStyleClass().add("hint");
            agree.setWrapText(true);
            notes.getChildren().add(agree);
        }
    }

    private static String category(PromiseGap gap, List<String> taken) {
        String label = GapLabels.shortText(gap.text(), 24);
        return taken.contains(label) ? label + " (" + gap.promiseId() + ")" : label;
    }
}
