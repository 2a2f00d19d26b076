package org.valuebench.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.valuebench.app.exchange.PaperSize;
import org.valuebench.app.join.RoomControl;
import org.valuebench.app.join.WorkshopAccess;
import org.valuebench.app.workspace.WorkspaceLocation;
import org.valuebench.ui.compare.CompareFeature;
import org.valuebench.ui.compare.CompareViewModel;
import org.valuebench.ui.compare.FxCanvasChoice;
import org.valuebench.ui.details.DetailsViewModel;
import org.valuebench.ui.exchange.DesktopFiles;
import org.valuebench.ui.exchange.ExchangeViewModel;
import org.valuebench.ui.exchange.FileDropHandler;
import org.valuebench.ui.fx.AfterPulses;
import org.valuebench.ui.fx.TabsAhead;
import org.valuebench.ui.gaps.GapFeature;
import org.valuebench.ui.gaps.GapViewModel;
import org.valuebench.ui.history.HistoryFeature;
import org.valuebench.ui.library.LibraryViewModel;
import org.valuebench.ui.settings.SplitMemory;
import org.valuebench.ui.settings.WindowBounds;
import org.valuebench.ui.settings.WindowPlacement;
import org.valuebench.ui.settings.WindowSettings;
import org.valuebench.ui.shell.MainView;
import org.valuebench.ui.shell.Theme;
import org.valuebench.ui.strategy.StrategyView;
import org.valuebench.ui.strategy.StrategyViewModel;
import org.valuebench.ui.workbench.BackgroundRunner;
import org.valuebench.ui.workbench.Dialogs;
import org.valuebench.ui.workbench.RecentWorkspaces;
import org.valuebench.ui.workbench.WorkbenchViewModel;
import org.valuebench.ui.workbench.WorkspaceOpener;
import org.valuebench.ui.workshop.WorkshopDialogs;
import org.valuebench.ui.workshop.WorkshopFeature;
import org.valuebench.ui.workshop.join.FxJoiningDialogs;
import org.valuebench.ui.workshop.join.JoiningDialogs;

/**
 * Builds the window. The stage appears at once with a light "Opening workspace…" scene; the full window is
 * built right after that first frame while the workspace opens on the database thread. The application and
 * the GUI tests both build the window here, so tests drive the same window users get.
 */
public final class ValueBenchWindow {
    private static final System.Logger LOG = System.getLogger(ValueBenchWindow.class.getName());

    /**
     * What the window needs from outside; tests pass their own opener, dialogs, settings and desktop.
     *
     * @param runner       the database thread
     * @param exportRunner writes export files, away from the database thread
     * @param locale       picks the PDF page size offered first (A4 or US Letter)
     * @param logFolder    where the log files are, for Help ▸ Show log folder
     * @param workshopDialogs the workshop console's questions; null from it means the window's own JavaFX dialogs
     *                     (journey tests answer them from a script)
     * @param joining      participants joining from their devices; null: the window offers no joining
     */
    public record Dependencies(BackgroundRunner runner, WorkspaceOpener opener, Function<Stage, Dialogs> dialogs,
                               WindowSettings settings, Clock clock, BackgroundRunner exportRunner,
                               DesktopFiles desktop, Locale locale, Path logFolder,
                               Function<Stage, WorkshopDialogs> workshopDialogs, Joining joining) {

        /** No joining from devices. */
        public Dependencies(BackgroundRunner runner, WorkspaceOpener opener, Function<Stage, Dialogs> dialogs,
                            WindowSettings settings, Clock clock, BackgroundRunner exportRunner,
                            DesktopFiles desktop, Locale locale, Path logFolder,
                            Function<Stage, WorkshopDialogs> workshopDialogs) {
            this(runner, opener, dialogs, settings, clock, exportRunner, desktop, locale, logFolder, workshopDialogs,
                    null);
        }

        /** The window's own workshop dialogs. */
        public Dependencies(BackgroundRunner runner, WorkspaceOpener opener, Function<Stage, Dialogs> dialogs,
                            WindowSettings settings, Clock clock, BackgroundRunner exportRunner,
                            DesktopFiles desktop, Locale locale, Path logFolder) {
            this(runner, opener, dialogs, settings, clock, exportRunner, desktop, locale, logFolder, stage -> null);
        }
    }

