package org.valuebench.ui.strategy;

import javafx.beans.property.SimpleStringProperty;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.valuebench.ui.gaps.GapFigureCell;
import org.valuebench.ui.strategy.StrategyFigures.RivalRow;
import org.valuebench.ui.strategy.StrategyFigures.StandingRow;

/**
 * What sets the offering apart: a summary line, the factors in the analysis's order (me-too first) with
 * standing, weight, ours, best alternative, margin and delivered level, and every alternative head to head.
 * Every figure explains itself in a tooltip; a promise not kept is flagged.
 */
final class DifferentiationPanel extends VBox {

    DifferentiationPanel(StrategyViewModel model) {
        setId("differentiation");
        getStyleClass().add("differentiation");
        setSpacing(6);

        Label summary = new Label();
        summary.setId("differentiationSummary");
        summary.getStyleClass().add("differentiation-summary");
        summary.setWrapText(true);
        summary.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        Tooltip summaryTip = tip();
        summary.setTooltip(summaryTip);
        model.summaryProperty().addListener((obs, old, now) -> {
            summary.setText(now.isEmpty() ? now.explanation() : now.text());
            summaryTip.setText(now.explanation());
        });
        summary.setText(model.summaryProperty().get().explanation());
        summaryTip.setText(model.summaryProperty().get().explanation());

        TableView<StandingRow> factors = new TableView<>(model.standings());
        factors.setId("differentiationFactors");
        factors.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        factors.setPlaceholder(new Label("Add factors and rate them to see where the offering stands"));
        TableColumn<StandingRow, String> name = new TableColumn<>("Factor");
        name.setPrefWidth(150);
        name.setSortable(false);
        name.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().factor()));
        name.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                getStyleClass().remove("promise-not-kept");
                StandingRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
                if (row != null && row.promiseNotKept()) {
                    getStyleClass().add("promise-not-kept");
                }
            }
        });
        factors.getColumns().setAll(java.util.List.of(name,
                GapFigureCell.column("Standing", "diffStanding", 92, false, StandingRow::standingText),
                GapFigureCell.column("Margin", "diffMargin", 76, true, StandingRow::margin),
                GapFigureCell.column("Ours", "diffOurs", 60, true, StandingRow::ours),
                GapFigureCell.column("Best alternative", "diffBest", 150, false, StandingRow::best),
                GapFigureCell.column("Weight", "diffWeight", 76, true, StandingRow::weight),
                GapFigureCell.column("Delivered", "diffDelivered", 90, true, StandingRow::delivered)));
        // Compact rows so a whole canvas's factors fit beside the chart without scrolling.
        factors.setFixedCellSize(30);
        factors.setRowFactory(t -> {
            TableRow<StandingRow> row = new TableRow<>() {
                @Override
                protected void updateItem(StandingRow item, boolean empty) {
                    super.updateItem(item, empty);
                    getStyleClass().removeAll("standing-me_too", "standing-trail", "standing-lead", "standing-unrated");
                    if (!empty && item != null) {
                        getStyleClass().add("standing-" + item.standing().name().toLowerCase(java.util.Locale.ROOT));
                    }
                }
            };
            row.setOnMouseClicked(e -> {
                if (row.getItem() != null) {
                    model.select(row.getItem().factorId(), model.selectedOfferIdProperty().get());
                }
            });
            return row;
        });
        setVgrow(factors, Priority.ALWAYS);

        Label rivalsTitle = new Label("Head to head");
        rivalsTitle.getStyleClass().add("caption");
        TableView<RivalRow> rivals = new TableView<>(model.rivals());
        rivals.setId("differentiationRivals");
        rivals.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        rivals.setPlaceholder(new Label("Add competitors or substitutes on the Canvas tab"));
        TableColumn<RivalRow, String> rival = new TableColumn<>("Alternative (strongest first)");
        rival.setPrefWidth(200);
        rival.setSortable(false);
        rival.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().rival()));
        rivals.getColumns().setAll(java.util.List.of(rival,
                GapFigureCell.column("Factors", "rivalCompared", 72, true, RivalRow::compared),
                GapFigureCell.column("Our margin", "rivalMargin", 104, true, RivalRow::margin)));
        rivals.setFixedCellSize(30);
        rivals.setPrefHeight(130);
        rivals.setMinHeight(90);

        getChildren().addAll(summary, factors, rivalsTitle, rivals);
    }

    private static Tooltip tip() {
        Tooltip tip = new Tooltip();
        tip.setWrapText(true);
        tip.setMaxWidth(560);
        tip.setShowDelay(Duration.millis(250));
        tip.setShowDuration(Duration.seconds(60));
        return tip;
    }
}
