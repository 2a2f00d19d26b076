package org.valuebench.ui.shell;

import java.util.function.Consumer;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.valuebench.ui.board.CanvasBoard;
import org.valuebench.ui.exchange.ExchangeViewModel;
import org.valuebench.ui.fx.Icons;
import org.valuebench.ui.library.LibraryViewModel;
import org.valuebench.ui.workbench.WorkbenchViewModel;

/** The menu bar (File, Edit, View) and the toolbar under it, bound to the window's models. */
final class MainMenus {
    static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    private static final KeyCombination EXPORT_PDF = new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination EXPORT_JSON = new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    private static final KeyCombination IMPORT = new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN);
    private final WorkbenchViewModel model;
    private final LibraryViewModel library;
    private final ExchangeViewModel exchange;
    private final CanvasBoard board;
    private final Runnable quit;
    private final Runnable showLogFolder;
    private final Consumer<Boolean> showLibrary;
    private final Consumer<Boolean> showDetails;
    private final BooleanProperty fullScreen;

    /**
     * @param showLibrary shows or hides the library beside the tabs (View ▸ Canvas library)
     * @param showDetails shows or hides the details beside the board (View ▸ Details)
     * @param showLogFolder opens the folder of the program's log (Help ▸ Show log folder)
     * @param fullScreen whether the window fills the screen without its chrome (View ▸ Full screen, F11)
     */
    MainMenus(WorkbenchViewModel model, LibraryViewModel library, ExchangeViewModel exchange, CanvasBoard board,
              Runnable quit, Runnable showLogFolder, Consumer<Boolean> showLibrary, Consumer<Boolean> showDetails,
              BooleanProperty fullScreen) {
        this.model = model;
        this.library = library;
        this.exchange = exchange;
        this.board = board;
        this.quit = quit;
        this.showLogFolder = showLogFolder;
        this.showLibrary = showLibrary;
        this.showDetails = showDetails;
        this.fullScreen = fullScreen;
    }

    /** Menu bar and toolbar; built once the theme exists, since View > Dark theme drives it. */
    Node build(Theme theme) {
        MenuBar bar = new MenuBar(fileMenu(), editMenu(), viewMenu(theme), helpMenu());
        bar.setId("menuBar");
        return new VBox(bar, toolBar(theme));
    }

    private BooleanBinding noCanvas() {
        return model.canvasProperty().isNull();
    }

    private BooleanBinding notReady() {
        return model.phaseProperty().isNotEqualTo(WorkbenchViewModel.Phase.READY);
    }

    private Menu fileMenu() {
        MenuItem newWorkspace = item("New workspace…", Feather.FILE_PLUS, null, model::chooseNewWorkspace);
        MenuItem openWorkspace = item("Open workspace…", Feather.FOLDER,
                new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN), model::chooseWorkspaceToOpen);
        MenuItem newCanvas = item("New canvas", Feather.PLUS,
                new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), library::newCanvas);
        MenuItem duplicate = item("Duplicate canvas", Feather.COPY,
                new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN), library::duplicate);
        MenuItem rename = item("Rename canvas…", Feather.EDIT_2, null, library::rename);
        MenuItem deleteCanvas = item("Delete canvas…", Feather.TRASH_2, null, library::delete);
        MenuItem quitItem = item("Quit", Feather.LOG_OUT, new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN),
                quit);
        duplicate.disableProperty().bind(noCanvas());
        rename.disableProperty().bind(noCanvas());
        deleteCanvas.disableProperty().bind(noCanvas());
        newCanvas.disableProperty().bind(notReady());
        MenuItem importJson = item("Import JSON…", Feather.DOWNLOAD, IMPORT, exchange::importCanvas);
        importJson.setId("menuImportJson");
        importJson.disableProperty().bind(notReady());
        Menu file = new Menu("_File", null, newWorkspace, openWorkspace, connectToTeam(), openRecent(),
                new SeparatorMenuItem(), newCanvas, duplicate,
                rename, deleteCanvas, new SeparatorMenuItem(), importJson, exportMenu(), new SeparatorMenuItem(),
                quitItem);
        file.setId("menuFile");
        return file;
    }

    /** File ▸ Connect to team workspace… (a PostgreSQL server). */
    private MenuItem connectToTeam() {
        MenuItem connect = item("Connect to team workspace…", Feather.SERVER, null, model::connectToTeam);
        connect.setId("menuConnectTeam");
        return connect;
    }

    /** File ▸ Open recent: filled from the list each time it opens, newest first. */
    private Menu openRecent() {
        Menu recent = new Menu("Open recent", Icons.small(Feather.CLOCK));
        recent.setId("menuOpenRecent");
        MenuItem none = new MenuItem("No recent workspaces");
        none.setDisable(true);
        recent.getItems().setAll(none);
        recent.setOnShowing(e -> {
            if (model.recentWorkspaces().isEmpty()) {
                recent.getItems().setAll(none);
                return;
            }
            recent.getItems().setAll(model.recentWorkspaces().stream().map(entry -> {
                MenuItem open = new MenuItem(entry);
                open.setMnemonicParsing(false);
                open.setOnAction(a -> model.openRecent(entry));
                return open;
            }).toList());
        });
        return recent;
    }

    private Menu exportMenu() {
        Menu export = new Menu("Export", Icons.small(Feather.SHARE),
                exportItem("PDF…", Feather.FILE_TEXT, "menuExportPdf", EXPORT_PDF, exchange::exportPdf),
                exportItem("JSON…", Feather.CODE, "menuExportJson", EXPORT_JSON, exchange::exportJson),
                exportItem("PNG…", Feather.IMAGE, "menuExportPng", null, exchange::exportPng),
                exportItem("Markdown…", Feather.HASH, "menuExportMarkdown", null, exchange::exportMarkdown));
        export.setId("menuExport");
        export.disableProperty().bind(noCanvas().or(exchange.exportingProperty()));
        return export;
    }

    private Menu editMenu() {
        MenuItem undo = item("Undo", Feather.CORNER_UP_LEFT, UNDO, model::undo);
        undo.textProperty().bind(model.undoTextProperty());
        undo.disableProperty().bind(model.canUndoProperty().not());
        MenuItem redo = item("Redo", Feather.CORNER_UP_RIGHT, REDO, model::redo);
        redo.textProperty().bind(model.redoTextProperty());
        redo.disableProperty().bind(model.canRedoProperty().not());
        MenuItem delete = item("Delete card", Feather.X, null, board::deleteSelected);
        delete.disableProperty().bind(model.selectedItemIdProperty().isEqualTo(0));
        return new Menu("_Edit", null, undo, redo, new SeparatorMenuItem(), delete);
    }

    private Menu viewMenu(Theme theme) {
        CheckMenuItem darkItem = new CheckMenuItem("Dark theme");
        darkItem.selectedProperty().bindBidirectional(theme.darkProperty());
        CheckMenuItem libraryItem = new CheckMenuItem("Canvas library");
        libraryItem.setId("menuLibrary");
        libraryItem.setSelected(true);
        libraryItem.setAccelerator(new KeyCodeCombination(KeyCode.F9));
        libraryItem.selectedProperty().addListener((obs, was, now) -> showLibrary.accept(now));
        CheckMenuItem detailsItem = new CheckMenuItem("Details");
        detailsItem.setId("menuDetails");
        detailsItem.setSelected(true);
        detailsItem.setAccelerator(new KeyCodeCombination(KeyCode.F10));
        detailsItem.selectedProperty().addListener((obs, was, now) -> showDetails.accept(now));
        CheckMenuItem marksItem = new CheckMenuItem("Show fit marks");
        marksItem.setId("menuShowFitMarks");
        marksItem.selectedProperty().bindBidirectional(board.showFitMarksProperty());
        CheckMenuItem fullScreenItem = new CheckMenuItem("Full screen");
        fullScreenItem.setId("menuFullScreen");
        fullScreenItem.setAccelerator(new KeyCodeCombination(KeyCode.F11));
        fullScreenItem.selectedProperty().bindBidirectional(fullScreen);
        return new Menu("_View", null, darkItem, new SeparatorMenuItem(), libraryItem, detailsItem,
                new SeparatorMenuItem(), marksItem, zoomMenu(), fullScreenItem);
    }

    /** View ▸ Zoom; the scene's key filter ({@link BoardZoomKeys}) also takes the other keys that mean the same. */
    private Menu zoomMenu() {
        MenuItem in = item("Zoom in", Feather.ZOOM_IN, BoardZoomKeys.ZOOM_IN, board.zoom()::zoomIn);
        in.setId("menuZoomIn");
        MenuItem out = item("Zoom out", Feather.ZOOM_OUT, BoardZoomKeys.ZOOM_OUT, board.zoom()::zoomOut);
        out.setId("menuZoomOut");
        MenuItem actual = item("Actual size", Feather.MAXIMIZE_2, BoardZoomKeys.ACTUAL_SIZE, board.zoom()::actualSize);
        actual.setId("menuZoomActual");
        MenuItem fit = item("Fit canvas to window", Feather.MINIMIZE_2, null, board::fitToWindow);
        fit.setId("menuZoomFit");
        fit.disableProperty().bind(noCanvas());
        Menu zoom = new Menu("Zoom", Icons.small(Feather.ZOOM_IN), in, out, actual, new SeparatorMenuItem(), fit);
        zoom.setId("menuZoom");
        return zoom;
    }

    private Menu helpMenu() {
        MenuItem logFolder = item("Show log folder", Feather.FOLDER, null, showLogFolder);
        logFolder.setId("menuShowLogFolder");
        Menu help = new Menu("_Help", null, logFolder);
        help.setId("menuHelp");
        return help;
    }

    private ToolBar toolBar(Theme theme) {
        Button newButton = toolButton("toolNewCanvas", Feather.PLUS, "New canvas (Ctrl+N)", library::newCanvas);
        newButton.disableProperty().bind(notReady());
        Button duplicateButton = toolButton("toolDuplicate", Feather.COPY, "Duplicate canvas (Ctrl+D)",
                library::duplicate);
        duplicateButton.disableProperty().bind(noCanvas());
        Button undoButton = toolButton("undoButton", Feather.CORNER_UP_LEFT, "Undo (Ctrl+Z)", model::undo);
        undoButton.disableProperty().bind(model.canUndoProperty().not());
        undoButton.tooltipProperty().get().textProperty().bind(model.undoTextProperty().concat("  (Ctrl+Z)"));
        Button redoButton = toolButton("redoButton", Feather.CORNER_UP_RIGHT, "Redo (Ctrl+Shift+Z or Ctrl+Y)", model::redo);
        redoButton.disableProperty().bind(model.canRedoProperty().not());
        redoButton.tooltipProperty().get().textProperty().bind(model.redoTextProperty().concat("  (Ctrl+Shift+Z or Ctrl+Y)"));
        Button deleteButton = toolButton("toolDeleteCard", Feather.TRASH, "Delete the selected card (Del)",
                board::deleteSelected);
        deleteButton.disableProperty().bind(model.selectedItemIdProperty().isEqualTo(0));
        ToggleButton darkButton = new ToggleButton(null, Icons.of(Feather.MOON));
        darkButton.setId("toolDarkTheme");
        darkButton.setTooltip(new Tooltip("Dark theme"));
        darkButton.selectedProperty().bindBidirectional(theme.darkProperty());
        ToolBar toolBar = new ToolBar(newButton, duplicateButton, new Separator(Orientation.VERTICAL), undoButton, redoButton,
                new Separator(Orientation.VERTICAL), deleteButton, new Separator(Orientation.VERTICAL), darkButton);
        toolBar.setId("toolBar");
        return toolBar;
    }

    private MenuItem exportItem(String text, Feather icon, String id, KeyCombination accelerator, Runnable action) {
        MenuItem item = new MenuItem(text, Icons.small(icon));
        item.setId(id);
        item.setAccelerator(accelerator);
        item.setOnAction(e -> action.run());
        // Disabled with its menu too; the accelerator alone would otherwise still fire.
        item.disableProperty().bind(noCanvas().or(exchange.exportingProperty()));
        return item;
    }

    private static MenuItem item(String text, Feather icon, KeyCombination accelerator, Runnable action) {
        MenuItem item = new MenuItem(text, Icons.small(icon));
        item.setAccelerator(accelerator);
        item.setOnAction(e -> action.run());
        return item;
    }

    private static Button toolButton(String id, Feather icon, String tip, Runnable action) {
        Button button = new Button(null, Icons.of(icon));
        button.setId(id);
        button.setTooltip(new Tooltip(tip));
        button.setOnAction(e -> action.run());
        button.setFocusTraversable(false);
        return button;
    }
}