    /**
     * Joining from participants' devices.
     *
     * @param rooms   makes the room on the window's access to the workshop (the app: on the room's network)
     * @param dialogs the joining row's questions; null from it means the window's own JavaFX dialogs
     */
    public record Joining(Function<WorkshopAccess, RoomControl> rooms, Function<Stage, JoiningDialogs> dialogs) {
    }

    private final Stage stage;
    private final WindowSettings settings;
    private final WorkbenchViewModel model;
    private final ExchangeViewModel exchange;
    private final FileDropHandler fileDrops;
    private final BorderPane root = new BorderPane();
    private final Theme theme;
    private MainView view;
    /** Set last in {@link #build()}; read by tests from their own thread. */
    private volatile boolean built;
    private boolean viewsAheadAsked;
    private final Clock clock;
    private final DesktopFiles desktop;
    private final Path logFolder;
    private final WorkshopDialogs workshopDialogs;
    private final Joining joining;
    private GapFeature gaps;
    private HistoryFeature history;
    private WorkshopFeature workshop;
    private CompareFeature compare;
    private Runnable afterClose = () -> { };

    private ValueBenchWindow(Stage stage, Dependencies deps) {
        this.stage = stage;
        this.settings = deps.settings();
        this.clock = deps.clock();
        this.desktop = deps.desktop();
        this.logFolder = deps.logFolder();
        this.workshopDialogs = deps.workshopDialogs().apply(stage);
        this.joining = deps.joining();
        this.model = new WorkbenchViewModel(deps.runner(), deps.opener(), deps.dialogs().apply(stage), deps.clock(),
                new RecentWorkspaces(settings::recentWorkspaces, settings::saveRecentWorkspaces), System.getenv());
        this.exchange = new ExchangeViewModel(model, deps.exportRunner(), settings, deps.desktop(),
                PaperSize.forLocale(deps.locale()));
        this.fileDrops = new FileDropHandler(message -> model.dialogs().showError("Cannot import", message))
                .on("json", "canvas files", exchange::importFile);
        this.theme = new Theme(settings);
        Label opening = new Label("Opening workspace…");
        opening.setStyle("-fx-font-size: 22px; -fx-font-weight: bold; -fx-text-fill: inherit;");
        root.setCenter(opening);
        root.getStyleClass().add("valuebench");
        root.setStyle(theme.firstFrameStyle());
        Scene scene = new Scene(root);
        stage.setScene(scene);
        stage.titleProperty().bind(model.titleProperty());
        placeWindow();
        stage.setOnCloseRequest(e -> close());
    }

    /** Shows the window, starts opening the workspace at {@code location}, and builds the rest after one frame. */
    public static ValueBenchWindow show(Stage stage, Dependencies deps, WorkspaceLocation location) {
        ValueBenchWindow window = new ValueBenchWindow(stage, deps);
        if (StartupTiming.requested()) {
            StartupTiming.report(stage, window.model);
        }
        stage.show();
        window.model.open(location);
        AfterPulses.run(stage.getScene(), 1, window::build);
        return window;
    }

