package org.valuebench.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import org.valuebench.analysis.GapReport;
import org.valuebench.analysis.PromiseGap;
import org.valuebench.domain.Voice;

/**
 * Delivered per promise as each voice sees it (customer, employee, partner, community), with the rows where
 * another voice differs from customers by half a point or more highlighted.
 */
final class VoiceComparisonTable extends TableView<PromiseGap> {
    private final ObservableList<PromiseGap> gaps = FXCollections.observableArrayList();

    VoiceComparisonTable(java.util.function.LongConsumer onSelect) {
        setItems(gaps);
        setId("voiceComparison");
        getStyleClass().add("voice-comparison");
        setPlaceholder(new Label("No feedback under the filter"));
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        List<TableColumn<PromiseGap, ?>> columns = new ArrayList<>();
        columns.add(GapFigureCell.column("Promise", "voicePromise", 180, false,
                g -> new GapFigure(g.text(), g.text())));
        for (Voice voice : Voice.values()) {
            columns.add(GapFigureCell.column(GapFigures.plural(voice), "voice-" + voice.label(), 110, true,
                    g -> GapFigures.voiceCell(g, voice)));
        }
        TableColumn<PromiseGap, String> disagreement = new TableColumn<>("Where views differ");
        disagreement.setId("voiceDisagreement");
        disagreement.setPrefWidth(260);
        disagreement.setSortable(false);
        disagreement.setCellValueFactory(c -> new SimpleObjectProperty<>(GapFigures.disagreement(c.getValue())));
        disagreement.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                getStyleClass().remove("voice-differs");
                setText(empty ? null : text);
                setTooltip(empty || text == null || text.isEmpty() ? null : new Tooltip(text
                        + "\n(a difference of " + GapFigures.two(GapFigures.DISAGREEMENT)
                        + " or more on the 1–5 scale between delivered scores)"));
                if (!empty && text != null && !text.isEmpty()) {
                    getStyleClass().add("voice-differs");
                }
            }
        });
        columns.add(disagreement);
        getColumns().setAll(columns);
        getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                onSelect.accept(now.promiseId());
            }
        });
    }

    void show(GapReport report) {
        gaps.setAll(report == null ? List.of() : report.promises());
    }
}
