package org.valuebench.ui.shell;

import java.util.function.BooleanSupplier;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import org.valuebench.ui.board.BoardZoom;

/**
 * Ctrl+plus, Ctrl+minus and Ctrl+0 zoom the board. Plus is typed as Shift+= on many keyboards and minus and 0 are
 * also on the keypad, so the scene's filter takes every key that means the same; the menu shows one of each.
 */
final class BoardZoomKeys {
    static final KeyCombination ZOOM_IN = new KeyCodeCombination(KeyCode.PLUS, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination ZOOM_OUT = new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination ACTUAL_SIZE = new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN);

    private BoardZoomKeys() {
    }

    /** Zooms {@code zoom} on these keys while {@code boardShown} (the other tabs have no board to zoom). */
    static void install(Scene scene, BoardZoom zoom, BooleanSupplier boardShown) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (!e.isShortcutDown() || e.isAltDown() || !boardShown.getAsBoolean()) {
                return;
            }
            switch (e.getCode()) {
                case PLUS, EQUALS, ADD -> zoom.zoomIn();
                case MINUS, SUBTRACT -> zoom.zoomOut();
                case DIGIT0, NUMPAD0 -> zoom.actualSize();
                default -> {
                    return;
                }
            }
            e.consume();
        });
    }
}
