package org.valuebench.ui.strategy;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.valuebench.domain.Offer;
import org.valuebench.domain.Rating;
import org.valuebench.ui.fx.FittedText;
import org.valuebench.ui.fx.HoverTooltips;

/**
 * The factors-by-offers ratings grid, keyboard-first like a spreadsheet: arrows and Tab move between cells,
 * 1-5 rates the cell at once, 0 / Delete / Backspace blanks it, Enter or F2 edits the cell's evidence note (in
 * the note field beside the grid) or, on the name column, renames the factor; Delete on the name column deletes
 * the factor; Alt+Up / Alt+Down and dragging rows reorder the factors.
 */
public final class RatingsGrid extends TableView<StrategyRow> {
    /** Drag-and-drop content of a factor: this prefix and its id. */
    static final String FACTOR_DRAG = "valuebench-factor:";
    private static final double NUMBER_WIDTH = GridColumnFit.NUMBER_WIDTH;
    private final StrategyViewModel model;
    private final Runnable editNote;
    private final TableColumn<StrategyRow, String> nameColumn = new TableColumn<>("Factor");
    private final FittedText headerText = new FittedText();
    private final GridColumnFit fit;
    private boolean restoring;
    /** Whether the user last put the cursor on a factor's name rather than on a rating. */
    private boolean onName;