    private void build() {
        if (view != null || model.isClosed()) {
            return;
        }
        theme.attach(root);
        root.setStyle(null);
        LibraryViewModel library = new LibraryViewModel(model);
        DetailsViewModel details = new DetailsViewModel(model);
        view = new MainView(model, library, details, exchange, this::quit, this::showLogFolder);
        followFullScreen(view.fullScreenProperty());
        javafx.scene.Node menus = view.menusAndToolbar(theme);
        root.setTop(menus);
        // The Gaps and Strategy views are made when their tab is first chosen, their splits restored then.
        gaps = GapFeature.install(view, menus, model, stage, clock, Platform::runLater,
                gapView -> rememberSplits(gapView.splits()));
        dropFeedback(fileDrops, gaps.importer()::importFile);
        StrategyViewModel strategy = StrategyView.install(view, model,
                strategyView -> rememberSplits(strategyView.splits()));
        workshop = WorkshopFeature.install(view, menus, model, stage, clock, workshopDialogs);
        if (joining != null) {
            JoiningDialogs asked = joining.dialogs().apply(stage);
            workshop.addJoining(joining.rooms(), model, asked != null ? asked : new FxJoiningDialogs(stage),
                    clock.getZone());
        }
        workshop.addPresentation(stage, theme.darkProperty());
        compare = CompareFeature.install(view, menus, model, new FxCanvasChoice(stage));
        // The History panel's Compare buttons show their comparison on the board.
        history = HistoryFeature.install(view, menus, model, clock, compare.model()::compare);
        rememberChartChoices(gaps.gaps(), strategy);
        view.showFitMarksProperty().set(settings.showFitMarks());
        view.showFitMarksProperty().addListener((obs, old, now) -> settings.saveShowFitMarks(now));
        root.setCenter(view);
        focusLibraryFirst(stage.getScene());
        view.installUndoKeys(stage.getScene());
        view.installFileDrop(stage.getScene(), fileDrops);
        built = true;
        buildViewsAheadWhenReady();
    }

    /**
     * Once the workspace is open and the canvas drawn, makes the views of the tabs not chosen yet, one a pulse
     * ({@link TabsAhead}), so their first choice only shows them. The composition root and the window benchmark
     * ask for it; tests that check a view is made on first use do not.
     */
    public void buildViewsAhead() {
        viewsAheadAsked = true;
        model.phaseProperty().addListener((obs, was, now) -> buildViewsAheadWhenReady());
        buildViewsAheadWhenReady();
    }

    private void buildViewsAheadWhenReady() {
        if (!viewsAheadAsked || !built || model.phaseProperty().get() == WorkbenchViewModel.Phase.OPENING) {
            return;
        }
        viewsAheadAsked = false;
        Scene scene = stage.getScene();
        // Two pulses on: the first lays out and draws the board with the canvas.
        AfterPulses.run(scene, 2, () -> TabsAhead.buildAll(scene));
    }

    /**
     * Feedback comes as CSV, Excel workbooks and JSON exports; a {@code .json} is a feedback export only if its
     * content says so (a canvas file, or any JSON no feedback kind claims, still goes to the canvas import, which
     * says what is wrong with it).
     */
    static void dropFeedback(FileDropHandler drops, java.util.function.Consumer<Path> importFeedback) {
        drops.on("csv", "feedback files", importFeedback).on("xlsx", "feedback files", importFeedback)
                .on("txt", "feedback files", importFeedback)
                .on("json", "feedback files", org.valuebench.app.feedback.FeedbackFiles::isFeedbackExport,
                        importFeedback);
    }

    /** View ▸ Full screen and F11 set the stage; Esc, which the stage handles itself, clears the menu's tick. */
    private void followFullScreen(javafx.beans.property.BooleanProperty fullScreen) {
        fullScreen.set(stage.isFullScreen());
        // F11 is the menu's accelerator; Esc leaves full screen, so no other key is needed to undo it.
        stage.setFullScreenExitHint("");
        fullScreen.addListener((obs, was, now) -> stage.setFullScreen(now));
        stage.fullScreenProperty().addListener((obs, was, now) -> fullScreen.set(now));
    }

    private void rememberSplits(List<SplitPane> splits) {
        for (SplitPane split : splits) {
            SplitMemory.remember(split, settings);
        }
    }

    /** The analysis tabs open as they were last set, and remember each change. */
    private void rememberChartChoices(GapViewModel gapModel, StrategyViewModel strategy) {
        settings.crosshairs().ifPresent(gapModel.crosshairsProperty()::set);
        gapModel.crosshairsProperty().addListener((obs, old, now) -> {
            if (now != null) {
                settings.saveCrosshairs(now);
            }
        });
        strategy.showDeliveredProperty().set(settings.showDelivered());
        strategy.showDeliveredProperty().addListener((obs, old, now) -> settings.saveShowDelivered(now));
    }

