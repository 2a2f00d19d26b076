package org.valuebench.ui.gaps;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.valuebench.ui.fx.FrameUpdateQueue;

/**
 * The promises ranked by value deficit; every figure explains itself in its tooltip.
 *
 * <p>The first time the table has rows it builds a row of cells for every line of its height, and styling new
 * cells against the theme is the costliest thing the gap view does (one to a few milliseconds a cell with the
 * software renderer). The view's rehearsal ({@link GapRehearsal}) builds the first lines while the window is
 * built; after it, the table opens from its header down, {@link #NEW_LINES_PER_FRAME} line a frame, ahead of the
 * view's other updates, so lines beyond the rehearsal's are built one a frame too. Later rankings reuse the
 * cells.
 */
final class GapRankingTable extends TableView<GapRow> {
    static final int NEW_LINES_PER_FRAME = 1;
    private static final String SELECTION = "ranking selection";
    private final GapViewModel model;
    private final FrameUpdateQueue updates;
    private boolean opened;
    private boolean rehearsing;
    private boolean selecting;

    GapRankingTable(GapViewModel model, FrameUpdateQueue updates) {
        super(model.rows());
        this.model = model;
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
        TableColumn<GapRow, GapFigure> promise = GapFigureCell.column("Promise", "colPromise", 194, false,
                r -> new GapFigure(r.promise(), r.promise()));
        List<TableColumn<GapRow, GapFigure>> columns = List.of(rank, promise,
                GapFigureCell.column("n", "colN", 76, true, GapRow::n),
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
        // The table follows the chosen promise in a frame of its own: selecting in a table the first time is
        // 15-20 ms of the JavaFX thread, which the report's arrival has no room for.
        Runnable follow = () -> updates.submitFirst(SELECTION, () -> select(model.selectedPromiseIdProperty().get()));
        model.selectedPromiseIdProperty().addListener(o -> follow.run());
        model.rows().addListener((ListChangeListener<GapRow>) c -> follow.run());
        model.rows().addListener((ListChangeListener<GapRow>) c -> openOnFirstRows());
        openOnFirstRows();
    }

    /** Shows {@code sample} rows (see {@link GapRehearsal}) until {@link #endRehearsal()}. */
    void rehearse(List<GapRow> sample) {
        // At its full height: the rehearsal builds every line the first report will need.
        rehearsing = true;
        opened = false;
        setMaxHeight(USE_COMPUTED_SIZE);
        setItems(FXCollections.observableArrayList(sample));
        getSelectionModel().select(0); // the first selection in a table costs more than the report's frame has
    }

    /** Back to the view model's rows. */
    void endRehearsal() {
        getSelectionModel().clearSelection();
        rehearsing = false;
        setItems(model.rows());
        openOnFirstRows();
    }

    /** True while the table opens to its height, a line a frame (see the class comment). */
    boolean isOpening() {
        return getMaxHeight() != USE_COMPUTED_SIZE;
    }

    private void openOnFirstRows() {
        if (!opened && !rehearsing && !getItems().isEmpty()) {
            opened = true;
            openTo(0);
        }
    }

    /**
     * Holds the table to its header and {@code lines} lines, then one more in the next frame; lets it go once
     * the last limit no longer held it back (it has the height it is given).
     */
    private void openTo(int lines) {
        if (rehearsing) {
            return; // the opening starts again once the rehearsal ends
        }
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
