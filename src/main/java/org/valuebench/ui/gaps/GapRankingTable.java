package org.valuebench.ui.gaps;

import java.util.List;
import java.util.Set;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import org.valuebench.report.GapFigures;
import org.valuebench.ui.fx.ColumnFit;
import org.valuebench.ui.gaps.figures.GapFigure;
import org.valuebench.ui.gaps.figures.GapRow;

/** The promises ranked by value deficit; every figure explains itself in its tooltip. */
final class GapRankingTable extends TableView<GapRow> {
    private boolean selecting;

    GapRankingTable(GapViewModel model) {
        super(model.rows());
        setId("gapRanking");
        getStyleClass().add("gap-ranking");
        Label placeholder = new Label();
        placeholder.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> model.stateProperty().get() == GapViewModel.State.LOADING ? "Reading the feedback…"
                        : "No promises on this canvas", model.stateProperty()));
        setPlaceholder(placeholder);
        TableColumn<GapRow, GapFigure> rank = GapFigureCell.column("#", "colRank", 34, true,
                r -> new GapFigure(Integer.toString(r.rank()), "rank " + r.rank() + " by value deficit"));
        TableColumn<GapRow, GapFigure> promise = GapFigureCell.column("Promise", "colPromise", 194, false,
                r -> new GapFigure(r.promise(), r.promise()));
        List<TableColumn<GapRow, GapFigure>> columns = List.of(rank, promise,
                GapFigureCell.column("n", "colN", 76, true, GapRow::n),
                GapFigureCell.column("Delivered", "colDelivered", 98, true, GapRow::delivered),
                GapFigureCell.column("Target", "colTarget", 72, true, GapRow::target),
                headed(GapFigureCell.column(GapFigures.GAP_HEADER, "colGap", 118, true, GapRow::gapFigure),
                        "Short of\ntarget", GapFigures.GAP_HEADER_TIP),
                GapFigureCell.column("95% CI", "colCi", 92, true, GapRow::ci95),
                GapFigureCell.column("Importance", "colImportance", 108, true, GapRow::importance),
                GapFigureCell.column("Deficit", "colDeficit", 72, true, GapRow::deficit),
                GapFigureCell.column("Quadrant", "colQuadrant", 168, false, GapRow::quadrant),
                headed(GapFigureCell.column(GapFigures.SERVQUAL_HEADER, "colServqual", 124, true,
                        GapRow::servqual), "SERVQUAL\nP − E", GapFigures.SERVQUAL_HEADER_TIP));
        getColumns().setAll(columns);
        TableColumn<GapRow, GapFigure> quadrant = columns.get(9);
        // The texts take the room the figures leave; a figure is never cut.
        ColumnFit.install(this, (column, row) -> column.getCellData(row) instanceof GapFigure f ? f.text() : "",
                Set.of(promise, quadrant), 120);
        // Only the user's clicks and keys choose a promise: replacing the rows also moves the table's selection.
        setOnMouseClicked(e -> chosen(model));
        setOnKeyReleased(e -> chosen(model));
        Runnable follow = () -> select(model.selectedPromiseIdProperty().get());
        model.selectedPromiseIdProperty().addListener(o -> follow.run());
        model.rows().addListener((ListChangeListener<GapRow>) c -> follow.run());
        // Made when the tab is first chosen: the model may have chosen a promise already.
        follow.run();
    }

    /**
     * Puts the column's title in a label with {@code tip}: a table header has no tooltip of its own. The title
     * goes on two lines, as {@code lines} says, so that the long headers leave the texts their room at 1280×720.
     */
    private static TableColumn<GapRow, GapFigure> headed(TableColumn<GapRow, GapFigure> column, String lines,
                                                         String tip) {
        Label header = new Label(lines);
        header.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        // The header's own label already pads the title; padding this one too would cut it by that much.
        header.setStyle("-fx-padding: 0;");
        Tooltip tooltip = new Tooltip(tip);
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(520);
        header.setTooltip(tooltip);
        column.setText(null);
        column.setGraphic(header);
        return column;
    }

    private void chosen(GapViewModel model) {
        GapRow row = getSelectionModel().getSelectedItem();
        if (row != null && !selecting && row.promiseId() != model.selectedPromiseIdProperty().get()) {
            model.selectPromise(row.promiseId());
        }
    }

    private void select(long promiseId) {
        selecting = true;
        try {
            getItems().stream().filter(r -> r.promiseId() == promiseId).findFirst()
                    .ifPresentOrElse(r -> getSelectionModel().select(r), () -> getSelectionModel().clearSelection());
        } finally {
            selecting = false;
        }
    }
}