    /** True once the full window (menus, library, board, details) is in place. */
    /**
     * The keyboard starts in the canvas library (arrows pick a canvas), not on the toolbar's first button, whose
     * focus ring would look like a pressed button. The scene gives the focus to its first stop once the new
     * content is shown, so the library takes it from there, once.
     */
    private void focusLibraryFirst(javafx.scene.Scene scene) {
        // The library sits in a split pane, whose items join the scene with its skin, a pulse or more after the
        // build; meanwhile JavaFX gives the focus to the first focusable node (the toolbar). So after each layout,
        // until the library holds the focus once.
        // A few tries at most, so a library that cannot take the focus never pulls it from where the user put it.
        Runnable[] untilFocused = new Runnable[1];
        int[] tries = {0};
        untilFocused[0] = () -> {
            javafx.scene.Node list = scene.lookup("#library");
            if (list == null || list.isDisabled()) {
                return; // not there yet, or disabled while the workspace opens: not a try
            }
            list.requestFocus();
            if (list.isFocused() || ++tries[0] >= 5) {
                scene.removePostLayoutPulseListener(untilFocused[0]);
            }
        };
        scene.addPostLayoutPulseListener(untilFocused[0]);
        Platform.requestNextPulse();
    }

    public boolean isBuilt() {
        return built;
    }

    /** The remembered bounds, clamped to the screens there are now (see {@link WindowPlacement}). */
    private void placeWindow() {
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        List<Rectangle2D> screens = new ArrayList<>();
        screens.add(Screen.getPrimary().getVisualBounds());
        Screen.getScreens().stream().filter(s -> !s.equals(Screen.getPrimary()))
                .forEach(s -> screens.add(s.getVisualBounds()));
        WindowBounds bounds = WindowPlacement.place(settings.bounds(), screens);
        stage.setX(bounds.x());
        stage.setY(bounds.y());
        stage.setWidth(bounds.width());
        stage.setHeight(bounds.height());
        stage.setMaximized(bounds.maximized());
    }

    public WorkbenchViewModel model() {
        return model;
    }

    /** The gap view's models, once the window is built. */
    GapFeature gaps() {
        return gaps;
    }

    /** The canvas history (Save version…, the History panel), once the window is built. */
    public HistoryFeature history() {
        return history;
    }

    /** Workshop mode's console, once the window is built. */
    public WorkshopFeature workshop() {
        return workshop;
    }

    /** Compare on the board, once the window is built. */
    public CompareViewModel compare() {
        return compare.model();
    }

    public ExchangeViewModel exchange() {
        return exchange;
    }

    /**
     * Where files dropped onto the window go, by extension ({@code .json} imports a canvas). The feedback
     * import registers {@code .csv}, {@code .xlsx}, {@code .txt} and the {@code .json} files that are feedback
     * exports by their content.
     */
    public FileDropHandler fileDrops() {
        return fileDrops;
    }

    public Stage stage() {
        return stage;
    }

    public Theme theme() {
        return theme;
    }

    /** Runs after the window has closed its workspace (the application exits there). */
    public void setAfterClose(Runnable afterClose) {
        this.afterClose = afterClose;
    }

    /** Remembers the window, closes the workspace after every queued edit, and closes the stage. */
    public void close() {
        if (model.isClosed()) {
            return;
        }
        if (stage.isMaximized()) {
            settings.bounds().ifPresent(b -> settings.saveBounds(new WindowBounds(b.x(), b.y(), b.width(), b.height(), true)));
        } else {
            settings.saveBounds(new WindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), false));
        }
        if (workshop != null) {
            workshop.close();
        }
        exchange.close();
        model.close();
        stage.close();
        afterClose.run();
    }

    /** Help ▸ Show log folder: the folder the user can send with a bug report, made if the log could not be. */
    private void showLogFolder() {
        try {
            Files.createDirectories(logFolder);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot make the log folder " + logFolder, e);
        }
        desktop.open(logFolder);
    }

    private void quit() {
        close();
    }
}
