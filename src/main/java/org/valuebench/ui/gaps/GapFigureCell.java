package org.valuebench.ui.gaps;

import org.valuebench.ui.gaps.figures.GapFigure;
import java.util.function.Function;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import org.valuebench.ui.fx.HoverTooltips;

/**
 * A table cell showing a figure, with its formula and inputs as the tooltip (built on the first hover). Its look
 * follows the figure through pseudo-classes ({@code :empty-figure}, {@code :thin}): changing a style class makes
 * JavaFX match every style of the cell again, and a ranking cell changes with every filter.
 */
public final class GapFigureCell<S> extends TableCell<S, GapFigure> {
    private static final PseudoClass EMPTY_FIGURE = PseudoClass.getPseudoClass("empty-figure");
    private static final PseudoClass THIN = PseudoClass.getPseudoClass("thin");

    GapFigureCell(boolean numeric) {
        if (numeric) {
            setAlignment(Pos.CENTER_RIGHT);
        }
        getStyleClass().add("gap-figure-cell");
        HoverTooltips.onHover(this, () -> isEmpty() || getItem() == null ? null : getItem().explanation());
    }

    @Override
    protected void updateItem(GapFigure figure, boolean empty) {
        super.updateItem(figure, empty);
        boolean shown = !empty && figure != null;
        setText(shown ? figure.text() : null);
        pseudoClassStateChanged(EMPTY_FIGURE, shown && figure.isEmpty());
        pseudoClassStateChanged(THIN, shown && figure.text().endsWith(" thin"));
        if (getTooltip() != null) {
            getTooltip().setText(shown ? figure.explanation() : "");
        }
    }

    public static <S> TableColumn<S, GapFigure> column(String title, String id, double width, boolean numeric,
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
