package org.valuebench.ui.strategy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import org.valuebench.domain.Factor;
import org.valuebench.domain.FourAction;
import org.valuebench.ui.fx.HoverTooltips;

/**
 * The four actions grid (Kim and Mauborgne): boxes for the factors to eliminate, reduce, raise and create,
 * each listing its factors with their notes, and a strip of the factors not decided yet. Drag a factor (from
 * here or from the ratings grid) into a box to put it there; click one to select it in the grid.
 */
final class FourActionsGrid extends VBox {
    private final StrategyViewModel model;
    private final FlowPane undecided = new FlowPane(6, 4);
    private final GridPane boxes = new GridPane();
    private final Map<Long, Node> entries = new HashMap<>();

    FourActionsGrid(StrategyViewModel model) {
        this.model = model;
        setId("fourActions");
        getStyleClass().add("four-actions");
        setSpacing(8);
        Label undecidedTitle = new Label("Undecided — drag into a box:");
        undecidedTitle.getStyleClass().add("caption");
        undecided.setId("actionNone");
        undecided.getStyleClass().add("action-undecided");
        dropTarget(undecided, FourAction.NONE);
        boxes.setHgap(8);
        boxes.setVgap(8);
        for (int i = 0; i < 2; i++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(50);
            column.setHgrow(Priority.ALWAYS);
            boxes.getColumnConstraints().add(column);
            // Rows share the height by their content, not half each: a half each made the grid's least height
            // twice its fuller row's, which in a short window pushed the grid past its pane.
            RowConstraints row = new RowConstraints();
            row.setVgrow(Priority.ALWAYS);
            boxes.getRowConstraints().add(row);
        }
        setVgrow(boxes, Priority.ALWAYS);
        VBox undecidedArea = new VBox(4, undecidedTitle, undecided);
        undecidedArea.setMinHeight(USE_PREF_SIZE);
        getChildren().addAll(undecidedArea, boxes);
        model.rows().addListener((ListChangeListener<StrategyRow>) c -> show());
        // A new selection only moves the highlight: rebuilding the boxes for it doubled the cost of every change.
        model.selectedFactorIdProperty().addListener(o -> highlightSelected());
        show();
    }

    private void highlightSelected() {
        long selected = model.selectedFactorIdProperty().get();
        entries.forEach((id, entry) -> {
            boolean highlighted = entry.getStyleClass().contains("selected");
            if (id == selected && !highlighted) {
                entry.getStyleClass().add("selected");
            } else if (id != selected && highlighted) {
                entry.getStyleClass().remove("selected");
            }
        });
    }

    private void show() {
        entries.clear();
        List<Factor> factors = model.rows().stream().map(StrategyRow::factor).toList();
        undecided.getChildren().setAll(factors.stream().filter(f -> f.action() == FourAction.NONE)
                .map(f -> (Node) entry(f, false)).toList());
        if (undecided.getChildren().isEmpty()) {
            Label none = new Label("every factor is decided");
            none.getStyleClass().add("hint");
            undecided.getChildren().add(none);
        }
        boxes.getChildren().clear();
        boxes.add(box(FourAction.ELIMINATE, "Which factors the industry takes for granted can go?", factors), 0, 0);
        boxes.add(box(FourAction.RAISE, "Which factors should rise well above the industry's standard?", factors), 1, 0);
        boxes.add(box(FourAction.REDUCE, "Which factors should fall well below the industry's standard?", factors), 0, 1);
        boxes.add(box(FourAction.CREATE, "Which factors should the industry start offering?", factors), 1, 1);
    }

    private Node box(FourAction action, String question, List<Factor> factors) {
        Label title = new Label(action.title());
        title.getStyleClass().add("action-title");
        HoverTooltips.onHover(title, () -> question);
        VBox box = new VBox(4, title);
        box.setId("action" + action.title());
        box.getStyleClass().addAll("action-box", "action-" + action.name().toLowerCase());
        List<Factor> in = factors.stream().filter(f -> f.action() == action).toList();
        if (in.isEmpty()) {
            Label hint = new Label(question);
            hint.getStyleClass().add("hint");
            hint.setWrapText(true);
            box.getChildren().add(hint);
        }
        in.forEach(f -> box.getChildren().add(entry(f, true)));
        dropTarget(box, action);
        return box;
    }

    private Node entry(Factor factor, boolean withNote) {
        Label name = new Label(factor.name());
        name.getStyleClass().add("action-factor");
        name.setWrapText(withNote);
        name.setMaxWidth(withNote ? Double.MAX_VALUE : 220);
        VBox entry = new VBox(1, name);
        if (withNote && !factor.actionNote().isEmpty()) {
            Label note = new Label(factor.actionNote());
            note.getStyleClass().add("action-note");
            note.setWrapText(true);
            entry.getChildren().add(note);
        }
        entry.getStyleClass().add("action-entry");
        entry.setMaxWidth(withNote ? Double.MAX_VALUE : 240);
        if (factor.id() == model.selectedFactorIdProperty().get()) {
            entry.getStyleClass().add("selected");
        }
        entries.put(factor.id(), entry);
        entry.setAlignment(Pos.CENTER_LEFT);
        HoverTooltips.onHover(entry, () -> factor.name() + (factor.actionNote().isEmpty() ? ""
                : "\n" + factor.actionNote()) + "\nClick to select; drag to another box");
        entry.setOnMouseClicked(e -> model.select(factor.id(), model.selectedOfferIdProperty().get()));
        entry.setOnDragDetected(e -> {
            var board = entry.startDragAndDrop(TransferMode.MOVE);
            ClipboardContent content = new ClipboardContent();
            content.putString(RatingsGrid.FACTOR_DRAG + factor.id());
            board.setContent(content);
            e.consume();
        });
        return entry;
    }

    private void dropTarget(Node target, FourAction action) {
        target.setOnDragOver(e -> {
            if (RatingsGrid.draggedFactor(e.getDragboard().getString()) != 0) {
                e.acceptTransferModes(TransferMode.MOVE);
                if (!target.getStyleClass().contains("drop-target")) {
                    target.getStyleClass().add("drop-target");
                }
            }
            e.consume();
        });
        target.setOnDragExited(e -> target.getStyleClass().removeAll("drop-target"));
        target.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            long factorId = RatingsGrid.draggedFactor(e.getDragboard().getString());
            if (factorId != 0) {
                model.setAction(factorId, action);
                e.setDropCompleted(true);
            }
            e.consume();
        });
    }
}
