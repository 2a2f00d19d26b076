package org.valuebench.ui.gaps.charts;

import org.valuebench.ui.gaps.figures.GapFigures;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import javafx.geometry.Pos;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.valuebench.analysis.GapReport;
import org.valuebench.analysis.PromiseGap;
import org.valuebench.analysis.VoiceFigures;
import org.valuebench.domain.Voice;
import org.valuebench.ui.fx.GapLabels;
import org.valuebench.ui.fx.HoverTooltips;

/**
 * Delivered per promise as each voice sees it (customers, employees, partners, community) as grouped bars,
 * with the promises where another voice differs from customers by half a point or more listed below. Each
 * voice's bars end in its marker, the one its legend entry shows ({@link org.valuebench.report.SeriesPalette}).
 */
public final class VoiceComparisonChart extends VBox {
    private final BarChart<Number, String> chart = new BarChart<>(new NumberAxis(1, 5, 1), new CategoryAxis()) {
        /** The legend's swatches in the voices' markers, as their bars end. */
        @Override
        protected void updateLegend() {
            super.updateLegend();
            SeriesMarkers.legend(getLegend());
        }
    };
    private final VBox notes = new VBox(3);
    private final LongConsumer onSelect;
    private List<List<String>> layout = List.of();
    private List<String> noteTexts = List.of();

    public VoiceComparisonChart(LongConsumer onSelect) {
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

    /**
     * Shows the report's figures per voice. When the same promises have figures from the same voices as before
     * (a new filter), the bars are updated in place; the notes are laid out again only when their text changes.
     */
    public void show(GapReport report) {
        List<PromiseGap> gaps = report == null ? List.of() : report.promises();
        List<String> categories = new ArrayList<>();
        for (int i = gaps.size() - 1; i >= 0; i--) {
            categories.add(category(gaps.get(i), categories));
        }
        // One bar per voice and promise with figures, bottom to top as the category axis counts.
        List<List<PromiseGap>> bars = new ArrayList<>();
        List<List<String>> layout = new ArrayList<>();
        for (Voice voice : Voice.values()) {
            List<PromiseGap> withFigures = new ArrayList<>();
            List<String> where = new ArrayList<>();
            for (int i = gaps.size() - 1; i >= 0; i--) {
                VoiceFigures figures = gaps.get(i).voice(voice);
                if (figures != null && figures.delivered() != null) {
                    withFigures.add(gaps.get(i));
                    where.add(categories.get(gaps.size() - 1 - i));
                }
            }
            bars.add(withFigures);
            layout.add(where);
        }
        CategoryAxis axis = (CategoryAxis) chart.getYAxis();
        if (!(layout.equals(this.layout) && axis.getCategories().equals(categories)
                && chart.getData().size() == Voice.values().length)) {
            rebuild(categories, bars, layout);
            this.layout = layout;
        }
        for (int v = 0; v < Voice.values().length; v++) {
            Voice voice = Voice.values()[v];
            List<XYChart.Data<Number, String>> data = chart.getData().get(v).getData();
            for (int i = 0; i < data.size(); i++) {
                PromiseGap gap = bars.get(v).get(i);
                data.get(i).setExtraValue(gap);
                data.get(i).setXValue(gap.voice(voice).delivered());
            }
        }
        notes(report == null ? null : gaps);
    }

    private void rebuild(List<String> categories, List<List<PromiseGap>> bars, List<List<String>> layout) {
        chart.getData().clear();
        ((CategoryAxis) chart.getYAxis()).getCategories().setAll(categories);
        for (int v = 0; v < Voice.values().length; v++) {
            Voice voice = Voice.values()[v];
            XYChart.Series<Number, String> series = new XYChart.Series<>();
            series.setName(GapFigures.plural(voice));
            for (int i = 0; i < bars.get(v).size(); i++) {
                XYChart.Data<Number, String> bar = new XYChart.Data<>(bars.get(v).get(i).voice(voice).delivered(),
                        layout.get(v).get(i));
                bar.setExtraValue(bars.get(v).get(i));
                bar.setNode(barWithMarker(v));
                series.getData().add(bar);
            }
            chart.getData().add(series);
            for (XYChart.Data<Number, String> bar : series.getData()) {
                bar.getNode().setOnMouseClicked(e -> onSelect.accept(((PromiseGap) bar.getExtraValue()).promiseId()));
                HoverTooltips.onHover(bar.getNode(), () -> bar.getExtraValue() instanceof PromiseGap gap
                        ? gap.text() + "\n" + GapFigures.voiceCell(gap, voice).explanation() : null);
            }
        }
    }

    /**
     * A bar that ends in its voice's marker: colour alone would not tell the voices apart for every reader. The
     * chart styles the bar itself (chart-bar, default-color), and gapview.css the marker.
     */
    private static StackPane barWithMarker(int voice) {
        Region marker = new Region();
        marker.getStyleClass().add("series-marker");
        SeriesMarkers.shape(marker, voice);
        // Its own size, not the bar's: a stack pane stretches a child up to its maximum.
        marker.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        StackPane bar = new StackPane(marker);
        StackPane.setAlignment(marker, Pos.CENTER_RIGHT);
        return bar;
    }

    /** The promises where another voice disagrees with customers; nothing at all for no report (null). */
    private void notes(List<PromiseGap> gaps) {
        if (gaps == null) {
            noteTexts = List.of();
            notes.getChildren().clear();
            return;
        }
        List<String> texts = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        for (PromiseGap gap : gaps) {
            String differs = GapFigures.disagreement(gap);
            if (!differs.isEmpty()) {
                texts.add(GapLabels.shortText(gap.text(), 40) + ": " + differs);
                ids.add(gap.promiseId());
            }
        }
        if (texts.equals(noteTexts) && !notes.getChildren().isEmpty()) {
            return;
        }
        noteTexts = texts;
        notes.getChildren().clear();
        for (int i = 0; i < texts.size(); i++) {
            long id = ids.get(i);
            Label note = new Label(texts.get(i));
            note.getStyleClass().add("voice-differs");
            note.setWrapText(true);
            note.maxWidthProperty().bind(widthProperty().subtract(24));
            // A short window squeezes the notes to a line each; the tooltip keeps the whole sentence in reach.
            note.setTooltip(new Tooltip(texts.get(i) + "\nClick to show this promise's records."));
            note.setOnMouseClicked(e -> onSelect.accept(id));
            notes.getChildren().add(note);
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
