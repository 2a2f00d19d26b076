package org.valuebench.ui.history;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.valuebench.domain.history.CanvasVersion;
import org.valuebench.ui.fx.Icons;

/**
 * The History panel beside the Details: the shown canvas's versions, newest first, and what can be done with the
 * selected one (also on each row's context menu).
 */
final class HistoryView extends VBox {
    private final HistoryViewModel model;
    private final ZoneId zone;
    private final ListView<CanvasVersion> list;

    HistoryView(HistoryViewModel model, ZoneId zone) {
        super(8);
        this.model = model;
        this.zone = zone;
        setId("historyPanel");
        getStyleClass().add("history-panel");
        setPadding(new Insets(10));
        Label heading = new Label("Versions of this canvas");
        heading.getStyleClass().add("section-title");
        list = new ListView<>(model.versions());
        list.setId("historyList");
        Label empty = new Label(model.emptyText());
        empty.setId("historyEmpty");
        empty.setWrapText(true);
        empty.getStyleClass().add("placeholder-text");
        empty.setPadding(new Insets(8));
        list.setPlaceholder(empty);
        list.setCellFactory(v -> new VersionCell());
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(heading, list, actions());
    }

    /** The buttons for the selected version; they wrap onto a second line in a narrow panel. */
    private FlowPane actions() {
        BooleanBinding none = list.getSelectionModel().selectedItemProperty().isNull();
        FlowPane buttons = new FlowPane(6, 6,
                button("historyCompareNow", "Compare with now", Feather.COLUMNS, none, model::compareWithNow),
                button("historyCompareWith", "Compare with…", Feather.GIT_PULL_REQUEST, none, this::compareWith),
                button("historyDelete", "Delete…", Feather.TRASH_2, none, model::delete));
        buttons.setId("historyActions");
        return buttons;
    }

    private Button button(String id, String text, Feather icon, BooleanBinding disabled,
                          Consumer<CanvasVersion> action) {
        Button button = new Button(text, Icons.small(icon));
        button.setId(id);
        button.disableProperty().bind(disabled);
        button.setOnAction(e -> selected().ifPresent(action));
        return button;
    }

    /** Adds an action on the selected version (Restore, Open as new canvas) before Delete. */
    void addAction(String id, String text, Feather icon, Consumer<CanvasVersion> action) {
        FlowPane buttons = (FlowPane) getChildren().get(2);
        buttons.getChildren().add(buttons.getChildren().size() - 1, button(id, text, icon,
                list.getSelectionModel().selectedItemProperty().isNull(), action));
    }

    private Optional<CanvasVersion> selected() {
        return Optional.ofNullable(list.getSelectionModel().getSelectedItem());
    }

    /** Asks which other version to compare with (newest first), then compares the earlier with the later. */
    private void compareWith(CanvasVersion version) {
        List<CanvasVersion> others = model.versions().stream().filter(v -> v.id() != version.id()).toList();
        if (others.isEmpty()) {
            model.compareWithNow(version);
            return;
        }
        ChoiceDialog<CanvasVersion> dialog = new ChoiceDialog<>(others.get(0), others);
        dialog.setTitle("Compare with…");
        dialog.setHeaderText("Compare version " + version.number() + " \u201c" + version.name() + "\u201d with");
        dialog.setContentText("Version");
        if (getScene() != null) {
            dialog.initOwner(getScene().getWindow());
        }
        dialog.getDialogPane().lookupAll(".combo-box").forEach(n -> {
            if (n instanceof javafx.scene.control.ComboBox<?> box) {
                @SuppressWarnings("unchecked")
                javafx.scene.control.ComboBox<CanvasVersion> versions = (javafx.scene.control.ComboBox<CanvasVersion>) box;
                versions.setConverter(new StringConverter<>() {
                    @Override
                    public String toString(CanvasVersion v) {
                        return v == null ? "" : v.number() + " · " + VersionRows.heading(v, zone);
                    }

                    @Override
                    public CanvasVersion fromString(String text) {
                        return null;
                    }
                });
            }
        });
        dialog.showAndWait().ifPresent(other -> model.compareWith(version, other));
    }

    /** A row: time, name and author on the first line; what changed since the version before under it. */
    private final class VersionCell extends ListCell<CanvasVersion> {
        private final Label heading = new Label();
        private final Label detail = new Label();
        private final VBox box = new VBox(2, heading, detail);

        VersionCell() {
            heading.getStyleClass().add("version-heading");
            heading.setStyle("-fx-font-weight: bold;");
            detail.getStyleClass().add("version-detail");
            detail.setWrapText(true);
            heading.setWrapText(true);
            // Wrapped within the list's width, not the longest summary's.
            box.maxWidthProperty().bind(list.widthProperty().subtract(30));
            for (Label label : List.of(heading, detail)) {
                label.prefWidthProperty().bind(box.maxWidthProperty());
                label.setMinHeight(Region.USE_PREF_SIZE);
            }
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(CanvasVersion version, boolean empty) {
            super.updateItem(version, empty);
            if (empty || version == null) {
                setGraphic(null);
                setContextMenu(null);
                return;
            }
            heading.setText(VersionRows.heading(version, zone));
            detail.setText(VersionRows.detail(version));
            setGraphic(box);
            setContextMenu(menu(version));
        }

        private ContextMenu menu(CanvasVersion version) {
            MenuItem now = new MenuItem("Compare with now");
            now.setOnAction(e -> model.compareWithNow(version));
            MenuItem with = new MenuItem("Compare with…");
            with.setOnAction(e -> compareWith(version));
            MenuItem restore = new MenuItem("Restore");
            restore.setOnAction(e -> model.restore(version));
            MenuItem open = new MenuItem("Open as new canvas");
            open.setOnAction(e -> model.openAsNewCanvas(version));
            MenuItem delete = new MenuItem("Delete…");
            delete.setOnAction(e -> model.delete(version));
            return new ContextMenu(now, with, new SeparatorMenuItem(), restore, open, new SeparatorMenuItem(), delete);
        }
    }
}
