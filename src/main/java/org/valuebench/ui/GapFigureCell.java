package org.valuebench.ui;

import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;

/** A table cell showing a figure, with its formula and inputs as the tooltip. */
final class GapFigureCell<S> extends TableCell<S, GapFigure> {
    private final Tooltip tooltip = new Tooltip();

    GapFigureCell(boolean numeric) {
        tooltip.setShowDelay(Duration.millis(250));
        tooltip.setShowDuration(Duration.seconds(60));
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(560);
        if (numeric) {
            setAlignment(Pos.CENTER_RIGHT);
        }
        getStyleClass().add("gap-figure-cell");
    }

    @Override
    protected void updateItem(GapFigure figure, boolean empty) {
        super.updateItem(figure, empty);
        getStyleClass().removeAll("figure-empty", "figure-thin");
        if (empty || figure == null) {
            setText(null);
            setTooltip(null);
            return;
        }
        setText(figure.text());
        tooltip.setText(figure.explanation());
        setTooltip(tooltip);
        if (figure.isEmpty()) {
            getStyleClass().add("figure-empty");
        }
        if (figure.text().endsWith(" thin")) {
            getStyleClass().add("figure-thin");
        }
    }

    static <S> TableColumn<S, GapFigure> column(String title, String id, double width, boolean numeric,
                                                Function<S, GapFigure> figure) {
        TableColumn<S, GapFigure> column = new TableColumn<>(title);
        column.setId(id);
        column.setPrefWidth(width);
        column.setSortable(false);
        column.setReorderable(false);
        column.setCellValueFactory(c -> new javafx.beans.property.SimpleObjectProperty<>(figure.apply(c.getValue())));
        column.setCellFactory(c -> new GapFigureCell<>(numeric));
        return column;
    }
}
