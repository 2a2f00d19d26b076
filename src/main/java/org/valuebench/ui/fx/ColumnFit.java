package org.valuebench.ui.fx;

import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Sizes a table's columns to their content within the table's width: each column gets the width of its widest
 * heading or cell text; what is left over goes to the flexible (text) columns, and when the table is too narrow
 * only they give way, down to a minimum, so the figures stay whole. Why not JavaFX's constrained policy: it
 * shares the width in proportion to the preferred widths, cutting a long heading while a short one has room to
 * spare.
 */
public final class ColumnFit<S> {
    /** Room for a cell's border and for the sub-pixel rounding of the measured text. */
    private static final double SLACK = 2;
    private final TableView<S> table;
    private final BiFunction<TableColumn<S, ?>, S, String> text;
    private final Set<TableColumn<S, ?>> flexible;
    private final double flexibleMin;
    private final Text measure = new Text();
    private boolean pending;

    private ColumnFit(TableView<S> table, BiFunction<TableColumn<S, ?>, S, String> text,
                      Set<TableColumn<S, ?>> flexible, double flexibleMin) {
        this.table = table;
        this.text = text;
        this.flexible = flexible;
        this.flexibleMin = flexibleMin;
    }

    /**
     * Keeps the columns of {@code table} fitted as its width, its rows and its columns change.
     *
     * @param text       the text a column shows for a row
     * @param flexible   the columns that take the room left over and give way first
     * @param flexibleMin how narrow a flexible column may become before the table scrolls sideways
     */
    public static <S> ColumnFit<S> install(TableView<S> table, BiFunction<TableColumn<S, ?>, S, String> text,
                                           Set<TableColumn<S, ?>> flexible, double flexibleMin) {
        ColumnFit<S> fit = new ColumnFit<>(table, text, flexible, flexibleMin);
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.widthProperty().addListener(o -> fit.fit());
        table.getItems().addListener((ListChangeListener<S>) c -> fit.later());
        table.itemsProperty().addListener(o -> fit.later());
        table.getColumns().addListener((ListChangeListener<TableColumn<S, ?>>) c -> fit.later());
        table.skinProperty().addListener(o -> fit.later());
        return fit;
    }

    /** Fits the columns after this pulse's changes, once. */
    public void later() {
        if (!pending) {
            pending = true;
            Platform.runLater(() -> {
                pending = false;
                fit();
            });
        }
    }

    /** Fits the columns to the current rows and width. */
    public void fit() {
        List<TableColumn<S, ?>> columns = table.getColumns();
        if (columns.isEmpty() || table.getWidth() <= 0) {
            return;
        }
        Font cellFont = font(".table-cell", table);
        Font headerFont = font(".column-header .label", table);
        double cellPadding = padding(".table-cell", 16);
        double headerPadding = padding(".column-header", 8) + padding(".column-header .label", 8);
        double[] content = new double[columns.size()];
        double total = 0;
        double flexTotal = 0;
        for (int i = 0; i < columns.size(); i++) {
            TableColumn<S, ?> column = columns.get(i);
            double widest = width(headerText(column), headerFont) + headerPadding;
            for (S row : table.getItems()) {
                widest = Math.max(widest, width(text.apply(column, row), cellFont) + cellPadding);
            }
            content[i] = Math.ceil(widest + SLACK);
            total += content[i];
            if (flexible.contains(column)) {
                flexTotal += content[i];
            }
        }
        double room = table.getWidth() - table.snappedLeftInset() - table.snappedRightInset() - scrollBarWidth();
        double[] widths = flexibleWidths(columns, content, room - (total - flexTotal));
        for (int i = 0; i < columns.size(); i++) {
            columns.get(i).setPrefWidth(Math.floor(widths[i]));
        }
    }

    /**
     * Shares {@code flexRoom} among the flexible columns in proportion to their content; a column that would fall
     * below its minimum keeps the minimum, and the others share what is left, so the columns add up to the room.
     */
    private double[] flexibleWidths(List<TableColumn<S, ?>> columns, double[] content, double flexRoom) {
        double[] widths = content.clone();
        boolean[] held = new boolean[columns.size()];
        boolean changed = true;
        while (changed) {
            changed = false;
            double room = flexRoom;
            double share = 0;
            for (int i = 0; i < columns.size(); i++) {
                if (flexible.contains(columns.get(i))) {
                    if (held[i]) {
                        room -= widths[i];
                    } else {
                        share += content[i];
                    }
                }
            }
            for (int i = 0; i < columns.size(); i++) {
                if (flexible.contains(columns.get(i)) && !held[i] && share > 0) {
                    widths[i] = room * content[i] / share;
                    double min = Math.min(flexibleMin, content[i]);
                    if (widths[i] < min) {
                        widths[i] = min;
                        held[i] = true;
                        changed = true;
                    }
                }
            }
        }
        return widths;
    }

    private double width(String value, Font font) {
        if (value == null || value.isEmpty()) {
            return 0;
        }
        measure.setFont(font);
        double widest = 0;
        for (String line : value.split("\n")) {
            measure.setText(line);
            widest = Math.max(widest, measure.getLayoutBounds().getWidth());
        }
        return widest;
    }

    private static Font font(String selector, Control table) {
        Node node = table.lookup(selector);
        return node instanceof Labeled labeled ? labeled.getFont() : Font.getDefault();
    }

    private double padding(String selector, double otherwise) {
        Node node = table.lookup(selector);
        if (node instanceof javafx.scene.layout.Region region) {
            Insets insets = region.getPadding();
            return insets.getLeft() + insets.getRight();
        }
        return otherwise;
    }

    private double scrollBarWidth() {
        for (Node node : table.lookupAll(".scroll-bar")) {
            if (node instanceof ScrollBar bar && bar.getOrientation() == javafx.geometry.Orientation.VERTICAL
                    && bar.isVisible()) {
                return bar.getWidth();
            }
        }
        return 0;
    }

    /** A header's title: its text, or the label's text where the title is a label (to carry a tooltip). */
    private static String headerText(TableColumn<?, ?> column) {
        if (column.getText() != null) {
            return column.getText();
        }
        return column.getGraphic() instanceof javafx.scene.control.Labeled label ? label.getText() : "";
    }
}
