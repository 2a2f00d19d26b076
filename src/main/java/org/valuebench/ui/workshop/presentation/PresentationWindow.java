package org.valuebench.ui.workshop.presentation;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.valuebench.app.join.RoomStatus;
import org.valuebench.ui.workshop.ProjectorPages;
import org.valuebench.ui.workshop.WorkshopSession;

/**
 * The second window, for the projector: the {@link PresentationView} of the running workshop, on a screen the
 * facilitator picks (another than the main window's, when there is one, and then full screen at once). F11 toggles
 * full screen, Esc only leaves it; Page Down, Right and Space show the next page of cards, Page Up and Left the one
 * before; closing the window leaves the workshop running, and {@link #open} shows it
 * again. It reads the workshop and never changes it (only which page of cards shows). Not owned by the main window, so on a single screen it does
 * not stay above it, but it closes when the main window does.
 */
public final class PresentationWindow {
    /** Asks which screen the window goes to; empty when the facilitator cancels. */
    @FunctionalInterface
    public interface ScreenChooser {
        Optional<Screen> choose(List<Screen> screens, Screen suggested, Window owner);
    }

    /** The window's size when it is not full screen: what a meeting-room projector shows. */
    private static final double WIDTH = 1280;
    private static final double HEIGHT = 720;
    /** The keys that turn the projector's pages of cards, as a presentation clicker sends them. */
    private static final Set<KeyCode> NEXT_PAGE = Set.of(KeyCode.PAGE_DOWN, KeyCode.RIGHT, KeyCode.SPACE);
    private static final Set<KeyCode> PREVIOUS_PAGE = Set.of(KeyCode.PAGE_UP, KeyCode.LEFT);
    private final Stage stage = new Stage();
    private final ScreenChooser chooser;
    private final ProjectorPages pages;
    private boolean ownerWatched;

    /** A window that asks for the screen with {@link ScreenChoice} when there are several. */
    public PresentationWindow(WorkshopSession session, ObservableBooleanValue darkTheme) {
        this(session, darkTheme, ScreenChoice::ask);
    }

    public PresentationWindow(WorkshopSession session, ObservableBooleanValue darkTheme, ScreenChooser chooser) {
        this(session, darkTheme, chooser, new javafx.beans.property.SimpleObjectProperty<>(RoomStatus.closed()));
    }

    /** Asks for the screen with {@link ScreenChoice}; shows how to join while {@code joining} is open. */
    public PresentationWindow(WorkshopSession session, ObservableBooleanValue darkTheme,
                              ObservableValue<RoomStatus> joining) {
        this(session, darkTheme, ScreenChoice::ask, joining);
    }

    /** @param joining the room's status, for the join column while joining is open */
    public PresentationWindow(WorkshopSession session, ObservableBooleanValue darkTheme, ScreenChooser chooser,
                              ObservableValue<RoomStatus> joining) {
        this.chooser = chooser;
        this.pages = session.pages();
        PresentationView view = new PresentationView(new PresentationViewModel(session), darkTheme, joining);
        Scene scene = new Scene(view, WIDTH, HEIGHT);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        stage.setScene(scene);
        stage.setTitle("ValueBench workshop: presentation");
        // Esc is ours: it leaves full screen, and JavaFX's own exit key and hint would only duplicate it.
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.setFullScreenExitHint("");
    }

    /**
     * Shows the window (or brings it to the front): on the screen chosen when there are several, full screen when
     * that is not the main window's screen.
     */
    public void open(Stage owner) {
        watch(owner);
        if (stage.isShowing()) {
            stage.toFront();
            return;
        }
        List<Screen> screens = Screen.getScreens();
        Rectangle2D ownerBounds = new Rectangle2D(owner.getX(), owner.getY(), Math.max(1, owner.getWidth()),
                Math.max(1, owner.getHeight()));
        int suggested = suggestedScreen(screens.stream().map(Screen::getBounds).toList(), ownerBounds);
        Optional<Screen> target = screens.size() > 1 ? chooser.choose(screens, screens.get(suggested), owner)
                : Optional.of(screens.get(suggested));
        if (target.isEmpty()) {
            return;
        }
        Rectangle2D area = target.get().getVisualBounds();
        stage.setWidth(Math.min(WIDTH, area.getWidth()));
        stage.setHeight(Math.min(HEIGHT, area.getHeight()));
        stage.setX(area.getMinX() + (area.getWidth() - stage.getWidth()) / 2);
        stage.setY(area.getMinY() + (area.getHeight() - stage.getHeight()) / 2);
        stage.show();
        boolean otherScreen = !target.get().getBounds().contains(ownerBounds.getMinX() + ownerBounds.getWidth() / 2,
                ownerBounds.getMinY() + ownerBounds.getHeight() / 2);
        stage.setFullScreen(otherScreen);
    }

    /** Hides the window; the workshop runs on. */
    public void close() {
        stage.setFullScreen(false);
        stage.hide();
    }

    public boolean isOpen() {
        return stage.isShowing();
    }

    Stage stage() {
        return stage;
    }

    private void watch(Stage owner) {
        if (!ownerWatched) {
            ownerWatched = true;
            owner.showingProperty().addListener((obs, was, showing) -> {
                if (!showing) {
                    close();
                }
            });
        }
    }

    private void keyPressed(KeyEvent event) {
        if (event.getCode() == KeyCode.F11) {
            stage.setFullScreen(!stage.isFullScreen());
            event.consume();
        } else if (event.getCode() == KeyCode.ESCAPE) {
            stage.setFullScreen(false);
            event.consume();
        } else if (NEXT_PAGE.contains(event.getCode())) {
            pages.next();
            event.consume();
        } else if (PREVIOUS_PAGE.contains(event.getCode())) {
            pages.previous();
            event.consume();
        }
    }

    /**
     * The screen to suggest: the first that does not hold the main window's centre (the projector), else the
     * main window's own.
     */
    static int suggestedScreen(List<Rectangle2D> screens, Rectangle2D owner) {
        double x = owner.getMinX() + owner.getWidth() / 2;
        double y = owner.getMinY() + owner.getHeight() / 2;
        int own = 0;
        for (int i = 0; i < screens.size(); i++) {
            if (!screens.get(i).contains(x, y)) {
                return i;
            }
            own = i;
        }
        return own;
    }
}
