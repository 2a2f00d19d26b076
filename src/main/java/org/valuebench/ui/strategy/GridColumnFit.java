package org.valuebench.ui.strategy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.valuebench.ui.fx.FittedText;

/**
 * Sizes the ratings grid's columns to their content within its width. Why not {@code ui.fx.ColumnFit}: an offer's
 * header is its name on up to three lines over its kind, and the room a name needs depends on where it breaks.
 */
final class GridColumnFit {
    static final double NUMBER_WIDTH = 34;
    /** An offer's name takes up to three lines in its column's header. */
    static final int HEADER_LINES = 3;
    static final double HEADER_BORDER = 2;
    /** Where an offer column keeps its offer's whole name, for measuring. */
    static final String OFFER_NAME = "offerName";
    private static final double OFFER_WIDTH = 100;
    private static final double MIN_OFFER_WIDTH = 68;
    private static final double MIN_NAME_WIDTH = 130;
    /** The vertical scroll bar's width and the grid's borders. */
    private static final double SCROLL_BAR_ROOM = 18;
    /** A name that needs more than three lines at this width is a sentence: it is cut, its tooltip has all. */
    private static final double MAX_OFFER_WIDTH = 150;
    private static final double READABLE_OFFER_WIDTH = 110;
    private static final int EVERY_WORD = 12;
    private final TableView<StrategyRow> grid;
    private final TableColumn<StrategyRow, String> nameColumn;
    private final FittedText headerText = new FittedText();
    private final Map<String, Double> headerWidths = new HashMap<>();
    private final javafx.scene.text.Text measure = new javafx.scene.text.Text();

    GridColumnFit(TableView<StrategyRow> grid, TableColumn<StrategyRow, String> nameColumn) {
        this.grid = grid;
        this.nameColumn = nameColumn;
    }

    /**
     * Fits the columns to the grid's width: each offer gets the width at which its whole name fits its header, the
     * factors the width of their longest name; room left over widens the offers towards one line, then the
     * factors. When the grid is too narrow, the factor column gives way first (the factor panel shows the whole
     * name), then the offers, down to a minimum; only then does the grid scroll sideways.
     */
    void fit() {
        if (grid.getWidth() <= 0) {
            return;
        }
        List<TableColumn<StrategyRow, ?>> offers = grid.getColumns().subList(2, grid.getColumns().size());
        double available = grid.getWidth() - NUMBER_WIDTH - SCROLL_BAR_ROOM;
        double[] whole = new double[offers.size()];
        double[] oneLine = new double[offers.size()];
        double[] words = new double[offers.size()];
        double offersTotal = 0;
        double oneLineTotal = 0;
        for (int i = 0; i < offers.size(); i++) {
            whole[i] = headerWidth(offers.get(i), HEADER_LINES);
            oneLine[i] = Math.max(whole[i], headerWidth(offers.get(i), 1));
            // Below this even a word of the name is cut ("Neighbou…"): a sentence may lose its end, not a word.
            words[i] = Math.min(whole[i], headerWidth(offers.get(i), EVERY_WORD));
            offersTotal += whole[i];
            oneLineTotal += oneLine[i];
        }
        double factor = Math.max(MIN_NAME_WIDTH, factorNameWidth());
        double spare = available - factor - offersTotal;
        double[] widths = whole.clone();
        if (spare >= 0) {
            double grow = Math.min(spare, oneLineTotal - offersTotal);
            for (int i = 0; i < widths.length && grow > 0; i++) {
                widths[i] += grow * (oneLine[i] - whole[i]) / (oneLineTotal - offersTotal);
            }
            factor += spare - Math.max(0, grow);
        } else {
            // The factor names stay whole while the offers' cut below leaves them three lines of a readable width.
            factor = Math.max(MIN_NAME_WIDTH, Math.min(factor, available - capped(whole, words, READABLE_OFFER_WIDTH)));
            // The widest headers give way first, to one common width: they are the sentence-long names that are
            // cut anyway (their tooltip has all), while a short name such as "Discount superstore chain" stays whole.
            double cap = MAX_OFFER_WIDTH;
            while (cap > MIN_OFFER_WIDTH && capped(whole, words, cap) > available - factor) {
                cap -= 1;
            }
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(words[i], Math.min(whole[i], cap));
            }
        }
        for (int i = 0; i < widths.length; i++) {
            offers.get(i).setPrefWidth(Math.floor(widths[i]));
        }
        nameColumn.setPrefWidth(Math.floor(factor));
    }

    private static double capped(double[] widths, double[] floors, double cap) {
        double sum = 0;
        for (int i = 0; i < widths.length; i++) {
            sum += Math.max(floors[i], Math.min(widths[i], cap));
        }
        return sum;
    }

    /** The narrowest column (from the minimum up) whose header shows the offer's whole name on {@code lines}. */
    private double headerWidth(TableColumn<StrategyRow, ?> column, int lines) {
        if (!(column.getGraphic() instanceof VBox header) || !(header.getChildren().get(0) instanceof Label name)
                || !(header.getChildren().get(1) instanceof Label kind)) {
            return OFFER_WIDTH;
        }
        String text = (String) column.getProperties().get(OFFER_NAME);
        javafx.scene.text.Font font = name.getFont();
        // Measured once per name, font and line count: the grid refits on every rating, which replaces a row.
        double title = headerWidths.computeIfAbsent(text + "\u0000" + font + "\u0000" + lines,
                k -> narrowest(text, font, lines));
        return Math.max(title, Math.ceil(textWidth(kind.getText(), kind.getFont()) + font.getSize() + HEADER_BORDER + 2));
    }

    private double narrowest(String text, javafx.scene.text.Font font, int lines) {
        for (double width = MIN_OFFER_WIDTH; width < MAX_OFFER_WIDTH; width += 2) {
            if (!headerText.fit(text, font, width - font.getSize() - HEADER_BORDER, lines).contains("…")) {
                return width;
            }
        }
        return MAX_OFFER_WIDTH;
    }

    /** The width the longest factor name takes in a cell, with the cell's padding and border. */
    private double factorNameWidth() {
        javafx.scene.Node cell = grid.lookupAll(".table-row-cell .table-cell").stream()
                .filter(n -> n instanceof TableCell<?, ?> c && c.getTableColumn() == nameColumn).findFirst().orElse(null);
        if (cell == null) {
            // No cell drawn yet, so no font to measure with: fit again once the rows are drawn.
            javafx.application.Platform.runLater(this::refitOnceDrawn);
        }
        javafx.scene.text.Font font = cell instanceof javafx.scene.control.Labeled labeled ? labeled.getFont()
                : javafx.scene.text.Font.getDefault();
        double padding = cell instanceof Region region ? region.getPadding().getLeft() + region.getPadding().getRight()
                : font.getSize();
        double widest = 0;
        for (StrategyRow row : grid.getItems()) {
            widest = Math.max(widest, textWidth(row.factor().name(), font));
        }
        // The cell's border and the sub-pixel rounding of the measured text.
        return Math.ceil(widest + padding + 4);
    }

    private void refitOnceDrawn() {
        if (!grid.getItems().isEmpty() && grid.lookup(".table-row-cell .table-cell") != null) {
            fit();
        }
    }

    private double textWidth(String text, javafx.scene.text.Font font) {
        measure.setFont(font);
        measure.setText(text);
        return measure.getLayoutBounds().getWidth();
    }
}
