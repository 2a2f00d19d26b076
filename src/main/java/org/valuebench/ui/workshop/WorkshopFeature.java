package org.valuebench.ui.workshop;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.kordamp.ikonli.feather.Feather;
import org.valuebench.app.join.RoomControl;
import org.valuebench.app.join.WorkshopAccess;
import org.valuebench.ui.fx.Icons;
import org.valuebench.ui.shell.MainView;
import org.valuebench.ui.workbench.WorkbenchViewModel;
import org.valuebench.ui.workshop.join.JoiningBar;
import org.valuebench.ui.workshop.join.JoiningDialogs;
import org.valuebench.ui.workshop.join.JoiningViewModel;

/**
 * Workshop mode in the main window: the Workshop menu and toolbar button, and the console bar under the toolbar
 * while a workshop runs. Opening a workspace with a workshop left running offers to resume it.
 */
public final class WorkshopFeature {
    static final KeyCombination START = new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    static final KeyCombination PRESENT = new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    private final WorkshopViewModel console;
    private Menu menu;
    private VBox consoleBar;
    private JoiningViewModel joining;
    private ZoneId joiningZone;

    private WorkshopFeature(WorkshopViewModel console) {
        this.console = console;
    }

    /**
     * Adds Workshop ▸ Presentation window… (Ctrl+Shift+P): the projector's window, on a screen the facilitator
     * chooses, following the console and the main window's theme; it closes when the workshop ends.
     */
    public void addPresentation(Stage owner, javafx.beans.value.ObservableBooleanValue dark) {
        javafx.beans.value.ObservableValue<org.valuebench.app.join.RoomStatus> status = joining != null
                ? joining.statusProperty()
                : new javafx.beans.property.SimpleObjectProperty<>(org.valuebench.app.join.RoomStatus.closed());
        // Made on first use: its stage, scene and view cost the window's start and most workshops never need them.
        org.valuebench.ui.workshop.presentation.PresentationWindow[] window = {null};
        MenuItem present = new MenuItem("Presentation window…", Icons.small(Feather.MONITOR));
        present.setId("menuPresentation");
        present.setAccelerator(PRESENT);
        present.setOnAction(e -> {
            if (window[0] == null) {
                window[0] = new org.valuebench.ui.workshop.presentation.PresentationWindow(console.session(), dark,
                        status);
            }
            window[0].open(owner);
        });
        present.disableProperty().bind(console.session().runningProperty().not());
        if (menu != null) {
            menu.getItems().add(1, present);
        }
        console.session().runningProperty().addListener((o, was, is) -> {
            if (!is && window[0] != null && window[0].isOpen()) {
                window[0].close();
            }
        });
    }