    /**
     * @param editNote moves the keyboard to the selected cell's note field
     */
    RatingsGrid(StrategyViewModel model, Runnable editNote) {
        this.model = model;
        this.fit = new GridColumnFit(this, nameColumn);
        // The table's selection and focus models move the cursor when a row is replaced (each rating replaces
        // its row); listeners on both sides of theirs keep that from counting as the user's move.
        model.rows().addListener((ListChangeListener<StrategyRow>) c -> restoring = true);
        setItems(model.rows());
        model.rows().addListener((ListChangeListener<StrategyRow>) c -> {
            restoring = false;
            fit.fit();
            restoreFocus();
        });
        this.editNote = editNote;
        setId("ratingsGrid");
        getStyleClass().add("ratings-grid");
        setEditable(true);
        getSelectionModel().setCellSelectionEnabled(true);
        setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        setPlaceholder(new Label("No factors yet"));

        TableColumn<StrategyRow, String> number = new TableColumn<>("#");
        number.setId("gridNumber");
        number.setPrefWidth(NUMBER_WIDTH);
        number.setEditable(false);
        number.setCellValueFactory(c -> new SimpleStringProperty(Integer.toString(c.getValue().factor().position() + 1)));
        number.getStyleClass().add("factor-number");
        nameColumn.setId("gridFactor");
        nameColumn.setPrefWidth(180); // until the grid has a width to fit (fitColumns)
        nameColumn.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().factor().name()));
        nameColumn.setCellFactory(TextFieldTableCell.forTableColumn());
        nameColumn.setOnEditCommit(e -> {
            model.renameFactor(e.getRowValue().factorId(), e.getNewValue());
            requestFocus();
        });
        for (TableColumn<StrategyRow, ?> column : List.of(number, nameColumn)) {
            column.setSortable(false);
            column.setReorderable(false);
        }
        getColumns().setAll(List.of(number, nameColumn));
        rebuildOfferColumns();
        model.offers().addListener((ListChangeListener<Offer>) c -> rebuildOfferColumns());
        widthProperty().addListener(o -> fit.fit());

        setRowFactory(t -> draggableRow());
        addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        getFocusModel().focusedCellProperty().addListener((obs, old, now) -> focusMoved(now));
        model.selectedFactorIdProperty().addListener(o -> restoreFocus());
        model.selectedOfferIdProperty().addListener(o -> restoreFocus());
    }

    private void rebuildOfferColumns() {
        List<TableColumn<StrategyRow, ?>> columns = new ArrayList<>(getColumns().subList(0, 2));
        List<Offer> offers = model.offers();
        for (int i = 0; i < offers.size(); i++) {
            columns.add(offerColumn(offers.get(i), i));
        }
        restoring = true;
        try {
            getColumns().setAll(columns);
        } finally {
            restoring = false;
        }
        fit.fit();
        restoreFocus();
    }

    private TableColumn<StrategyRow, Rating> offerColumn(Offer offer, int index) {
        TableColumn<StrategyRow, Rating> column = new TableColumn<>();
        column.setId("gridOffer-" + offer.id());
        column.setUserData(offer.id());
        column.getProperties().put(GridColumnFit.OFFER_NAME, offer.name());
        column.setSortable(false);
        column.setReorderable(false);
        column.setEditable(false);
        Label name = new Label(offer.name());
        name.getStyleClass().add("offer-name");
        // Long names (a whole sentence on a card) take three lines, broken at spaces, and are cut there; the
        // tooltip has all.
        name.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        // The theme pads the header's label half an em on each side, and the column has a border.
        javafx.beans.InvalidationListener refit = o -> name.setText(headerText.fit(offer.name(), name.getFont(),
                column.getWidth() - name.getFont().getSize() - GridColumnFit.HEADER_BORDER, GridColumnFit.HEADER_LINES));
        column.widthProperty().addListener(refit);
        name.fontProperty().addListener(refit);
        // The style sheet sets the header's font after the first fit, which measured in the default font.
        name.fontProperty().addListener(o -> javafx.application.Platform.runLater(fit::fit));
        Label section = new Label(offer.section().map(s -> s.title().replaceAll("s$", "").toLowerCase())
                .orElse("ours"));
        section.getStyleClass().add("offer-section");
        VBox header = new VBox(name, section);
        header.setAlignment(Pos.CENTER);
        column.setGraphic(header);
        column.setText(null);
        column.getStyleClass().add(offer.isOurs() ? "ours-column" : "offer-column");
        String tip = offer.name() + (offer.isOurs() ? ": our own offering" : " — "
                + offer.section().orElseThrow().title().toLowerCase()) + "\nType 1–5 to rate, 0 or Delete to blank, Enter"
                + " for the evidence note";
        HoverTooltips.onHover(name, () -> tip);
        column.setCellValueFactory(c -> new SimpleObjectProperty<>(index < c.getValue().cells().size()
                ? c.getValue().cells().get(index) : null));
        column.setCellFactory(c -> new RatingCell(offer));
        return column;
    }

    /** A rating: its score, a mark when it has a note, and the note as tooltip. */
    private static final class RatingCell extends TableCell<StrategyRow, Rating> {
        private final Region mark = new Region();
        private final Offer offer;

        RatingCell(Offer offer) {
            this.offer = offer;
            getStyleClass().add("rating-cell");
            if (offer.isOurs()) {
                getStyleClass().add("ours");
            }
            mark.getStyleClass().add("note-mark");
            HoverTooltips.onHover(this, () -> isEmpty() || getItem() == null || getItem().note().isEmpty() ? null
                    : offer.name() + ": " + getItem().note());
            setContentDisplay(ContentDisplay.RIGHT);
            setGraphicTextGap(6);
            setAlignment(Pos.CENTER);
        }

        @Override
        protected void updateItem(Rating rating, boolean empty) {
            super.updateItem(rating, empty);
            getStyleClass().remove("unknown");
            if (empty || rating == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            setText(rating.isKnown() ? Integer.toString(rating.score()) : "·");
            if (!rating.isKnown()) {
                getStyleClass().add("unknown");
            }
            boolean noted = !rating.note().isEmpty();
            setGraphic(noted ? mark : null);
            setId(null);
        }
    }

    private TableRow<StrategyRow> draggableRow() {
        TableRow<StrategyRow> row = new TableRow<>();
        row.setOnDragDetected(e -> {
            if (row.getItem() == null || getEditingCell() != null) {
                return;
            }
            var board = row.startDragAndDrop(TransferMode.MOVE);
            ClipboardContent content = new ClipboardContent();
            content.putString(FACTOR_DRAG + row.getItem().factorId());
            board.setContent(content);
            board.setDragView(row.snapshot(null, null));
            e.consume();
        });
        row.setOnDragOver(e -> {
            if (draggedFactor(e.getDragboard().getString()) != 0) {
                e.acceptTransferModes(TransferMode.MOVE);
                row.getStyleClass().add("drop-target");
            }
            e.consume();
        });
        row.setOnDragExited(e -> row.getStyleClass().removeAll("drop-target"));
        row.setOnDragDropped(e -> {
            long factorId = draggedFactor(e.getDragboard().getString());
            if (factorId != 0) {
                int index = row.isEmpty() ? getItems().size() - 1 : row.getIndex();
                model.moveFactor(factorId, index);
                e.setDropCompleted(true);
            }
            e.consume();
        });
        return row;
    }

    /** The factor id in a drag's text, or 0 when the drag is not a factor. */
    static long draggedFactor(String text) {
        if (text == null || !text.startsWith(FACTOR_DRAG)) {
            return 0;
        }
        try {
            return Long.parseLong(text.substring(FACTOR_DRAG.length()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    // ---- keyboard

    private void keyPressed(KeyEvent e) {
        if (getEditingCell() != null) {
            return;
        }
        TablePosition<StrategyRow, ?> cell = getFocusModel().getFocusedCell();
        StrategyRow row = cell == null || cell.getRow() < 0 || cell.getRow() >= getItems().size() ? null
                : getItems().get(cell.getRow());
        Long offerId = cell == null || cell.getTableColumn() == null ? null
                : (Long) cell.getTableColumn().getUserData();
        KeyCode code = e.getCode();
        if (code == KeyCode.TAB && !e.isControlDown() && !e.isAltDown()) {
            moveAcross(e.isShiftDown() ? -1 : 1);
            e.consume();
        } else if (e.isAltDown() && (code == KeyCode.UP || code == KeyCode.DOWN)) {
            model.moveSelected(code == KeyCode.UP ? -1 : 1);
            e.consume();
        } else if (row == null || e.isControlDown() || e.isAltDown() || e.isMetaDown()) {
            return;
        } else if (offerId != null && score(code) >= 0) {
            model.rate(row.factorId(), offerId, score(code));
            e.consume();
        } else if (offerId != null && (code == KeyCode.ENTER || code == KeyCode.F2)) {
            editNote.run();
            e.consume();
        } else if (offerId == null && code == KeyCode.DELETE) {
            model.deleteFactor(row.factorId());
            e.consume();
        } else if (offerId == null && (code == KeyCode.ENTER || code == KeyCode.F2)) {
            edit(cell.getRow(), nameColumn);
            e.consume();
        }
    }

    /** 1-5 for those digits, 0 for 0 / Delete / Backspace, -1 for any other key. */
    static int score(KeyCode code) {
        return switch (code) {
            case DIGIT1, NUMPAD1 -> 1;
            case DIGIT2, NUMPAD2 -> 2;
            case DIGIT3, NUMPAD3 -> 3;
            case DIGIT4, NUMPAD4 -> 4;
            case DIGIT5, NUMPAD5 -> 5;
            case DIGIT0, NUMPAD0, DELETE, BACK_SPACE -> Rating.UNKNOWN;
            default -> -1;
        };
    }

    /** Tab and Shift+Tab: to the next or previous cell, on to the next or previous row at the ends. */
    private void moveAcross(int step) {
        TablePosition<StrategyRow, ?> cell = getFocusModel().getFocusedCell();
        if (getItems().isEmpty()) {
            return;
        }
        int columns = getVisibleLeafColumns().size();
        int row = cell == null || cell.getRow() < 0 ? 0 : cell.getRow();
        int column = cell == null || cell.getTableColumn() == null ? 0 : getVisibleLeafIndex(cell.getTableColumn());
        // The "#" column is not a place to stop: Tab goes from the name to the ratings and back.
        int first = 1;
        column += step;
        if (column >= columns) {
            column = first;
            row = Math.min(getItems().size() - 1, row + 1);
        } else if (column < first) {
            column = columns - 1;
            row = Math.max(0, row - 1);
        }
        focusCell(row, getVisibleLeafColumn(column));
    }

    private void focusCell(int row, TableColumn<StrategyRow, ?> column) {
        getSelectionModel().clearAndSelect(row, column);
        getFocusModel().focus(row, column);
        scrollTo(row);
        scrollToColumn(column);
    }

    private void focusMoved(TablePosition<StrategyRow, ?> cell) {
        if (restoring || cell == null || cell.getRow() < 0 || cell.getRow() >= getItems().size()) {
            return;
        }
        long factorId = getItems().get(cell.getRow()).factorId();
        Object offer = cell.getTableColumn() == null ? null : cell.getTableColumn().getUserData();
        onName = cell.getTableColumn() != null && offer == null;
        model.select(factorId, offer instanceof Long id ? id : model.selectedOfferIdProperty().get());
    }

    /** Puts the grid's focus back on the model's selected cell after the rows or columns were replaced. */
    private void restoreFocus() {
        if (restoring) {
            return;
        }
        long factorId = model.selectedFactorIdProperty().get();
        int row = -1;
        for (int i = 0; i < getItems().size(); i++) {
            if (getItems().get(i).factorId() == factorId) {
                row = i;
            }
        }
        if (row < 0) {
            return;
        }
        TablePosition<StrategyRow, ?> focused = getFocusModel().getFocusedCell();
        long offerId = model.selectedOfferIdProperty().get();
        TableColumn<StrategyRow, ?> column = onName ? nameColumn : getColumns().stream()
                .filter(c -> Long.valueOf(offerId).equals(c.getUserData())).findFirst().orElse(nameColumn);
        if (focused != null && focused.getRow() == row && focused.getTableColumn() == column
                && getSelectionModel().isSelected(row, column)) {
            return;
        }
        restoring = true;
        try {
            getSelectionModel().clearAndSelect(row, column);
            getFocusModel().focus(row, column);
        } finally {
            restoring = false;
        }
        scrollTo(row);
    }

    /** Starts renaming the selected factor in place. */
    void renameSelected() {
        int row = getFocusModel().getFocusedIndex();
        if (row >= 0) {
            requestFocus();
            edit(row, nameColumn);
        }
    }
}
