package org.valuebench.ui.feedback;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.property.Property;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;

/** The mapping table's editable columns: combo boxes bound to each row's choices, and the answers button. */
final class SurveyMappingColumns {
    private SurveyMappingColumns() {
    }

    /**
     * A column whose cells are always-visible combo boxes bound to a property of the row, so each column can be
     * mapped with two clicks; shown only for rows whose role passes {@code shownFor}. A choice list that is
     * observable is followed, so the boxes offer the question columns as roles change.
     */
    static <T> TableColumn<SurveyColumnMapping, SurveyColumnMapping> comboColumn(String title, String id,
            double width, Function<SurveyColumnMapping, List<T>> choices,
            Function<SurveyColumnMapping, Property<T>> property, Predicate<SurveyColumnRole> shownFor) {
        TableColumn<SurveyColumnMapping, SurveyColumnMapping> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setSortable(false);
        column.setCellValueFactory(c -> new javafx.beans.property.SimpleObjectProperty<>(c.getValue()));
        column.setCellFactory(c -> new TableCell<>() {
            private final ComboBox<T> box = new ComboBox<>();
            private Property<T> bound;
            private final List<javafx.beans.value.ChangeListener<SurveyColumnRole>> roleListeners = new ArrayList<>();
            private SurveyColumnMapping row;
            private javafx.collections.ObservableList<T> live;
            /**
             * Refills the box when its choices change, unbound meanwhile: a combo box clears its value when its
             * items are replaced, which would otherwise clear the mapping's choice too.
             */
            private final javafx.collections.ListChangeListener<T> refill = change -> {
                Property<T> target = bound;
                if (target == null) {
                    return;
                }
                box.valueProperty().unbindBidirectional(target);
                box.getItems().setAll(live);
                box.valueProperty().bindBidirectional(target);
            };

            {
                box.getStyleClass().add(id);
                box.setMaxWidth(Double.MAX_VALUE);
            }

            @Override
            protected void updateItem(SurveyColumnMapping item, boolean empty) {
                super.updateItem(item, empty);
                if (bound != null) {
                    box.valueProperty().unbindBidirectional(bound);
                    bound = null;
                }
                if (live != null) {
                    live.removeListener(refill);
                    live = null;
                }
                if (row != null) {
                    roleListeners.forEach(l -> row.roleProperty().removeListener(l));
                    roleListeners.clear();
                    row = null;
                }
                if (empty || item == null) {
                    setGraphic(null);
                    return;
                }
                row = item;
                List<T> options = choices.apply(item);
                box.getItems().setAll(options);
                bound = property.apply(item);
                box.valueProperty().bindBidirectional(bound);
                if (options instanceof javafx.collections.ObservableList<T> changing) {
                    live = changing;
                    live.addListener(refill);
                }
                box.setId(id + "-" + item.column().index());
                setGraphic(box);
                javafx.beans.value.ChangeListener<SurveyColumnRole> listener = (obs, old, now) ->
                        box.setVisible(shownFor.test(now));
                item.roleProperty().addListener(listener);
                roleListeners.add(listener);
                box.setVisible(shownFor.test(item.roleProperty().get()));
            }
        });
        return column;
    }

    /**
     * For question columns: a button naming how many answer labels have a score, which opens a small table to
     * score each label the preview rows show.
     */
    static TableColumn<SurveyColumnMapping, SurveyColumnMapping> answersColumn(SurveyMappingViewModel model) {
        TableColumn<SurveyColumnMapping, SurveyColumnMapping> column = new TableColumn<>("Answers");
        column.setPrefWidth(155);
        column.setSortable(false);
        column.setCellValueFactory(c -> new javafx.beans.property.SimpleObjectProperty<>(c.getValue()));
        column.setCellFactory(c -> new TableCell<>() {
            private final Button button = new Button();
            private SurveyColumnMapping row;
            private final javafx.beans.InvalidationListener refresh = o -> refresh();

            {
                button.getStyleClass().add("mappingAnswers");
                button.setOnAction(e -> {
                    if (row != null) {
                        new AnswerLabelsDialog(getScene().getWindow(), model, row).showAndWait();
                        refresh();
                    }
                });
            }

            @Override
            protected void updateItem(SurveyColumnMapping item, boolean empty) {
                super.updateItem(item, empty);
                if (row != null) {
                    row.roleProperty().removeListener(refresh);
                    row.answers().removeListener(refresh);
                }
                row = empty ? null : item;
                if (row == null) {
                    setGraphic(null);
                    return;
                }
                button.setId("mappingAnswers-" + row.column().index());
                row.roleProperty().addListener(refresh);
                row.answers().addListener(refresh);
                refresh();
                setGraphic(button);
            }

            private void refresh() {
                if (row == null) {
                    return;
                }
                List<String> labels = model.answerLabels(row);
                button.setVisible(row.roleProperty().get() == SurveyColumnRole.QUESTION);
                long scored = labels.stream().filter(l -> row.answers().keySet().stream()
                        .anyMatch(k -> k.equalsIgnoreCase(l))).count();
                button.setText(labels.isEmpty() ? "Numbers" : scored + " of " + labels.size() + " labels…");
                button.setDisable(labels.isEmpty());
            }
        });
        return column;
    }
}
