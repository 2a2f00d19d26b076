package org.valuebench.ui.library;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.valuebench.domain.CanvasSummary;
import org.valuebench.ui.fx.Icons;
import org.valuebench.ui.workbench.WorkbenchViewModel;

/** The canvas library on the left: search, the list, and new / duplicate / rename / delete. */
public final class LibraryView extends VBox {
    private final LibraryViewModel model;
    private final ListView<CanvasSummary> list = new ListView<>();
    private boolean syncing;

    public LibraryView(LibraryViewModel model, WorkbenchViewModel workbench) {
        this.model = model;
        setId("libraryPane");
        getStyleClass().add("library-pane");

        Label heading = new Label("Canvases");
        heading.getStyleClass().add("pane-title");
        TextField search = new TextField();
        search.setId("librarySearch");
        search.setPromptText("Search canvases");
        search.setTooltip(new Tooltip("Filters by canvas name or customer segment"));
        search.textProperty().bindBidirectional(model.searchProperty());

        list.setId("library");
        list.setItems(model.canvases());
        list.setCellFactory(v -> new SummaryCell());
        list.setPlaceholder(new Label("No canvases yet"));
        VBox.setVgrow(list, Priority.ALWAYS);
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (!syncing && now != null) {
                model.open(now);
            }
        });
        workbench.revisionProperty().addListener((obs, old, now) -> syncSelection(workbench));
        model.canvases().addListener((javafx.collections.ListChangeListener<CanvasSummary>) c -> syncSelection(workbench));

        Button add = button("newCanvasButton", Feather.PLUS, "New canvas (Ctrl+N)", model::newCanvas);
        Button duplicate = button("duplicateCanvasButton", Feather.COPY, "Duplicate canvas", model::duplicate);
        Button rename = button("renameCanvasButton", Feather.EDIT_2, "Rename canvas…", model::rename);
        Button delete = button("deleteCanvasButton", Feather.TRASH_2, "Delete canvas…", model::delete);
        var noCanvas = workbench.canvasProperty().isNull();
        duplicate.disableProperty().bind(noCanvas);
        rename.disableProperty().bind(noCanvas);
        delete.disableProperty().bind(noCanvas);
        HBox buttons = new HBox(6, add, duplicate, rename, delete);
        buttons.getStyleClass().add("library-buttons");

        MenuItem newItem = new MenuItem("New canvas", Icons.small(Feather.PLUS));
        newItem.setOnAction(e -> model.newCanvas());
        MenuItem duplicateItem = new MenuItem("Duplicate", Icons.small(Feather.COPY));
        duplicateItem.setOnAction(e -> model.duplicate());
        MenuItem renameItem = new MenuItem("Rename…", Icons.small(Feather.EDIT_2));
        renameItem.setOnAction(e -> model.rename());
        MenuItem deleteItem = new MenuItem("Delete…", Icons.small(Feather.TRASH_2));
        deleteItem.setOnAction(e -> model.delete());
        list.setContextMenu(new ContextMenu(newItem, duplicateItem, renameItem, deleteItem));

        syncSelection(workbench);
        setSpacing(8);
        setPadding(new Insets(12));
        getChildren().addAll(heading, search, buttons, list);
    }

    private static Button button(String id, Feather icon, String tip, Runnable action) {
        Button b = new Button(null, Icons.of(icon));
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        return b;
    }

    /** Selects the shown canvas in the list without treating it as the user's choice. */
    private void syncSelection(WorkbenchViewModel workbench) {
        long shown = workbench.canvasId();
        syncing = true;
        try {
            CanvasSummary match = model.canvases().stream().filter(c -> c.id() == shown).findFirst().orElse(null);
            if (match == null) {
                list.getSelectionModel().clearSelection();
            } else if (list.getSelectionModel().getSelectedItem() != match) {
                list.getSelectionModel().select(match);
                list.scrollTo(match);
            }
        } finally {
            syncing = false;
        }
    }

    private static final class SummaryCell extends ListCell<CanvasSummary> {
        private final Label name = new Label();
        private final Label detail = new Label();
        private final VBox box = new VBox(2, name, detail);

        private final Tooltip tip = new Tooltip();

        SummaryCell() {
            name.getStyleClass().add("library-name");
            name.setWrapText(true);
            // The segment and the counts keep one line each; the tooltip has the whole segment.
            detail.setWrapText(false);
            setPrefWidth(0);
            // The list asks a cell for its height without a width, so a wrapping label would measure one line
            // and be cut ("Best-in-class ..."): give the labels the cell's inner width to wrap at.
            DoubleBinding inner = Bindings.createDoubleBinding(
                    () -> getWidth() <= 0 ? Region.USE_COMPUTED_SIZE
                            : Math.max(0, getWidth() - snappedLeftInset() - snappedRightInset()),
                    widthProperty(), paddingProperty());
            name.prefWidthProperty().bind(inner);
            tip.setWrapText(true);
            tip.setMaxWidth(360);
            detail.getStyleClass().add("library-detail");
            box.getStyleClass().add("library-cell");
        }

        @Override
        protected void updateItem(CanvasSummary item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                setTooltip(null);
                return;
            }
            name.setText(item.name());
            String segment = item.segment().isEmpty() ? "" : item.segment() + "\n";
            tip.setText(item.segment().isEmpty() ? item.name() : item.name() + "\nFor " + item.segment());
            setTooltip(tip);
            detail.setText(segment + detailText(item, java.time.ZoneId.systemDefault()));
            setGraphic(box);
            setText(null);
        }
    }

    /** "24 items · 12 links", and a line "Last workshop 2026-03-04" once the canvas has had one. */
    static String detailText(CanvasSummary item, java.time.ZoneId zone) {
        String text = item.items() + (item.items() == 1 ? " item" : " items") + " · " + item.links()
                + (item.links() == 1 ? " link" : " links");
        return item.lastWorkshop().map(when -> text + "\nLast workshop "
                + java.time.LocalDate.ofInstant(when, zone)).orElse(text);
    }

    /** The canvas list, for features that add to its context menu (Compare with…). */
    public ListView<CanvasSummary> list() {
        return list;
    }
}