    /**
     * Adds the Workshop menu before Help, the start button to the toolbar and the console bar under it, all in
     * {@code menus} (the window's menu bar and toolbar box).
     */
    public static WorkshopFeature install(MainView main, Node menus, WorkbenchViewModel model, Stage stage, Clock clock,
                                          WorkshopDialogs dialogs) {
        WorkshopViewModel console = new WorkshopViewModel(model, new FxTicker(), clock,
                dialogs != null ? dialogs : new FxWorkshopDialogs(stage));
        WorkshopFeature feature = new WorkshopFeature(console);
        javafx.beans.binding.BooleanBinding cannotStart = model.canvasProperty().isNull()
                .or(console.session().runningProperty());
        if (menus.lookup("#menuBar") instanceof MenuBar bar) {
            MenuItem start = new MenuItem("Start workshop…", Icons.small(Feather.USERS));
            start.setId("menuStartWorkshop");
            start.setAccelerator(START);
            start.setOnAction(e -> console.openStart());
            start.disableProperty().bind(cannotStart);
            MenuItem finish = new MenuItem("Finish workshop", Icons.small(Feather.FLAG));
            finish.setId("menuFinishWorkshop");
            finish.setOnAction(e -> console.finish());
            finish.disableProperty().bind(console.session().runningProperty().not());
            Menu workshop = new Menu("_Workshop", null, start, new SeparatorMenuItem(), finish);
            workshop.setId("menuWorkshop");
            feature.menu = workshop;
            bar.getMenus().add(Math.max(0, bar.getMenus().size() - 1), workshop);
        }
        if (menus.lookup("#toolBar") instanceof ToolBar toolBar) {
            Button button = new Button(null, Icons.of(Feather.USERS));
            button.setId("toolStartWorkshop");
            button.setTooltip(new Tooltip("Start workshop… (Ctrl+Shift+W)"));
            button.setFocusTraversable(false);
            button.setOnAction(e -> console.openStart());
            button.disableProperty().bind(cannotStart);
            int at = Math.max(0, toolBar.getItems().size() - 1);
            toolBar.getItems().addAll(at, java.util.List.of(button, new Separator(javafx.geometry.Orientation.VERTICAL)));
        }
        if (menus instanceof VBox box) {
            // Made when a workshop first runs: hidden until then, yet JavaFX would style and skin it at start.
            if (console.session().runningProperty().get()) {
                feature.addConsoleBar(box, model);
            } else {
                console.session().runningProperty().addListener(new javafx.beans.value.ChangeListener<>() {
                    @Override
                    public void changed(javafx.beans.value.ObservableValue<? extends Boolean> running, Boolean was,
                                        Boolean now) {
                        if (now) {
                            running.removeListener(this);
                            feature.addConsoleBar(box, model);
                        }
                    }
                });
            }
        }
        attachBoard(main.board(), console);
        model.phaseProperty().addListener((o, was, is) -> {
            if (is == WorkbenchViewModel.Phase.READY) {
                console.offerResume();
            }
        });
        return feature;
    }

    private void addConsoleBar(VBox box, WorkbenchViewModel model) {
        consoleBar = (VBox) new WorkshopConsoleBar(console, model).node();
        if (joining != null) {
            consoleBar.getChildren().add(new JoiningBar(joining, joiningZone).node());
        }
        box.getChildren().add(consoleBar);
    }

    /** The board's gestures while a workshop runs (dots, merges) and the vote's dots on its cards. */
    static void attachBoard(org.valuebench.ui.board.CanvasBoard board, WorkshopViewModel console) {
        board.setCardGestures(new WorkshopGestures(console));
        board.setCardBadges(new VoteDots(console.session()));
    }

    public WorkshopViewModel console() {
        return console;
    }

    /**
     * Adds joining from participants' devices: the room made on this window's {@link WindowWorkshopAccess},
     * Workshop ▸ Open joining… and the console's joining row. Before {@link #addPresentation}, which shows the
     * room's code on the projector.
     */
    public void addJoining(Function<WorkshopAccess,
            RoomControl> rooms, WorkbenchViewModel model,
                           JoiningDialogs dialogs, ZoneId zone) {
        WindowWorkshopAccess access = new WindowWorkshopAccess(console, model, Platform::runLater,
                Platform::isFxApplicationThread, Duration.ofSeconds(10));
        // Opens joining away from the JavaFX thread; a daemon, so it never holds the application open.
        java.util.concurrent.Executor opener = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "valuebench-joining");
            thread.setDaemon(true);
            return thread;
        });
        joining = new JoiningViewModel(rooms.apply(access), console, model, dialogs, opener,
                Platform::runLater);
        if (menu != null) {
            MenuItem open = new MenuItem("Open joining…", Icons.small(Feather.WIFI));
            open.setId("menuOpenJoining");
            open.setOnAction(e -> joining.openDialog());
            open.disableProperty().bind(console.session().runningProperty().not().or(joining.openProperty()));
            MenuItem close = new MenuItem("Close joining");
            close.setId("menuCloseJoining");
            close.setOnAction(e -> joining.close());
            close.disableProperty().bind(joining.openProperty().not());
            menu.getItems().addAll(1, java.util.List.of(open, close));
        }
        joiningZone = zone;
        if (consoleBar != null) {
            consoleBar.getChildren().add(new JoiningBar(joining, zone).node());
        }
    }

    /** Joining, when the window offers it (see {@link #addJoining}); else null. */
    public JoiningViewModel joining() {
        return joining;
    }

    /** The window closes: joining closes with it (the port too). */
    public void close() {
        if (joining != null) {
            joining.close();
        }
    }
}
