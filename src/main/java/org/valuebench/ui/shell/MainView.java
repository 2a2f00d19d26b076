package org.valuebench.ui.shell;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;
import org.kordamp.ikonli.feather.Feather;
import org.valuebench.ui.board.CanvasBoard;
import org.valuebench.ui.details.DetailsView;
import org.valuebench.ui.details.DetailsViewModel;
import org.valuebench.ui.exchange.ExchangeViewModel;
import org.valuebench.ui.exchange.ExportNotification;
import org.valuebench.ui.exchange.FileDropHandler;
import org.valuebench.ui.fx.Icons;
import org.valuebench.ui.library.LibraryView;
import org.valuebench.ui.library.LibraryViewModel;
import org.valuebench.ui.workbench.WorkbenchViewModel;

/**
 * The whole window: menu bar and toolbar, the library on the left, the tabs in the centre (the canvas board
 * first, with the details of the selected card on its right; later tabs go beside it) and the status bar.
 */
public final class MainView extends BorderPane {
    private static final KeyCombination REDO_Y = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);
    private static final double LIBRARY_WIDTH = 260;
    private static final double DETAILS_WIDTH = 295;
    private final WorkbenchViewModel model;
    private final LibraryViewModel library;
    private final ExchangeViewModel exchange;
    private final CanvasBoard board;
    private final DetailsView details;
    /** Beside the board: the details alone, or tabs of the details and the panels added by features (History). */
    private Node side;
    private final TabPane tabs = new TabPane();
    private final LibraryView libraryView;
    private final SplitPane split;
    /** The Canvas tab: the board and, beside it, the details of the selected card. */
    private final SplitPane canvasSplit;
    private final Runnable quit;
    private final Runnable showLogFolder;
    private final BooleanProperty fullScreen = new SimpleBooleanProperty(this, "fullScreen");

    public MainView(WorkbenchViewModel model, LibraryViewModel library, DetailsViewModel details, ExchangeViewModel exchange,
             Runnable quit, Runnable showLogFolder) {
        this.model = model;
        this.library = library;
        this.exchange = exchange;
        this.quit = quit;
        this.showLogFolder = showLogFolder;
        setId("mainWindow");
        getStyleClass().add("main-window");
        this.board = new CanvasBoard(model);
        this.details = new DetailsView(details);
        this.libraryView = new LibraryView(library, model);

        side = this.details;
        canvasSplit = canvasSplit(centre(), this.details);
        tabs.setId("mainTabs");
        tabs.getTabs().add(canvasTab(canvasSplit));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        split = mainSplit(libraryView, tabs);
        this.details.setMinWidth(250);
        StackPane layers = new StackPane(split);
        ExportNotification.install(layers, exchange);
        VBox.setVgrow(layers, Priority.ALWAYS);
        setCenter(new VBox(readOnlyBanner(), layers));
        setBottom(new StatusBar(model, exchange));
        libraryView.disableProperty().bind(model.phaseProperty().isNotEqualTo(WorkbenchViewModel.Phase.READY));
        this.details.disableProperty().bind(model.phaseProperty().isNotEqualTo(WorkbenchViewModel.Phase.READY));

        model.createdCanvasProperty().addListener((obs, old, now) -> focusCanvasName());
    }

    /**
     * The board beside the details. The details belong to the Canvas tab, not beside the tabs: every tab then keeps
     * one width, so switching tabs lays out nothing anew (the other tabs edit no cards and would hide the pane anyway).
     */
    private static SplitPane canvasSplit(Node board, Node details) {
        SplitPane canvasSplit = new SplitPane(board, details);
        canvasSplit.setId("canvasSplit");
        canvasSplit.widthProperty().addListener((obs, old, now) -> {
            if (old.doubleValue() == 0 && now.doubleValue() > 0) {
                canvasSplit.setDividerPositions(1 - DETAILS_WIDTH / now.doubleValue());
            }
        });
        SplitPane.setResizableWithParent(details, false);
        return canvasSplit;
    }

    private static Tab canvasTab(SplitPane canvasSplit) {
        Tab canvasTab = new Tab("Canvas", canvasSplit);
        canvasTab.setId("canvasTab");
        canvasTab.setClosable(false);
        return canvasTab;
    }

    /** The library beside the tabs, at a fixed width in pixels: the board gets all the rest, whatever the window size. */
    private static SplitPane mainSplit(LibraryView libraryView, TabPane tabs) {
        SplitPane split = new SplitPane(libraryView, tabs);
        split.setId("mainSplit");
        split.widthProperty().addListener((obs, old, now) -> {
            if (old.doubleValue() == 0 && now.doubleValue() > 0) {
                split.setDividerPositions(LIBRARY_WIDTH / now.doubleValue());
            }
        });
        SplitPane.setResizableWithParent(libraryView, false);
        libraryView.setMinWidth(170);
        return split;
    }

    /** Across the top while the workspace cannot be changed: why, naming the file, and what to do. */
    private Label readOnlyBanner() {
        Label banner = new Label(null, Icons.of(Feather.LOCK));
        banner.setId("readOnlyBanner");
        banner.getStyleClass().add("read-only-banner");
        banner.setWrapText(true);
        banner.setMaxWidth(Double.MAX_VALUE);
        banner.textProperty().bind(model.readOnlyReasonProperty());
        banner.visibleProperty().bind(model.readOnlyReasonProperty().isNotEmpty());
        banner.managedProperty().bind(banner.visibleProperty());
        return banner;
    }

    /** The board, or what to show instead: opening, an empty workspace, or a refused file. */
    private Node centre() {
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(36, 36);
        Label opening = new Label();
        opening.textProperty().bind(model.openingTitleProperty());
        opening.getStyleClass().add("placeholder-title");
        Label openingDetail = new Label();
        openingDetail.setId("openingDetail");
        openingDetail.textProperty().bind(model.openingDetailProperty());
        openingDetail.getStyleClass().add("placeholder-text");
        openingDetail.setWrapText(true);
        openingDetail.setMaxWidth(520);
        openingDetail.setTextAlignment(TextAlignment.CENTER);
        openingDetail.visibleProperty().bind(model.openingDetailProperty().isNotEmpty());
        VBox openingBox = new VBox(12, progress, opening, openingDetail);
        openingBox.setId("openingState");
        openingBox.setAlignment(Pos.CENTER);

        Label emptyTitle = new Label("No canvas yet");
        emptyTitle.getStyleClass().add("placeholder-title");
        Label emptyText = new Label("A canvas holds one offering and the customer it is for.");
        emptyText.getStyleClass().add("placeholder-text");
        Button create = new Button("New canvas", Icons.of(Feather.PLUS));
        create.setId("emptyNewCanvas");
        create.getStyleClass().add("accent");
        create.setOnAction(e -> library.newCanvas());
        VBox emptyBox = new VBox(12, emptyTitle, emptyText, create);
        emptyBox.setId("emptyState");
        emptyBox.setAlignment(Pos.CENTER);

        Label refusedTitle = new Label("This workspace cannot be opened");
        refusedTitle.getStyleClass().add("placeholder-title");
        Label refusedText = new Label();
        refusedText.setId("refusalMessage");
        refusedText.getStyleClass().add("placeholder-text");
        refusedText.setWrapText(true);
        refusedText.setMaxWidth(560);
        refusedText.textProperty().bind(model.refusalProperty());
        Button open = new Button("Open workspace…", Icons.of(Feather.FOLDER));
        open.setId("refusedOpen");
        open.setOnAction(e -> model.chooseWorkspaceToOpen());
        Button fresh = new Button("New workspace…", Icons.of(Feather.FILE_PLUS));
        fresh.setId("refusedNew");
        fresh.setOnAction(e -> model.chooseNewWorkspace());
        Button quitButton = new Button("Quit");
        quitButton.setId("refusedQuit");
        quitButton.setOnAction(e -> quit.run());
        HBox buttons = new HBox(8, open, fresh, quitButton);
        buttons.setAlignment(Pos.CENTER);
        VBox refusedBox = new VBox(14, Icons.of(Feather.ALERT_TRIANGLE), refusedTitle, refusedText, buttons);
        refusedBox.setId("refusedState");
        refusedBox.setAlignment(Pos.CENTER);
        refusedBox.getStyleClass().add("refused-state");

        var phase = model.phaseProperty();
        openingBox.visibleProperty().bind(phase.isEqualTo(WorkbenchViewModel.Phase.OPENING));
        refusedBox.visibleProperty().bind(phase.isEqualTo(WorkbenchViewModel.Phase.REFUSED));
        var ready = phase.isEqualTo(WorkbenchViewModel.Phase.READY);
        emptyBox.visibleProperty().bind(ready.and(model.canvasProperty().isNull()));
        board.visibleProperty().bind(ready.and(model.canvasProperty().isNotNull()));
        StackPane centre = new StackPane(board, openingBox, emptyBox, refusedBox);
        centre.getStyleClass().add("centre");
        return centre;
    }

    /**
     * Hides or shows a side pane of {@code in} (first or last, at its usual width), so the board can have the whole
     * width on a projector.
     */
    private static void showSide(SplitPane in, Node pane, boolean show, boolean first, double width) {
        if (show == in.getItems().contains(pane)) {
            return;
        }
        if (!show) {
            in.getItems().remove(pane);
        } else if (first) {
            in.getItems().add(0, pane);
            in.setDividerPosition(0, width / in.getWidth());
        } else {
            in.getItems().add(pane);
            in.setDividerPosition(in.getItems().size() - 2, 1 - width / in.getWidth());
        }
    }

    /** The library's canvas list, for features that add to its context menu. */
    public javafx.scene.control.ListView<org.valuebench.domain.CanvasSummary> libraryList() {
        return libraryView.list();
    }

    public CanvasBoard board() {
        return board;
    }

    /** View ▸ Show fit marks, for the window to remember. */
    public javafx.beans.property.BooleanProperty showFitMarksProperty() {
        return board.showFitMarksProperty();
    }

    public TabPane tabs() {
        return tabs;
    }

    /** Menu bar and toolbar; built once the theme exists, since View > Dark theme drives it. */
    public Node menusAndToolbar(Theme theme) {
        return new MainMenus(model, library, exchange, board, quit, showLogFolder,
                show -> showSide(split, libraryView, show, true, LIBRARY_WIDTH),
                show -> showSide(canvasSplit, side, show, false, DETAILS_WIDTH), fullScreen).build(theme);
    }

    /**
     * Adds a panel as a tab beside the Details, which become the first tab (View ▸ Details shows or hides them all).
     * Returns the tab pane, so the feature can bring its tab forward.
     */
    public TabPane addSideTab(Tab tab) {
        if (!(side instanceof TabPane)) {
            TabPane sideTabs = new TabPane();
            sideTabs.setId("sideTabs");
            sideTabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
            sideTabs.setMinWidth(details.getMinWidth());
            SplitPane.setResizableWithParent(sideTabs, false);
            int at = canvasSplit.getItems().indexOf(details);
            double[] dividers = canvasSplit.getDividerPositions();
            if (at >= 0) {
                canvasSplit.getItems().set(at, sideTabs);
                canvasSplit.setDividerPositions(dividers);
            }
            // Wrapped: a tab sets its content's disable, which the details bind to the workspace being ready.
            Tab detailsTab = new Tab("Details", new StackPane(details));
            detailsTab.setId("detailsTab");
            sideTabs.getTabs().add(detailsTab);
            side = sideTabs;
        }
        TabPane sideTabs = (TabPane) side;
        tab.setClosable(false);
        sideTabs.getTabs().add(tab);
        return sideTabs;
    }

    /** Whether the window fills the screen without its chrome; the window keeps its stage in step both ways. */
    public BooleanProperty fullScreenProperty() {
        return fullScreen;
    }

    /**
     * Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y undo and redo workspace edits, except in a text field holding typing
     * not yet committed, where they undo the typing as usual. The board's zoom keys are installed here too.
     */
    public void installUndoKeys(Scene scene) {
        BoardZoomKeys.install(scene, board.zoom(), () -> tabs.getSelectionModel().getSelectedIndex() == 0);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            boolean undo = MainMenus.UNDO.match(e);
            boolean redo = MainMenus.REDO.match(e) || REDO_Y.match(e);
            if (!undo && !redo) {
                return;
            }
            Node focus = scene.getFocusOwner();
            if (focus instanceof TextInputControl text && !isClean(text)) {
                return;
            }
            e.consume();
            if (redo) {
                model.redo();
            } else {
                model.undo();
            }
        });
    }

    /**
     * Files dragged from the desktop onto any part of the window go to {@code drops}, which imports what it
     * knows and names the rest. Handled after the drop completes, so its alerts never open inside the
     * platform's drag and drop.
     */
    public void installFileDrop(Scene scene, FileDropHandler drops) {
        scene.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
                if (!getStyleClass().contains("file-drop")) {
                    getStyleClass().add("file-drop");
                }
                e.consume();
            }
        });
        scene.addEventHandler(DragEvent.DRAG_EXITED_TARGET, e -> getStyleClass().remove("file-drop"));
        scene.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            getStyleClass().remove("file-drop");
            if (!e.getDragboard().hasFiles()) {
                return;
            }
            List<Path> files = e.getDragboard().getFiles().stream().map(File::toPath).toList();
            e.setDropCompleted(true);
            e.consume();
            Platform.runLater(() -> drops.drop(files));
        });
    }

    private static boolean isClean(TextInputControl text) {
        Object clean = text.getProperties().get(DetailsView.CLEAN);
        if (clean instanceof BooleanSupplier supplier) {
            return supplier.getAsBoolean();
        }
        return text.getText() == null || text.getText().isEmpty();
    }

    private void focusCanvasName() {
        if (side instanceof TabPane sideTabs) {
            sideTabs.getSelectionModel().select(0); // the new canvas's name is typed in the Details
        }
        Node name = details.lookup("#canvasName");
        if (name instanceof TextInputControl field) {
            model.select(0);
            field.requestFocus();
            field.selectAll();
        }
    }
}
