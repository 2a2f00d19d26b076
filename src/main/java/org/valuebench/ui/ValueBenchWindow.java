package org.valuebench.ui;

import java.time.Clock;
import java.util.function.Function;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.valuebench.app.WorkspaceLocation;

/**
 * Builds the window: view models, views and scene, shown at once in its "opening" state while the workspace
 * opens on the database thread. The application and the GUI tests both build the window here, so tests drive
 * the same window users get.
 */
public final class ValueBenchWindow {
    private static final double DEFAULT_WIDTH = 1360;
    private static final double DEFAULT_HEIGHT = 860;

    /** What the window needs from outside; tests pass their own opener, dialogs and settings. */
    public record Dependencies(BackgroundRunner runner, WorkspaceOpener opener, Function<Stage, Dialogs> dialogs,
                               WindowSettings settings, Clock clock) {
    }

    private final Stage stage;
    private final WindowSettings settings;
    private final WorkbenchViewModel model;
    private final MainView view;
    private final Theme theme;
    private Runnable afterClose = () -> { };

    private ValueBenchWindow(Stage stage, Dependencies deps) {
        this.stage = stage;
        this.settings = deps.settings();
        this.model = new WorkbenchViewModel(deps.runner(), deps.opener(), deps.dialogs().apply(stage), deps.clock());
        LibraryViewModel library = new LibraryViewModel(model);
        DetailsViewModel details = new DetailsViewModel(model);
        this.view = new MainView(model, library, details, this::quit);
        BorderPane root = new BorderPane(view);
        root.getStyleClass().add("valuebench");
        this.theme = new Theme(settings, root);
        root.setTop(view.menusAndToolbar(theme));
        Scene scene = new Scene(root);
        view.installUndoKeys(scene);
        stage.setScene(scene);
        stage.titleProperty().bind(model.titleProperty());
        placeWindow();
        stage.setOnCloseRequest(e -> close());
    }

    /** Builds and shows the window, then starts opening the workspace at {@code location}. */
    public static ValueBenchWindow show(Stage stage, Dependencies deps, WorkspaceLocation location) {
        ValueBenchWindow window = new ValueBenchWindow(stage, deps);
        stage.show();
        window.model.open(location);
        return window;
    }

    private void placeWindow() {
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        WindowBounds bounds = settings.bounds().filter(ValueBenchWindow::isOnScreen).orElse(null);
        if (bounds == null) {
            Rectangle2D screen = Screen.getPrimary().getVisualBounds();
            stage.setWidth(Math.min(DEFAULT_WIDTH, screen.getWidth()));
            stage.setHeight(Math.min(DEFAULT_HEIGHT, screen.getHeight()));
            stage.centerOnScreen();
            return;
        }
        stage.setX(bounds.x());
        stage.setY(bounds.y());
        stage.setWidth(bounds.width());
        stage.setHeight(bounds.height());
        stage.setMaximized(bounds.maximized());
    }

    private static boolean isOnScreen(WindowBounds b) {
        return !Screen.getScreensForRectangle(b.x(), b.y(), Math.max(1, b.width()), Math.max(1, b.height())).isEmpty();
    }

    public WorkbenchViewModel model() {
        return model;
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
        model.close();
        stage.close();
        afterClose.run();
    }

    private void quit() {
        close();
    }
}
