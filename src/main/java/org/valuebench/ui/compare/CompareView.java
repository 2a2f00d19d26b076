package org.valuebench.ui.compare;

import java.net.URL;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.valuebench.ui.fx.Icons;

/**
 * The compare view: a bar saying what is compared with Close (Esc), the newer side on a read-only board with its
 * changes marked, and beneath it the figures that moved; "No changes" when the sides are alike.
 */
public final class CompareView extends VBox {
    private static final URL STYLESHEET = CompareView.class.getResource("compare.css");
    private final CompareViewModel model;
    private final Label title = new Label();
    private final CompareBoard board = new CompareBoard();
    private final FigureStrip figures = new FigureStrip();
    private final Label noChanges = new Label("No changes: both sides hold the same cards, links and figures.");

    public CompareView(CompareViewModel model) {
        this.model = model;
        setId("compareView");
        getStyleClass().add("compare-view");
        getStylesheets().add(STYLESHEET.toExternalForm());
        title.setId("compareTitle");
        title.getStyleClass().add("compare-title");
        title.setMinWidth(0);
        Label readOnly = new Label("Read-only while comparing");
        readOnly.getStyleClass().add("compare-read-only");
        readOnly.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button close = new Button("Close", Icons.small(Feather.X));
        close.setId("compareClose");
        close.setMinWidth(Region.USE_PREF_SIZE);
        close.setOnAction(e -> model.close());
        HBox bar = new HBox(title, spacer, readOnly, close);
        bar.getStyleClass().add("compare-bar");
        bar.setAlignment(Pos.CENTER_LEFT);

        noChanges.setId("compareNoChanges");
        noChanges.getStyleClass().add("compare-no-changes");
        noChanges.setMaxWidth(Double.MAX_VALUE);
        // A row of its own under the bar, not laid over the board, where it would cover the sections' titles.
        noChanges.managedProperty().bind(noChanges.visibleProperty());
        VBox.setVgrow(board, Priority.ALWAYS);
        getChildren().addAll(bar, noChanges, board, figures);
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                model.close();
                e.consume();
            }
        });
    }

    /** Draws the comparison on show (the view is only in the window while there is one). */
    void show(ComparisonShown shown) {
        title.setText(shown.title());
        board.show(shown.comparison().diff(), shown.comparison().after().content());
        figures.show(shown.moved());
        noChanges.setVisible(shown.noChanges());
        figures.setVisible(!shown.noChanges() || !shown.moved().isEmpty());
        figures.setManaged(figures.isVisible());
    }

    CompareViewModel model() {
        return model;
    }
}
