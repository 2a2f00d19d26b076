package org.valuebench.ui;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * The promises ranked by value deficit; every figure explains itself in its tooltip.
 *
 * <p>The first time the table has rows it builds a row of cells for every line of its height, and styling new
 * cells against the theme is the costliest thing the gap view does (one to a few milliseconds a cell with the
 * software renderer): building them all in the pulse after the first report kept the JavaFX thread for over
 * 100 ms. So the table then opens from its header down, {@link #NEW_LINES_PER_FRAME} line a frame, ahead of the
 * view's other updates, and each frame builds one line's cells. Later rankings reuse the cells.
 */
final class GapRankingTable extends TableView<GapRow> {
    static final int NEW_LINES_PER_FRAME = 1;
    private final GapUpdateQueue updates;
    private boolean opened;
    private boolean selecting;

    GapRankingTable(GapViewModel model, GapUpdateQueue updates) {
        super(model.rows());
        this.updates = updates;
        setId("gapRanking");
        getStyleClass().add("gap-ranking");
        Label placeholder = new Label();
        placeholder.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> model.stateProperty().get() == GapViewModel.State.LOADING ? "Reading the feedback…"
                        : "No promises on this canvas", model.stateProperty()));
        setPlaceholder(placeholder);
        setColumnResizePolicy(UNCONSTRAINED_RESIZE_POLICY);
        TableColumn<GapRow, GapFigure> rank = GapFigureCell.column("#", "colRank", 34, true,
                r -> new GapFigure(Integer.toString(r.rank()), "rank " + r.rank() + " by value deficit"));
        TableColumn<GapRow, GapFigure> promise = GapFigureCell.column("Promise", "colPromise", 210, false,
                r -> new GapFigure(r.promise(), r.promise()));
        List<TableColumn<GapRow, GapFigure>> columns = List.of(rank, promise,
                GapFigureCell.column("n", "colN", 60, true, GapRow::n),
                GapFigureCell.column("Delivered", "colDelivered", 98, true, GapRow::delivered),
                GapFigureCell.column("Target", "colTarget", 72, true, GapRow::target),
                GapFigureCell.column("Gap", "colGap", 62, true, GapRow::gapFigure),
                GapFigureCell.column("95% CI", "colCi", 92, true, GapRow::ci95),
                GapFigureCell.column("Importance", "colImportance", 108, true, GapRow::importance),
                GapFigureCell.column("Deficit", "colDeficit", 72, true, GapRow::deficit),
                GapFigureCell.column("Quadrant", "colQuadrant", 168, false, GapRow::quadrant),
                GapFigureCell.column("SERVQUAL", "colServqual", 90, true, GapRow::servqual));
        getColumns().setAll(columns);
        // Only the user's clicks and keys choose a promise: replacing the rows also moves the table's selection.
        setOnMouseClicked(e -> chosen(model));
        setOnKeyReleased(e -> chosen(model));
        model.selectedPromiseIdProperty().addListener((obs, old, now) -> select(now.longValue()));
        model.rows().addListener((ListChangeListener<GapRow>) c -> select(model.selectedPromiseIdProperty().get()));
        model.rows().addListener((ListChangeListener<GapRow>) c -> openOnFirstRows());
        openOnFirstRows();
    }

    /** True while the table opens to its height, a line a frame (see the class comment). */
    boolean isOpening() {
        return getMaxHeight() != USE_COMPUTED_SIZE;
    }

    private void openOnFirstRows() {
        if (!opened && !getItems().isEmpty()) {
            opened = true;
            openTo(0);
        }
    }

    /**
     * Holds the table to its header and {@code lines} lines, then one more in the next frame; lets it go once
     * the last limit no longer held it back (it has the height it is given).
     */
    private void openTo(int lines) {
        if (isOpening() && getHeight() < getMaxHeight() - 0.5) {
            setMaxHeight(USE_COMPUTED_SIZE);
            return;
        }
        double line = getFixedCellSize() > 0 ? getFixedCellSize() : 40;
        Node header = lookup(".column-header-background");
        double headerHeight = header == null ? line : header.getLayoutBounds().getHeight();
        setMaxHeight(headerHeight + lines * line + 2);
        updates.submitFirst(this, () -> openTo(lines + NEW_LINES_PER_FRAME));
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
