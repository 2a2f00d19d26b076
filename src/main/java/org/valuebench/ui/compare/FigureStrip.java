package org.valuebench.ui.compare;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.valuebench.report.FigureChange;

/**
 * Beneath the compare board: the figures that moved, one row each (what it belongs to, the figure, before, after,
 * the change), all as the report writes them. Kept low so the board keeps most of a 720-pixel-high window; past a
 * few rows it scrolls.
 */
final class FigureStrip extends VBox {
    private static final double MOST_HEIGHT = 130;
    /** About one row of figures: the strip shows as many as it has, up to {@link #MOST_HEIGHT}. */
    private static final double ROW_HEIGHT = 21;
    private final Label title = new Label();
    private final GridPane rows = new GridPane();
    private final ScrollPane scroll = new ScrollPane(rows);

    FigureStrip() {
        setId("compareFigures");
        getStyleClass().add("compare-figures");
        setSpacing(4);
        title.getStyleClass().add("compare-figures-title");
        rows.setHgap(18);
        rows.setVgap(2);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        scroll.getStyleClass().add("edge-to-edge");
        getChildren().addAll(title, scroll);
    }

    void show(List<FigureChange> moved) {
        rows.getChildren().clear();
        // Held at its height: the board above grows and shrinks with the window, the figures do not vanish at 720 px.
        double height = Math.min(MOST_HEIGHT, Math.max(1, moved.size()) * ROW_HEIGHT + 4);
        scroll.setMinViewportHeight(height);
        scroll.setPrefViewportHeight(height);
        setMinHeight(USE_PREF_SIZE);
        title.setText(moved.isEmpty() ? "No figure moved" : "Figures that moved");
        int row = 0;
        for (FigureChange figure : moved) {
            rows.addRow(row++, cell(figure.subject(), "compare-figure-subject"),
                    cell(figure.label(), "compare-figure-label"),
                    cell(figure.before().text(), "compare-figure-value"),
                    cell("→", "compare-figure-label"),
                    cell(figure.after().text(), "compare-figure-value"),
                    cell(figure.change(), "compare-figure-change"));
            Tooltip.install(rows.getChildren().get(rows.getChildren().size() - 2),
                    new Tooltip(figure.after().explanation()));
        }
    }

    private static Label cell(String text, String style) {
        Label label = new Label(text);
        label.getStyleClass().add(style);
        label.setMaxWidth(360);
        return label;
    }
}
